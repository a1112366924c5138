import Testing

@testable import FuKit

/// The `cadence` key: a count and a unit, or a name; months and years are calendar ones.
@Suite struct CadenceTests {
  private func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
    CalendarDate(year: year, month: month, day: day)!
  }

  @Test(arguments: [
    ("10d", 10, Cadence.Unit.day),
    ("2w", 2, .week),
    ("3m", 3, .month),
    ("1y", 1, .year),
    ("2 weeks", 2, .week),
    ("1 week", 1, .week),
    ("10 days", 10, .day),
    ("6 months", 6, .month),
    (" 2w ", 2, .week),
  ])
  func parsesACountAndAUnit(_ text: String, _ count: Int, _ unit: Cadence.Unit) {
    #expect(Cadence(parsing: text) == Cadence(count: count, unit: unit))
  }

  @Test(arguments: [
    ("weekly", 1, Cadence.Unit.week),
    ("biweekly", 2, .week),
    ("monthly", 1, .month),
    ("quarterly", 3, .month),
    ("yearly", 1, .year),
    ("Monthly", 1, .month),
  ])
  func parsesNamedCadences(_ text: String, _ count: Int, _ unit: Cadence.Unit) {
    #expect(Cadence(parsing: text) == Cadence(count: count, unit: unit))
  }

  @Test(arguments: [
    "", "often", "0d", "-2w", "2", "w", "2x", "2 fortnights", "1.5m", "every week", "3m2",
  ])
  func rejectsAnythingElse(_ text: String) {
    #expect(Cadence(parsing: text) == nil)
  }

  @Test func describesItselfCompactly() {
    #expect(Cadence(parsing: "2 weeks")?.description == "2w")
    #expect(Cadence(parsing: "quarterly")?.description == "3m")
  }

  @Test(arguments: [
    ("10d", (2026, 11, 21), (2026, 12, 1)),
    ("2w", (2026, 11, 21), (2026, 12, 5)),
    ("biweekly", (2026, 12, 25), (2027, 1, 8)),
    ("1m", (2026, 1, 31), (2026, 2, 28)),
    ("monthly", (2028, 1, 31), (2028, 2, 29)),
    ("3m", (2026, 11, 30), (2027, 2, 28)),
    ("quarterly", (2026, 11, 21), (2027, 2, 21)),
    ("1y", (2028, 2, 29), (2029, 2, 28)),
    ("yearly", (2026, 11, 21), (2027, 11, 21)),
  ])
  func afterMovesADateForward(_ text: String, _ start: (Int, Int, Int), _ end: (Int, Int, Int))
    throws
  {
    let cadence = try #require(Cadence(parsing: text))
    #expect(cadence.after(date(start.0, start.1, start.2)) == date(end.0, end.1, end.2))
  }

  @Test func eachUnitIsReadOffTheOneCharacterOfItsRawValue() {
    for unit in Cadence.Unit.allCases {
      #expect(unit.rawValue.utf8.count == 1)
      #expect(Cadence.Unit(ascii: unit.rawValue.utf8.first ?? 0) == unit, "\(unit)")
    }
    #expect(Cadence.Unit(ascii: UInt8(ascii: "x")) == nil)
  }
}
