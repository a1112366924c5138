import ArgumentParser
import FuKit

extension CalendarDate: ExpressibleByArgument {
  /// `YYYY-MM-DD`, or a day as every date option reads it (`tomorrow`, `friday`, `+3d`),
  /// seen from the system's date; a bare weekday or month-day is the coming one.
  public init?(argument: String) {
    if let date = CalendarDate(parsing: argument) {
      self = date
    } else if let date = try? DateExpression.parse(argument, today: .systemToday()) {
      self = date
    } else {
      return nil
    }
  }
}
