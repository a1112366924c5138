/// How human output writes a date.
public enum DateDisplay: String, Sendable, Equatable, CaseIterable {
  /// `Nov 14`, with the year when it is not this year's: `Jan  5 2027`.
  case short
  /// `2026-11-14`.
  case iso

  /// `date` written this way, seen from `today`; `aligned` pads a one-digit day (`Jan  5`)
  /// so that dates line up in a column.
  public func format(_ date: CalendarDate, today: CalendarDate, aligned: Bool = true) -> String {
    switch self {
    case .iso:
      return date.description
    case .short:
      let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
      ]
      let day = aligned && date.day < 10 ? " \(date.day)" : "\(date.day)"
      let year = date.year == today.year ? "" : " \(date.year)"
      return "\(months[date.month - 1]) \(day)\(year)"
    }
  }
}
