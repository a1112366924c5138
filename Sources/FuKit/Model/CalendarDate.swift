import Foundation

/// A day in the proleptic Gregorian calendar, with no time zone: the day the user wrote.
public struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The year, month and day in bits of their own (`year << 9 | month << 5 | day`): a
  /// number that orders dates as `<` does. A date is one integer to copy, compare and
  /// hash; the agenda of a large vault sorts and copies tens of thousands.
  let ordinal: Int

  public var year: Int { ordinal >> 9 }
  public var month: Int { (ordinal >> 5) & 0xF }
  public var day: Int { ordinal & 0x1F }

  /// A date, or `nil` when it does not exist (`2026-02-30`) or its year is outside 1...9999.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.init(checkedYear: year, month: month, day: day)
  }

  /// A date from parts known to make one.
  private init(checkedYear year: Int, month: Int, day: Int) {
    ordinal = year << 9 | month << 5 | day
  }

  /// The date `daysSinceEpoch` days after 1970-01-01.
  public init(daysSinceEpoch: Int) {
    // Howard Hinnant's civil_from_days.
    let z = daysSinceEpoch + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    self.init(checkedYear: yoe + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
  }

  /// Days since 1970-01-01 (negative before).
  public var daysSinceEpoch: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = month > 2 ? month - 3 : month + 9
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  /// `YYYY-MM-DD`.
  public var description: String {
    if (0...9999).contains(year) {
      // Ten digits and dashes written in place: a large agenda's text and JSON print
      // tens of thousands of dates.
      return String(unsafeUninitializedCapacity: 10) { text in
        /// Writes `value`'s last `count` digits to end at `last`.
        func digits(_ value: Int, _ count: Int, endingAt last: Int) {
          var rest = value
          for position in stride(from: last, to: last - count, by: -1) {
            text[position] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
          }
        }
        digits(year, 4, endingAt: 3)
        text[4] = UInt8(ascii: "-")
        digits(month, 2, endingAt: 6)
        text[7] = UInt8(ascii: "-")
        digits(day, 2, endingAt: 9)
        return 10
      }
    }
    func pad(_ value: Int, _ width: Int) -> String {
      let digits = String(value)
      return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }

  /// Monday is 1, Sunday is 7 (ISO 8601).
  public var weekday: Int {
    let offset = (daysSinceEpoch + 3) % 7  // 1970-01-01 was a Thursday
    return (offset < 0 ? offset + 7 : offset) + 1
  }

  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    lhs.ordinal < rhs.ordinal
  }

  /// The number of days from `self` to `other` (positive when `other` is later).
  public func days(to other: CalendarDate) -> Int {
    other.daysSinceEpoch - daysSinceEpoch
  }

  /// 0001-01-01, the first day fu can read or write.
  public static let earliest = CalendarDate(daysSinceEpoch: -719_162)
  /// 9999-12-31, the last day fu can read or write.
  public static let latest = CalendarDate(daysSinceEpoch: 2_932_896)

  /// The date `count` days later (earlier when negative), kept within `earliest...latest`.
  public func adding(days count: Int) -> CalendarDate {
    let (sum, overflow) = daysSinceEpoch.addingReportingOverflow(count)
    if overflow { return count > 0 ? .latest : .earliest }
    return CalendarDate(
      daysSinceEpoch: min(
        max(sum, CalendarDate.earliest.daysSinceEpoch), CalendarDate.latest.daysSinceEpoch))
  }

  /// The date `count` calendar months later, the day clamped to the month's end
  /// (Jan 31 + 1 month = Feb 28).
  /// Kept within `earliest...latest`.
  public func adding(months count: Int) -> CalendarDate {
    let (index, overflow) = (year * 12 + (month - 1)).addingReportingOverflow(count)
    if overflow || index >= 10_000 * 12 { return count > 0 ? .latest : .earliest }
    if index < 12 { return .earliest }
    let newYear = index / 12
    let newMonth = index % 12 + 1
    let clamped = min(day, CalendarDate.daysIn(month: newMonth, year: newYear))
    return CalendarDate(year: newYear, month: newMonth, day: clamped) ?? .latest
  }

  /// The last day of this date's month.
  public var endOfMonth: CalendarDate {
    CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year))
      ?? self
  }

  /// The number of days in `month` of `year`.
  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2:
      let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
      return leap ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Parses `YYYY-MM-DD`, optionally followed by a time (` 14:30`, `T14:30:00Z`...), which is
  /// read and ignored. `nil` for anything else, and for days that do not exist.
  public init?(parsing text: some StringProtocol) {
    let utf8 = Array(text.utf8)
    guard utf8.count >= 10, utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-"),
      let year = CalendarDate.number(utf8[0..<4]), let month = CalendarDate.number(utf8[5..<7]),
      let day = CalendarDate.number(utf8[8..<10])
    else { return nil }
    if utf8.count > 10 {
      guard utf8[10] == UInt8(ascii: " ") || utf8[10] == UInt8(ascii: "T"),
        CalendarDate.isTime(utf8[11...])
      else { return nil }
    }
    self.init(year: year, month: month, day: day)
  }

  private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
    var value = 0
    for byte in digits {
      guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
    }
    return value
  }

  /// `HH:MM`, optional `:SS` and fraction, optional `Z` or `±HH:MM` offset, with white
  /// space around it. Read by hand: a regex literal would be compiled on every call.
  private static func isTime(_ bytes: ArraySlice<UInt8>) -> Bool {
    var rest = bytes.drop { $0 == 0x20 || $0 == 0x09 }
    while let last = rest.last, last == 0x20 || last == 0x09 { rest = rest.dropLast() }
    func digits(_ count: Int) -> Int? {
      guard rest.count >= count, let value = number(rest.prefix(count)) else { return nil }
      rest = rest.dropFirst(count)
      return value
    }
    func skip(_ byte: UInt8) -> Bool {
      guard rest.first == byte else { return false }
      rest = rest.dropFirst()
      return true
    }
    guard let hour = digits(2), hour < 24, skip(UInt8(ascii: ":")), let minute = digits(2),
      minute < 60
    else { return false }
    if skip(UInt8(ascii: ":")) {
      guard let second = digits(2), second < 60 else { return false }
      if skip(UInt8(ascii: ".")) {
        guard digits(1) != nil else { return false }
        while digits(1) != nil {}
      }
    }
    while skip(0x20) || skip(0x09) {}
    if rest.isEmpty { return true }
    if skip(UInt8(ascii: "Z")) { return rest.isEmpty }
    guard skip(UInt8(ascii: "+")) || skip(UInt8(ascii: "-")), digits(2) != nil else {
      return false
    }
    _ = skip(UInt8(ascii: ":"))
    return digits(2) != nil && rest.isEmpty
  }
}
