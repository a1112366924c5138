import Testing

@testable import FuKit

/// Birthdays and anniversaries: the forms a file may write them in, and when they fall.
@Suite struct OccasionTests {
  private func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
    CalendarDate(year: year, month: month, day: day)!
  }

  @Test(
    arguments: [
      ("1815-12-10", 12, 10, 1815), ("1815-12-10 08:00", 12, 10, 1815), ("--12-10", 12, 10, nil),
      ("12-10", 12, 10, nil), ("--02-29", 2, 29, nil), ("2000-02-29", 2, 29, 2000),
      ("June 23", 6, 23, nil), ("23 june", 6, 23, nil), ("Dec 10, 1815", 12, 10, 1815),
      ("February 29th", 2, 29, nil),
    ] as [(String, Int, Int, Int?)])
  func readsEveryForm(_ text: String, _ month: Int, _ dayOfMonth: Int, _ year: Int?) {
    #expect(
      Occasion(key: "birthday", parsing: text)
        == Occasion(key: "birthday", month: month, day: dayOfMonth, year: year))
  }

  @Test(arguments: [
    "", "12", "1815-12", "--13-01", "02-30", "--2-1", "12-10-", "next friday", "2026-02-29",
    "1-1", "١٢-١٠", "June 31", "Feb 29 2026", "June", "Sometime in June",
  ])
  func rejectsWhatIsNotAMonthAndDay(_ text: String) {
    #expect(Occasion(key: "birthday", parsing: text) == nil)
  }

  @Test func theNextOneIsThisYearsOrNextYears() {
    let ada = Occasion(key: "birthday", month: 12, day: 10, year: 1815)
    #expect(ada.next(onOrAfter: day(2026, 11, 21)) == day(2026, 12, 10))
    #expect(ada.next(onOrAfter: day(2026, 12, 10)) == day(2026, 12, 10))
    #expect(ada.next(onOrAfter: day(2026, 12, 11)) == day(2027, 12, 10))
    #expect(ada.years(on: day(2026, 12, 10)) == 211)
    #expect(Occasion(key: "birthday", month: 1, day: 1).years(on: day(2026, 1, 1)) == nil)
  }

  @Test func february29thFallsOnThe28thInOtherYears() {
    let leapling = Occasion(key: "birthday", month: 2, day: 29, year: 2004)
    #expect(leapling.next(onOrAfter: day(2026, 2, 1)) == day(2026, 2, 28))
    #expect(leapling.next(onOrAfter: day(2027, 3, 1)) == day(2028, 2, 29))
    #expect(leapling.years(on: day(2026, 2, 28)) == 22)
  }
}
