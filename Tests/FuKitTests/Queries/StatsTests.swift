import Testing

@testable import FuKit

/// The figures behind `fu stats`.
@Suite struct StatsTests {
  private func logged(_ contact: Contact, on days: [CalendarDate]) -> Contact {
    var contact = contact
    contact.log = days.map { LogEntry(date: $0, text: "x", lines: 0...0) }
    return contact
  }

  @Test func theCalendarStartsOnAMondayAndCountsOnlyItsOwnDays() {
    let today = day(2026, 11, 21)  // a Saturday
    let ada = logged(
      testContact("Ada"),
      on: [day(2026, 11, 21), day(2026, 11, 21), day(2026, 11, 2), day(2025, 11, 23)])
    let stats = Stats(contacts: [ada], today: today, weeks: 52)
    #expect(stats.start == day(2025, 11, 24))
    #expect(stats.start.weekday == 1)
    #expect(stats.interactions == [day(2026, 11, 21): 2, day(2026, 11, 2): 1])
    #expect(stats.total == 3)
  }

  @Test func tagsCountContactsOverdueAndDaysSinceContact() {
    let today = day(2026, 11, 21)
    let stats = Stats(
      contacts: [
        testContact("Ada", next: day(2026, 11, 1), last: day(2026, 11, 11), tags: ["#Family"]),
        testContact("Bob", last: day(2026, 11, 18), cadence: "1w", tags: ["family", "work"]),
        testContact("Cy", tags: ["work"]),
      ], today: today)
    #expect(
      stats.tags == [
        .init(tag: "family", contacts: 2, overdue: 1, averageDaysSinceContact: 7),
        .init(tag: "work", contacts: 2, overdue: 0, averageDaysSinceContact: 3),
      ])
  }

  @Test func theLongestSilencesComeFirstThenByName() {
    let today = day(2026, 11, 21)
    let stats = Stats(
      contacts: [
        testContact("Bo", last: day(2026, 1, 1)), testContact("Al", last: day(2026, 1, 1)),
        testContact("Cy", last: day(2026, 11, 20)), testContact("Di"),
      ], today: today, silences: 2)
    #expect(stats.longestSilences.map(\.contact.name) == ["Al", "Bo"])
    #expect(stats.longestSilences.first?.days == 324)
  }
}
