import Testing

@testable import FuKit

/// "When a contact is due" (vault-format.md) and the agenda built on it, seen from
/// Saturday 2026-11-21.
@Suite struct DueRuleTests {
  static let today = CalendarDate(year: 2026, month: 11, day: 21)!

  private func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
    CalendarDate(year: year, month: month, day: day)!
  }

  private func contact(
    _ name: String, next: CalendarDate? = nil, last: CalendarDate? = nil, cadence: String? = nil,
    tags: [String] = [], tasks: [FollowUpTask] = []
  ) -> Contact {
    var contact = Contact(
      path: name.lowercased().replacingOccurrences(of: " ", with: "-") + ".md", name: name)
    contact.nextFollowUp = next
    contact.lastContact = last
    contact.cadence = cadence.flatMap(Cadence.init(parsing:))
    contact.tags = tags
    contact.tasks = tasks
    return contact
  }

  // MARK: - The four rules

  @Test func rule1NextFollowUpWinsOverEverythingElse() {
    let ada = contact("Ada", next: date(2026, 12, 1), last: date(2026, 11, 1), cadence: "1w")
    #expect(
      ada.followUp(today: Self.today) == FollowUp(due: date(2026, 12, 1), source: .nextFollowUp))
  }

  @Test func rule1APastNextFollowUpIsStillTheDueDate() {
    let ada = contact("Ada", next: date(2026, 10, 1))
    #expect(
      ada.followUp(today: Self.today) == FollowUp(due: date(2026, 10, 1), source: .nextFollowUp))
  }

  @Test(arguments: [
    ("10d", (2026, 11, 1), (2026, 11, 11)),
    ("2w", (2026, 11, 10), (2026, 11, 24)),
    ("monthly", (2026, 1, 31), (2026, 2, 28)),
    ("quarterly", (2026, 11, 30), (2027, 2, 28)),
    ("1y", (2024, 2, 29), (2025, 2, 28)),
  ])
  func rule2LastContactPlusCadence(
    _ cadence: String, _ last: (Int, Int, Int), _ due: (Int, Int, Int)
  ) {
    let ada = contact("Ada", last: date(last.0, last.1, last.2), cadence: cadence)
    #expect(
      ada.followUp(today: Self.today) == FollowUp(due: date(due.0, due.1, due.2), source: .cadence))
  }

  @Test func rule3ACadenceWithoutLastContactIsDueToday() {
    let ada = contact("Ada", cadence: "2w")
    #expect(ada.followUp(today: Self.today) == FollowUp(due: Self.today, source: .neverContacted))
    let later = date(2027, 3, 3)
    #expect(ada.followUp(today: later)?.due == later)
  }

  @Test func rule4NothingSetIsNotDue() {
    #expect(contact("Ada").followUp(today: Self.today) == nil)
    #expect(contact("Ada", last: date(2026, 11, 1)).followUp(today: Self.today) == nil)
  }

  @Test func tasksAreExtraFollowUps() {
    let task = FollowUpTask(text: "Send the deck", due: date(2026, 11, 25), line: 7)
    let ada = contact("Ada", next: date(2026, 12, 1), tasks: [task])
    #expect(
      ada.followUps(today: Self.today) == [
        FollowUp(due: date(2026, 12, 1), source: .nextFollowUp),
        FollowUp(due: date(2026, 11, 25), source: .task, task: task),
      ])
    #expect(contact("Grace", tasks: [task]).followUps(today: Self.today).map(\.source) == [.task])
  }

  @Test(arguments: [
    ((2026, 11, 20), DueStatus.overdue), ((2026, 11, 21), .today), ((2026, 11, 22), .upcoming),
  ])
  func statusComparesWithToday(_ due: (Int, Int, Int), _ status: DueStatus) {
    #expect(DueStatus(due: date(due.0, due.1, due.2), today: Self.today) == status)
  }

  // MARK: - Agenda

  @Test func theWindowHoldsOverdueTodayAndTheNextNDays() {
    let contacts = [
      contact("Long Ago", next: date(2025, 1, 1)),
      contact("Today", next: Self.today),
      contact("Last Day In", next: date(2026, 11, 28)),
      contact("First Day Out", next: date(2026, 11, 29)),
      contact("Never", last: date(2026, 1, 1)),
    ]
    let agenda = Agenda(contacts: contacts, today: Self.today, days: 7)
    #expect(agenda.rows.map(\.contact.name) == ["Long Ago", "Today", "Last Day In"])
    #expect(agenda.rows.map(\.status) == [.overdue, .today, .upcoming])
    #expect(agenda.rows.map(\.days) == [-689, 0, 7])
    #expect(agenda.rows(.overdue).map(\.contact.name) == ["Long Ago"])
  }

  @Test func zeroDaysIsOverdueAndToday() {
    let contacts = [
      contact("A", next: date(2026, 11, 20)), contact("B", next: Self.today),
      contact("C", next: date(2026, 11, 22)),
    ]
    #expect(
      Agenda(contacts: contacts, today: Self.today, days: 0).rows.map(\.contact.name) == ["A", "B"])
  }

  @Test func rowsSortByDueDateThenName() {
    let contacts = [
      contact("zoe", next: date(2026, 11, 23)),
      contact("Bob", next: date(2026, 11, 23)),
      contact("Carl", next: date(2026, 11, 22)),
      contact("alice", next: date(2026, 11, 23)),
      contact("Dan", next: date(2026, 11, 19)),
    ]
    let agenda = Agenda(contacts: contacts, today: Self.today, days: 7)
    #expect(agenda.rows.map(\.contact.name) == ["Dan", "Carl", "alice", "Bob", "zoe"])
  }

  @Test func tasksAreRowsOfTheirOwn() {
    let task = FollowUpTask(text: "Send the deck", due: date(2026, 11, 22), line: 9)
    let late = FollowUpTask(text: "Later", due: date(2026, 12, 25), line: 10)
    let agenda = Agenda(
      contacts: [
        contact("Ada", next: date(2026, 11, 24), tasks: [task, late]),
        contact("Bea", next: date(2026, 11, 23)),
      ],
      today: Self.today, days: 7)
    #expect(agenda.rows.map(\.contact.name) == ["Ada", "Bea", "Ada"])
    #expect(agenda.rows.map(\.followUp.source) == [.task, .nextFollowUp, .nextFollowUp])
    #expect(agenda.rows[0].followUp.task == task)
  }

  @Test func tagsKeepContactsThatCarryEveryOne() {
    let contacts = [
      contact("Ada", next: Self.today, tags: ["work", "London"]),
      contact("Bea", next: Self.today, tags: ["work"]),
      contact("Cy", next: Self.today, tags: ["family"]),
    ]
    func names(_ tags: [String]) -> [String] {
      Agenda(contacts: contacts, today: Self.today, days: 7, tags: tags).rows.map(\.contact.name)
    }
    #expect(names([]) == ["Ada", "Bea", "Cy"])
    #expect(names(["work"]) == ["Ada", "Bea"])
    #expect(names(["#Work"]) == ["Ada", "Bea"])
    #expect(names(["work", "london"]) == ["Ada"])
    #expect(names(["nobody"]) == [])
  }
}
