/// Where a run of unanswered attempts stands, in words: "2nd try by linkedin, no reply
/// since Nov 14", "last try, no reply since Nov 1", "resting after 5 tries since Sep 1".
public enum AttemptWords {
  /// The words of an agenda row, a card or a calendar event.
  public static func describe(
    _ progress: AttemptProgress, today: CalendarDate, dates: DateDisplay = .short
  ) -> String {
    let since = dates.format(progress.waitingSince, today: today, aligned: false)
    let by = progress.channel.map { " by \($0)" } ?? ""
    switch progress.nextStep {
    case .tryAgain: return "\(ordinal(progress.attempts + 1)) try\(by), no reply since \(since)"
    case .lastTry: return "last try\(by), no reply since \(since)"
    case .reengage: return "resting after \(tries(progress.attempts)) since \(since)"
    }
  }

  /// The words of a table cell, with how long you have waited: "2nd try, no reply 9d",
  /// "last try, sent today", "resting, 5 tries".
  public static func short(_ progress: AttemptProgress, today: CalendarDate) -> String {
    let days = progress.waitingSince.days(to: today)
    let waited = days <= 0 ? "sent today" : "no reply \(RelativeDate.span(days))"
    switch progress.nextStep {
    case .tryAgain: return "\(ordinal(progress.attempts + 1)) try, \(waited)"
    case .lastTry: return "last try, \(waited)"
    case .reengage: return "resting, \(tries(progress.attempts))"
    }
  }

  /// The next step alone, for the narrowest cells: "3rd try", "last try", "resting".
  public static func step(_ progress: AttemptProgress) -> String {
    switch progress.nextStep {
    case .tryAgain: return "\(ordinal(progress.attempts + 1)) try"
    case .lastTry: return "last try"
    case .reengage: return "resting"
    }
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
