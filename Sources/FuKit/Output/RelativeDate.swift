/// Distances in days said the way people say them: `3d overdue`, `today`, `tomorrow`,
/// `in 2d`, `in 6w`, `in 4mo`.
public enum RelativeDate {
  /// How far `days` (due minus today) is, in words.
  public static func describe(days: Int) -> String {
    switch days {
    case 0: return "today"
    case 1: return "tomorrow"
    case let days where days < 0: return "\(span(-days)) overdue"
    default: return "in \(span(days))"
    }
  }

  /// `9d`, `6w`, `4mo`, `2y`: days up to a month, weeks up to two months, then months,
  /// then years.
  public static func span(_ days: Int) -> String {
    switch days {
    case ..<32: "\(days)d"
    case ..<61: "\(days / 7)w"
    case ..<730: "\(days / 30)mo"
    default: "\(days / 365)y"
    }
  }

  /// How long ago something was, `days` before today: `today`, `yesterday`, `19d ago`, and
  /// `in 2d` for a day still to come.
  public static func ago(days: Int) -> String {
    switch days {
    case 0: return "today"
    case 1: return "yesterday"
    case let days where days < 0: return "in \(span(-days))"
    default: return "\(span(days)) ago"
    }
  }
}
