/// Where a run of unanswered attempts stands, in words: "2nd try by linkedin, no reply
/// since Nov 14", "last try, no reply since Nov 1", "resting after 5 tries since Sep 1";
/// and shorter forms for narrower cells.
public enum AttemptWords {
  /// The words of an agenda row, a card or a calendar event.
  public static func describe(
    _ progress: AttemptProgress, today: CalendarDate, dates: DateDisplay = .short
  ) -> String {
    let since = dates.format(progress.waitingSince, today: today, aligned: false)
    switch progress.nextStep {
    case .tryAgain, .lastTry: return "\(step(progress)), no reply since \(since)"
    case .reengage: return "resting after \(tries(progress.attempts)) since \(since)"
    }
  }

  /// Shorter, with how long you have waited: "2nd try by email, no reply 9d", "last try,
  /// sent today", "resting, 5 tries".
  public static func short(_ progress: AttemptProgress, today: CalendarDate) -> String {
    switch progress.nextStep {
    case .tryAgain, .lastTry: return "\(step(progress)), \(waited(progress, today: today))"
    case .reengage: return "resting, \(tries(progress.attempts))"
    }
  }

  /// The agenda's words that fit in `room` columns: `describe`, else `short`, else the next
  /// step, with its channel when that fits.
  public static func fitted(
    _ progress: AttemptProgress, today: CalendarDate, dates: DateDisplay, room: Int
  ) -> String {
    let choices = [
      describe(progress, today: today, dates: dates), short(progress, today: today),
      step(progress),
    ]
    return choices.first { TextLayout.width($0) <= room } ?? step(progress, withChannel: false)
  }

  /// The next step alone: "3rd try by linkedin", "last try", "resting".
  public static func step(_ progress: AttemptProgress, withChannel: Bool = true) -> String {
    let by = withChannel ? progress.channel.map { " by \($0)" } ?? "" : ""
    switch progress.nextStep {
    case .tryAgain: return "\(ordinal(progress.attempts + 1)) try\(by)"
    case .lastTry: return "last try\(by)"
    case .reengage: return "resting"
    }
  }

  /// How long the wait has been, for a table cell: "no reply 9d", "sent today", "resting".
  public static func waited(_ progress: AttemptProgress, today: CalendarDate) -> String {
    guard progress.nextStep != .reengage else { return "resting" }
    let days = progress.waitingSince.days(to: today)
    return days <= 0 ? "sent today" : "no reply \(RelativeDate.span(days))"
  }

  /// `1 try`, `5 tries`.
  static func tries(_ count: Int) -> String { count == 1 ? "1 try" : "\(count) tries" }

  /// `1st`, `2nd`, `3rd`, `4th`, `11th`, `21st`.
  static func ordinal(_ number: Int) -> String {
    let suffix =
      (11...13).contains(number % 100)
      ? "th" : ["th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th"][number % 10]
    return "\(number)\(suffix)"
  }
}
