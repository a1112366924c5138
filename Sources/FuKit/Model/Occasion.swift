/// A day that comes back every year: a birthday, or an anniversary the vault's config names.
public struct Occasion: Sendable, Equatable {
  /// The front-matter key it was read from, normalised (`birthday`, `wedding`).
  public var key: String
  public var month: Int
  public var day: Int
  /// The year it began, when the file says (`1815-12-10`; not `--12-10` or `12-10`).
  public var year: Int?

  public init(key: String, month: Int, day: Int, year: Int? = nil) {
    self.key = key
    self.month = month
    self.day = day
    self.year = year
  }

  /// Reads `1815-12-10` (a date, time allowed), `--12-10` or `12-10` (no year), and the
  /// ways people write a day (`June 23`, `23 June`, `Dec 10, 1815`); `nil` for anything else,
  /// and for a month and day that never exist (Feb 29 does, in leap years).
  public init?(key: String, parsing text: some StringProtocol) {
    if let date = CalendarDate(parsing: text) {
      self.init(key: key, month: date.month, day: date.day, year: date.year)
      return
    }
    let words = text.lowercased().split(separator: " ").map(String.init)
    if let (month, day, year) = DateExpression.monthDay(words) {
      guard let date = CalendarDate(year: year ?? 2000, month: month, day: day) else {
        return nil
      }
      self.init(key: key, month: date.month, day: date.day, year: year)
      return
    }
    var rest = Substring(text)
    if rest.hasPrefix("--") { rest = rest.dropFirst(2) }
    let parts = rest.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
      let month = Int(parts[0]), let day = Int(parts[1]),
      CalendarDate(year: 2000, month: month, day: day) != nil  // a leap year: Feb 29 exists
    else { return nil }
    self.init(key: key, month: month, day: day)
  }

  /// When it falls in `year`: Feb 29 falls on Feb 28 in other years.
  public func date(in year: Int) -> CalendarDate? {
    CalendarDate(year: year, month: month, day: day)
      ?? CalendarDate(year: year, month: month, day: day - 1)
  }

  /// The first time it falls on or after `today`.
  public func next(onOrAfter today: CalendarDate) -> CalendarDate? {
    guard let thisYear = date(in: today.year) else { return nil }
    return thisYear >= today ? thisYear : date(in: today.year + 1)
  }

  /// How many years it marks on `date` (the age on a birthday), when its year is known and
  /// before `date`'s.
  public func years(on date: CalendarDate) -> Int? {
    guard let year, year < date.year else { return nil }
    return date.year - year
  }
}
