import Testing

@testable import FuKit

/// Dates on the command line (cli.md), seen from Saturday 2026-11-21.
@Suite struct DateExpressionTests {
  static let today = CalendarDate(year: 2026, month: 11, day: 21)!

  private static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
    CalendarDate(year: year, month: month, day: day)!
  }

  private func parse(_ text: String, _ direction: DateExpression.Direction = .future)
    throws(FuError)
    -> CalendarDate
  {
    try DateExpression.parse(text, today: Self.today, direction: direction)
  }

  @Test func todayIsASaturday() {
    #expect(Self.today.weekday == 6)
  }

  @Test(arguments: [
    ("2026-12-01", date(2026, 12, 1)),
    ("today", date(2026, 11, 21)),
    ("tomorrow", date(2026, 11, 22)),
    ("yesterday", date(2026, 11, 20)),
    ("+3d", date(2026, 11, 24)),
    ("2w", date(2026, 12, 5)),
    ("in 2 weeks", date(2026, 12, 5)),
    ("in 10 days", date(2026, 12, 1)),
    ("1m", date(2026, 12, 21)),
    ("next monday", date(2026, 11, 23)),
    ("next friday", date(2026, 11, 27)),
    ("friday", date(2026, 11, 27)),
    ("dec 1", date(2026, 12, 1)),
    ("eom", date(2026, 11, 30)),
    ("3d ago", date(2026, 11, 18)),
    ("2 weeks ago", date(2026, 11, 7)),
    ("last friday", date(2026, 11, 20)),
    ("last monday", date(2026, 11, 16)),
    ("this saturday", date(2026, 11, 21)),
    ("this friday", date(2026, 11, 27)),
    ("next week", date(2026, 11, 23)),
    ("next month", date(2026, 12, 1)),
    ("next year", date(2027, 1, 1)),
    ("end of week", date(2026, 11, 22)),
    ("end of month", date(2026, 11, 30)),
    ("end of year", date(2026, 12, 31)),
  ])
  func readsEveryDocumentedForm(_ text: String, _ expected: CalendarDate) throws {
    #expect(try parse(text) == expected)
  }

  @Test(arguments: [
    ("Today", date(2026, 11, 21)),
    ("Next Monday", date(2026, 11, 23)),
    ("Dec 1", date(2026, 12, 1)),
    ("EOM", date(2026, 11, 30)),
  ])
  func ignoresCase(_ text: String, _ expected: CalendarDate) throws {
    #expect(try parse(text) == expected)
  }

  @Test func anExplicitDateIgnoresTheDirection() throws {
    #expect(try parse("2026-12-01", .past) == Self.date(2026, 12, 1))
    #expect(try parse("2026-01-01", .future) == Self.date(2026, 1, 1))
  }

  @Test func offsetsIgnoreTheDirection() throws {
    #expect(try parse("+3d", .past) == Self.date(2026, 11, 24))
    #expect(try parse("3d ago", .future) == Self.date(2026, 11, 18))
    #expect(try parse("next monday", .past) == Self.date(2026, 11, 23))
    #expect(try parse("last friday", .future) == Self.date(2026, 11, 20))
  }

  // MARK: - Direction

  @Test(arguments: [
    ("friday", date(2026, 11, 27), date(2026, 11, 20)),
    ("monday", date(2026, 11, 23), date(2026, 11, 16)),
    ("sunday", date(2026, 11, 22), date(2026, 11, 15)),
    ("wed", date(2026, 11, 25), date(2026, 11, 18)),
  ])
  func aBareWeekdayLooksAheadOrBack(_ text: String, _ future: CalendarDate, _ past: CalendarDate)
    throws
  {
    #expect(try parse(text, .future) == future)
    #expect(try parse(text, .past) == past)
  }

  @Test(arguments: [
    ("dec 1", date(2026, 12, 1), date(2025, 12, 1)),
    ("nov 1", date(2027, 11, 1), date(2026, 11, 1)),
    ("1 dec", date(2026, 12, 1), date(2025, 12, 1)),
    ("march 15", date(2027, 3, 15), date(2026, 3, 15)),
    ("november 30th", date(2026, 11, 30), date(2025, 11, 30)),
    ("nov 21", date(2026, 11, 21), date(2026, 11, 21)),
    ("feb 29", date(2028, 2, 29), date(2024, 2, 29)),
  ])
  func aMonthDayLooksAheadOrBack(_ text: String, _ future: CalendarDate, _ past: CalendarDate)
    throws
  {
    #expect(try parse(text, .future) == future)
    #expect(try parse(text, .past) == past)
  }

  @Test func aLeapDayIsFoundAcrossACenturyWithoutOne() throws {
    let today = Self.date(2097, 1, 1)
    #expect(
      try DateExpression.parse("feb 29", today: today, direction: .future) == Self.date(2104, 2, 29)
    )
    #expect(
      try DateExpression.parse("feb 29", today: today, direction: .past) == Self.date(2096, 2, 29))
  }

  @Test func aMonthDayWithAYearIsThatDay() throws {
    #expect(try parse("dec 1 2025", .future) == Self.date(2025, 12, 1))
    #expect(try parse("jan 5 2030", .past) == Self.date(2030, 1, 5))
  }

  // MARK: - Invalid input

  @Test(arguments: [
    "", "soon", "next fortnight", "feb 30", "dec 32", "13 foo",
    "next blursday", "in two weeks", "+3x", "3d from now", "2026-12-1", "12/01/2026",
  ])
  func unknownInputThrowsInvalidDate(_ text: String) {
    #expect(throws: FuError.invalidDate(text)) { try parse(text) }
  }

  @Test(arguments: ["2026-02-30", "2026-13-01", "0000-01-01"])
  func aDayThatDoesNotExistSaysSo(_ text: String) {
    #expect(throws: FuError.nonexistentDate(text)) { try parse(text) }
  }

  @Test func theErrorShowsTheAcceptedForms() {
    let message = FuError.invalidDate("soon").description
    #expect(message.contains("\"soon\""))
    for form in [
      "YYYY-MM-DD", "today", "tomorrow", "+3d", "in 2 weeks", "next monday", "dec 1", "eom",
    ] {
      #expect(message.contains(form), "missing \(form)")
    }
  }
}
