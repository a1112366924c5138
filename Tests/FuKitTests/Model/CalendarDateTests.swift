import Testing

@testable import FuKit

/// `YYYY-MM-DD` dates as the vault format reads them, and the calendar arithmetic the due
/// rules and cadences rely on.
@Suite struct CalendarDateTests {
  private func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
    CalendarDate(year: year, month: month, day: day)!
  }

  // MARK: - Parsing

  @Test func parsesADate() {
    let parsed = CalendarDate(parsing: "2026-11-21")
    #expect(parsed == date(2026, 11, 21))
    #expect(parsed?.year == 2026)
    #expect(parsed?.month == 11)
    #expect(parsed?.day == 21)
  }

  @Test(arguments: [
    "2026-11-21 14:30",
    "2026-11-21T14:30",
    "2026-11-21T14:30:00",
    "2026-11-21T14:30:00Z",
    "2026-11-21T14:30:00+01:00",
    "2026-11-21T14:30:00.250Z",
    "2026-11-21 14:30 -0500",
    "2026-11-21 23:59:59  ",
  ])
  func parsesADateWithATimeAsThatDay(_ text: String) {
    #expect(CalendarDate(parsing: text) == date(2026, 11, 21))
  }

  @Test(arguments: [
    "2026-02-30",  // February has no 30th
    "2026-02-29",  // 2026 is not a leap year
    "2026-04-31",
    "2026-13-01",
    "2026-00-10",
    "2026-01-00",
    "0000-01-01",
    "next week",
    "",
    "2026-1-5",
    "26-11-21",
    "2026/11/21",
    "2026-11-21 noon",
    "2026-11-21T25:00",
    "2026-11-21T14:60",
    "2026-11-21 14:30:00.",
    "2026-11-21 14:30 +01",
    "2026-11-21 14:30Zulu",
    "2026-11-21 14",
    "2026-11-21x",
  ])
  func rejectsWhatIsNotARealDate(_ text: String) {
    #expect(CalendarDate(parsing: text) == nil)
  }

  @Test(arguments: [
    (2024, true), (2028, true), (2000, true), (2026, false), (1900, false), (2100, false),
  ])
  func february29thExistsOnlyInLeapYears(_ year: Int, _ leap: Bool) {
    let text = "\(year)-02-29"
    #expect((CalendarDate(parsing: text) != nil) == leap)
    #expect(CalendarDate.daysIn(month: 2, year: year) == (leap ? 29 : 28))
  }

  @Test func descriptionReadsBackAsTheSameDay() {
    for days in stride(
      from: CalendarDate.earliest.daysSinceEpoch, through: CalendarDate.latest.daysSinceEpoch,
      by: 997)
    {
      let day = CalendarDate(daysSinceEpoch: days)
      #expect(day.description.utf8.count == 10)
      #expect(CalendarDate(parsing: day.description) == day, "\(day)")
    }
    #expect(CalendarDate.latest.description == "9999-12-31")
    #expect(CalendarDate.earliest.description == "0001-01-01")
  }

  @Test func descriptionIsZeroPaddedISO() {
    #expect(date(2026, 3, 7).description == "2026-03-07")
    #expect(date(987, 1, 1).description == "0987-01-01")
  }

  // MARK: - Day counts

  @Test func epochIsDayZero() {
    #expect(date(1970, 1, 1).daysSinceEpoch == 0)
    #expect(CalendarDate(daysSinceEpoch: 0) == date(1970, 1, 1))
    #expect(date(1969, 12, 31).daysSinceEpoch == -1)
    #expect(date(2000, 3, 1).daysSinceEpoch == 11_017)
    #expect(date(2026, 11, 21).daysSinceEpoch == 20_778)
  }

  @Test func daysSinceEpochRoundTripsOverTheWholeRange() {
    let first = date(1, 1, 1).daysSinceEpoch
    let last = date(9999, 12, 31).daysSinceEpoch
    var expected = date(1, 1, 1)
    for day in first...last {
      let current = CalendarDate(daysSinceEpoch: day)
      // Each day is the one after the previous: the next day of the month, or the first of
      // the next month, and it maps back to its own number.
      guard current == expected, current.daysSinceEpoch == day else {
        Issue.record("day \(day): got \(current) (\(current.daysSinceEpoch)), expected \(expected)")
        return
      }
      expected =
        current.day < CalendarDate.daysIn(month: current.month, year: current.year)
        ? date(current.year, current.month, current.day + 1)
        : current.month < 12
          ? date(current.year, current.month + 1, 1)
          : CalendarDate(year: current.year + 1, month: 1, day: 1) ?? current
    }
    #expect(CalendarDate(daysSinceEpoch: last) == date(9999, 12, 31))
    #expect(last - first + 1 == 3_652_059)  // 10,000 - 1 years of 365.2425 days
  }

  @Test func daysBetweenDates() {
    #expect(date(2026, 11, 21).days(to: date(2026, 12, 1)) == 10)
    #expect(date(2026, 12, 1).days(to: date(2026, 11, 21)) == -10)
    #expect(date(2024, 1, 1).days(to: date(2025, 1, 1)) == 366)
    #expect(date(2026, 12, 31).adding(days: 1) == date(2027, 1, 1))
    #expect(date(2024, 3, 1).adding(days: -1) == date(2024, 2, 29))
  }

  @Test(arguments: [
    ((1970, 1, 1), 4),  // Thursday
    ((2026, 11, 21), 6),  // Saturday
    ((2026, 11, 22), 7),  // Sunday
    ((2026, 11, 23), 1),  // Monday
    ((2000, 1, 1), 6),  // Saturday
    ((1969, 12, 29), 1),  // Monday, before the epoch
  ])
  func weekdayIsISO(_ ymd: (Int, Int, Int), _ weekday: Int) {
    #expect(date(ymd.0, ymd.1, ymd.2).weekday == weekday)
  }

  @Test func datesCompareChronologically() {
    #expect(date(2026, 1, 31) < date(2026, 2, 1))
    #expect(date(2025, 12, 31) < date(2026, 1, 1))
    #expect(!(date(2026, 1, 1) < date(2026, 1, 1)))
  }

  // MARK: - Months

  @Test(arguments: [
    ((2026, 1, 31), 1, (2026, 2, 28)),
    ((2028, 1, 31), 1, (2028, 2, 29)),
    ((2028, 2, 29), 12, (2029, 2, 28)),
    ((2028, 2, 29), 48, (2032, 2, 29)),
    ((2026, 3, 31), 1, (2026, 4, 30)),
    ((2026, 11, 21), 1, (2026, 12, 21)),
    ((2026, 11, 30), 3, (2027, 2, 28)),
    ((2026, 12, 15), 1, (2027, 1, 15)),
    ((2026, 3, 31), -1, (2026, 2, 28)),
    ((2026, 1, 15), -1, (2025, 12, 15)),
  ])
  func addingMonthsClampsToTheMonthsEnd(
    _ start: (Int, Int, Int), _ months: Int, _ end: (Int, Int, Int)
  ) {
    #expect(date(start.0, start.1, start.2).adding(months: months) == date(end.0, end.1, end.2))
  }

  @Test(arguments: [
    ((2026, 11, 21), (2026, 11, 30)),
    ((2026, 2, 1), (2026, 2, 28)),
    ((2028, 2, 10), (2028, 2, 29)),
    ((2026, 12, 31), (2026, 12, 31)),
    ((2026, 4, 5), (2026, 4, 30)),
  ])
  func endOfMonth(_ start: (Int, Int, Int), _ end: (Int, Int, Int)) {
    #expect(date(start.0, start.1, start.2).endOfMonth == date(end.0, end.1, end.2))
  }
}
