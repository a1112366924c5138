import Foundation

/// How often to stay in touch: a count of days, weeks, calendar months or calendar years.
public struct Cadence: Sendable, Hashable, CustomStringConvertible {
  /// The unit of a cadence or a relative date.
  public enum Unit: String, Sendable, Hashable, CaseIterable {
    case day = "d"
    case week = "w"
    case month = "m"
    case year = "y"

    /// The unit whose raw value is the one ASCII character `byte`.
    init?(ascii byte: UInt8) {
      switch byte {
      case UInt8(ascii: "d"): self = .day
      case UInt8(ascii: "w"): self = .week
      case UInt8(ascii: "m"): self = .month
      case UInt8(ascii: "y"): self = .year
      default: return nil
      }
    }
  }

  public let count: Int
  public let unit: Unit

  public init(count: Int, unit: Unit) {
    self.count = count
    self.unit = unit
  }

  /// Parses `10d`, `2w`, `3m`, `1y`, `2 weeks`, or one of `daily`, `weekly`, `biweekly`,
  /// `monthly`, `quarterly`, `yearly` (also `annually`, `fortnightly`).
  public init?(parsing text: String) {
    self.init(parsing: text, allowingZero: false)
  }

  /// `init(parsing:)`, taking `0d` too when `allowingZero` (a length of time that may be
  /// none, as `grace`).
  public init?(parsing text: String, allowingZero: Bool) {
    let word =
      text.utf8.allSatisfy { $0 < 0x80 }
      ? text.trimmingSpaces().lowercased()  // the usual case, without Foundation's cost
      : text.trimmingCharacters(in: .whitespaces).lowercased()
    if let named = Cadence.named[word] {
      self = named
      return
    }
    // A count then a unit, by hand: this runs for every contact, and a regex literal is
    // compiled anew at each call.
    let digits = word.prefix { $0.isASCII && $0.isNumber }
    let unitName = word.dropFirst(digits.count).drop { $0 == " " || $0 == "\t" }
    guard (1...4).contains(digits.count), let count = Int(digits), count > 0 || allowingZero,
      let unit = Cadence.unit(named: String(unitName))
    else { return nil }
    self.init(count: count, unit: unit)
  }

  /// The unit a word names: `d`, `day`, `days`, `w`, `wk`, `week`, `m`, `mo`, `month`, `y`...
  public static func unit(named word: String) -> Unit? {
    switch word {
    case "d", "day", "days": .day
    case "w", "wk", "wks", "week", "weeks": .week
    case "m", "mo", "mos", "month", "months": .month
    case "y", "yr", "yrs", "year", "years": .year
    default: nil
    }
  }

  private static let named: [String: Cadence] = [
    "daily": Cadence(count: 1, unit: .day),
    "weekly": Cadence(count: 1, unit: .week),
    "biweekly": Cadence(count: 2, unit: .week),
    "fortnightly": Cadence(count: 2, unit: .week),
    "monthly": Cadence(count: 1, unit: .month),
    "quarterly": Cadence(count: 3, unit: .month),
    "yearly": Cadence(count: 1, unit: .year),
    "annually": Cadence(count: 1, unit: .year),
  ]

  /// The compact spelling: `2w`, `3m`.
  public var description: String { "\(count)\(unit.rawValue)" }

  /// `date` moved forward by this cadence (back when `count` is negative), kept within the
  /// years fu can write.
  public func after(_ date: CalendarDate) -> CalendarDate {
    let factor =
      switch unit {
      case .day, .month: 1
      case .week: 7
      case .year: 12
      }
    let (steps, overflow) = count.multipliedReportingOverflow(by: factor)
    if overflow { return count > 0 ? .latest : .earliest }
    return unit == .day || unit == .week ? date.adding(days: steps) : date.adding(months: steps)
  }
}
