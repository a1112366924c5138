/// A follow-up date asked for on the command line (`--next`, `fu snooze`).
public enum NextFollowUp: Sendable, Equatable {
  /// On this day.
  case on(CalendarDate)
  /// None: `next_follow_up` is emptied (`none`, `never`).
  case none

  /// The day, or `nil` for none.
  public var date: CalendarDate? {
    if case .on(let date) = self { return date }
    return nil
  }

  /// Reads `none` or `never` (any case), else a date as `DateExpression` reads it, the
  /// coming one of a bare weekday or month-day.
  public static func parse(_ text: String, today: CalendarDate) throws(FuError) -> NextFollowUp {
    let word = text.trimmingSpaces().lowercased()
    if word == "none" || word == "never" { return .none }
    do {
      return .on(try DateExpression.parse(text, today: today, direction: .future))
    } catch .invalidDate(let text) {
      throw .invalidFollowUp(text)
    }
  }

  /// `parse`, its errors naming `option` (`--next`).
  public static func parse(_ text: String, option: String, today: CalendarDate) throws(FuError)
    -> NextFollowUp
  {
    do {
      return try parse(text, today: today)
    } catch {
      throw .option(option, error)
    }
  }
}
