/// Where a run of unanswered attempts stands, in words: "2nd try by linkedin, no reply
/// since Nov 14", "last try, no reply since Nov 1", "resting after 5 tries since Sep 1";
/// and shorter forms for narrower cells.
public enum AttemptWords {
  /// The words of an agenda row, a card or a calendar event; a contact resting is
  /// `isDue` to re-engage once its follow-up has come.
  public static func describe(
    _ progress: AttemptProgress, today: CalendarDate, dates: DateDisplay = .short,
    isDue: Bool = false
  ) -> String {
    let since = dates.format(progress.waitingSince, today: today, aligned: false)
    switch progress.nextStep {
    case .tryAgain, .lastTry: return "\(step(progress)), no reply since \(since)"
    case .reengage:
      return "\(isDue ? "re-engage" : "resting") after \(tries(progress.attempts)) since \(since)"
    }
  }

  /// Shorter, with how long you have waited: "2nd try by email, no reply 9d", "last try,
  /// sent today", "resting, 5 tries".
  public static func short(
    _ progress: AttemptProgress, today: CalendarDate, isDue: Bool = false
  ) -> String {
    switch progress.nextStep {
    case .tryAgain, .lastTry: return "\(step(progress)), \(waited(progress, today: today))"
    case .reengage: return "\(step(progress, isDue: isDue)), \(tries(progress.attempts))"
    }
  }

  /// The agenda's words that fit in `room` columns: `describe`, else `short`, else the next
  /// step, with its channel when that fits.
  public static func fitted(
    _ progress: AttemptProgress, today: CalendarDate, dates: DateDisplay, room: Int,
    isDue: Bool = false
  ) -> String {
    let choices = [
      describe(progress, today: today, dates: dates, isDue: isDue),
      short(progress, today: today, isDue: isDue), step(progress, isDue: isDue),
    ]
    return choices.first { TextLayout.width($0) <= room }
      ?? step(progress, withChannel: false, isDue: isDue)
  }

  /// The next step alone: "3rd try by linkedin", "last try", "resting", or "re-engage"
  /// once a resting contact `isDue`.
  public static func step(
    _ progress: AttemptProgress, withChannel: Bool = true, isDue: Bool = false
  ) -> String {
    let by = withChannel ? progress.channel.map { " by \($0)" } ?? "" : ""
    switch progress.nextStep {
    case .tryAgain: return "\(ordinal(progress.attempts + 1)) try\(by)"
    case .lastTry: return "last try\(by)"
    case .reengage: return isDue ? "re-engage" : "resting"
    }
  }

  /// How long the wait has been, for a table cell: "no reply 9d", "sent today", "resting"
  /// (or "re-engage" once due).
  public static func waited(
    _ progress: AttemptProgress, today: CalendarDate, isDue: Bool = false
  ) -> String {
    guard progress.nextStep != .reengage else { return step(progress, isDue: isDue) }
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
