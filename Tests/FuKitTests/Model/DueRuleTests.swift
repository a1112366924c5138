import FuTestSupport
import Testing

@testable import FuKit

/// "When a contact is due" (vault-format.md) and the agenda built on it, seen from
/// Saturday 2026-11-21.
@Suite struct DueRuleTests {
  static let today = CalendarDate(year: 2026, month: 11, day: 21)!

  // MARK: - The four rules

  @Test func rule1NextFollowUpWinsOverEverythingElse() {
    let ada = testContact("Ada", next: day(2026, 12, 1), last: day(2026, 11, 1), cadence: "1w")
    #expect(
      ada.followUp(today: Self.today) == FollowUp(due: day(2026, 12, 1), source: .nextFollowUp))
  }

  @Test func rule1APastNextFollowUpIsStillTheDueDate() {
    let ada = testContact("Ada", next: day(2026, 10, 1))
    #expect(
      ada.followUp(today: Self.today) == FollowUp(due: day(2026, 10, 1), source: .nextFollowUp))
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
    let ada = testContact("Ada", last: day(last.0, last.1, last.2), cadence: cadence)
    #expect(
      ada.followUp(today: Self.today) == FollowUp(due: day(due.0, due.1, due.2), source: .cadence))
  }

  @Test func rule3ACadenceWithoutLastContactIsDueToday() {
    let ada = testContact("Ada", cadence: "2w")
    #expect(ada.followUp(today: Self.today) == FollowUp(due: Self.today, source: .neverContacted))
    let later = day(2027, 3, 3)
    #expect(ada.followUp(today: later)?.due == later)
  }

  @Test func rule4NothingSetIsNotDue() {
    #expect(testContact("Ada").followUp(today: Self.today) == nil)
    #expect(testContact("Ada", last: day(2026, 11, 1)).followUp(today: Self.today) == nil)
  }

  @Test func tasksAreExtraFollowUps() {
    let task = FollowUpTask(text: "Send the deck", due: day(2026, 11, 25), line: 7)
    let ada = testContact("Ada", next: day(2026, 12, 1), tasks: [task])
    #expect(
      Agenda(contacts: [ada], today: Self.today, days: 30).rows.map(\.followUp) == [
        FollowUp(due: day(2026, 11, 25), source: .task, task: task),
        FollowUp(due: day(2026, 12, 1), source: .nextFollowUp),
      ])
    let grace = testContact("Grace", tasks: [task])
    #expect(
      Agenda(contacts: [grace], today: Self.today, days: 30).rows.map(\.followUp.source) == [.task])
  }

  @Test(arguments: [
    ((2026, 11, 20), DueStatus.overdue), ((2026, 11, 21), .today), ((2026, 11, 22), .upcoming),
  ])
  func statusComparesWithToday(_ due: (Int, Int, Int), _ status: DueStatus) {
    #expect(DueStatus(due: day(due.0, due.1, due.2), today: Self.today) == status)
  }

  // MARK: - Agenda

  @Test func theWindowHoldsOverdueTodayAndTheNextNDays() {
    let contacts = [
      testContact("Long Ago", next: day(2025, 1, 1)),
      testContact("Today", next: Self.today),
      testContact("Last Day In", next: day(2026, 11, 28)),
      testContact("First Day Out", next: day(2026, 11, 29)),
      testContact("Never", last: day(2026, 1, 1)),
    ]
    let agenda = Agenda(contacts: contacts, today: Self.today, days: 7)
    #expect(agenda.rows.map(\.contact.name) == ["Long Ago", "Today", "Last Day In"])
    #expect(agenda.rows.map(\.status) == [.overdue, .today, .upcoming])
    #expect(agenda.rows.map(\.days) == [-689, 0, 7])
  }

  @Test func zeroDaysIsOverdueAndToday() {
    let contacts = [
      testContact("A", next: day(2026, 11, 20)), testContact("B", next: Self.today),
      testContact("C", next: day(2026, 11, 22)),
    ]
    #expect(
      Agenda(contacts: contacts, today: Self.today, days: 0).rows.map(\.contact.name) == ["A", "B"])
  }

  @Test func rowsSortByDueDateThenName() {
    let contacts = [
      testContact("zoe", next: day(2026, 11, 23)),
      testContact("Bob", next: day(2026, 11, 23)),
      testContact("Carl", next: day(2026, 11, 22)),
      testContact("alice", next: day(2026, 11, 23)),
      testContact("Dan", next: day(2026, 11, 19)),
    ]
    let agenda = Agenda(contacts: contacts, today: Self.today, days: 7)
    #expect(agenda.rows.map(\.contact.name) == ["Dan", "Carl", "alice", "Bob", "zoe"])
  }

  @Test func namesSortIgnoringAccentsAsInTheList() {
    let names = ["zed", "Ölaf", "eve", "Émile", "Bob", "adam"]
    let contacts = names.map { testContact($0, next: day(2026, 11, 23)) }
    let agenda = Agenda(contacts: contacts, today: Self.today, days: 7)
    let list = ContactList(contacts: contacts, today: Self.today, order: .name)
    #expect(agenda.rows.map(\.contact.name) == ["adam", "Bob", "Émile", "eve", "Ölaf", "zed"])
    #expect(agenda.rows.map(\.contact.name) == list.rows.map(\.contact.name))
  }

  /// Thousands of contacts, so that rows are made and sorted in ranges on several cores,
  /// with many ties: the order must be the one the rule gives, and no row lost or doubled.
  @Test func aLargeAgendaIsInOrderAndComplete() {
    var generator = SplitMix64(seed: 0xA6E)
    let names = ["ada", "Ada", "ADA", "Bob", "bob", "Émile", "zoe", "Zoë", "Carl"]
    let contacts = (0..<5000).map { number in
      let due = Self.today.adding(days: generator.next(below: 12) - 4)
      let tasks = (0..<generator.next(below: 3)).map { line in
        FollowUpTask(
          text: "t", due: Self.today.adding(days: generator.next(below: 12) - 4), line: line + 5)
      }
      return testContact(
        names[generator.next(below: names.count)], path: "p\(number % 700).md",
        next: generator.next(below: 4) == 0 ? nil : due, tasks: tasks)
    }
    let rows = Agenda(contacts: contacts, today: Self.today, days: 7).rows
    let oneByOne = contacts.flatMap { Agenda(contacts: [$0], today: Self.today, days: 7).rows }
    func key(_ row: Agenda.Row) -> String {
      "\(row.followUp.due) \(row.contact.path) \(row.followUp.task?.line ?? 0) \(row.contact.name)"
    }
    #expect(rows.map(key).sorted() == oneByOne.map(key).sorted())
    for (earlier, later) in zip(rows, rows.dropFirst()) {
      let a = (NameFolding.fold(earlier.contact.name), earlier.contact.path)
      let b = (NameFolding.fold(later.contact.name), later.contact.path)
      #expect(
        earlier.followUp.due < later.followUp.due
          || (earlier.followUp.due == later.followUp.due
            && (a < b
              || (a == b && (earlier.followUp.task?.line ?? 0) <= (later.followUp.task?.line ?? 0)))),
        "\(key(earlier)) before \(key(later))")
    }
  }

  @Test func tasksAreRowsOfTheirOwn() {
    let task = FollowUpTask(text: "Send the deck", due: day(2026, 11, 22), line: 9)
    let late = FollowUpTask(text: "Later", due: day(2026, 12, 25), line: 10)
    let agenda = Agenda(
      contacts: [
        testContact("Ada", next: day(2026, 11, 24), tasks: [task, late]),
        testContact("Bea", next: day(2026, 11, 23)),
      ],
      today: Self.today, days: 7)
    #expect(agenda.rows.map(\.contact.name) == ["Ada", "Bea", "Ada"])
    #expect(agenda.rows.map(\.followUp.source) == [.task, .nextFollowUp, .nextFollowUp])
    #expect(agenda.rows[0].followUp.task == task)
  }

  @Test func tagsKeepContactsThatCarryEveryOne() {
    let contacts = [
      testContact("Ada", next: Self.today, tags: ["work", "London"]),
      testContact("Bea", next: Self.today, tags: ["work"]),
      testContact("Cy", next: Self.today, tags: ["family"]),
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

  @Test(arguments: [
    (FollowUp.Source.cadence, -3, DueStatus.today), (.cadence, -4, .overdue), (.cadence, 0, .today),
    (.cadence, 2, .upcoming), (.nextFollowUp, -1, .overdue), (.task, -2, .overdue),
  ])
  func aCadenceWithinTheGraceIsDueNotOverdue(
    _ source: FollowUp.Source, _ offset: Int, _ status: DueStatus
  ) {
    let followUp = FollowUp(due: Self.today.adding(days: offset), source: source)
    let grace = Cadence(count: 3, unit: .day)
    #expect(followUp.status(today: Self.today, grace: grace) == status)
    #expect(followUp.status(today: Self.today) == DueStatus(due: followUp.due, today: Self.today))
  }

  @Test func rowsArePutInOrderByFollowingEachCycleOfThePermutation() {
    var generator = SystemRandomNumberGenerator()
    for count in [0, 1, 2, 3, 10, 100] {
      for _ in 0..<20 {
        let order = Array(0..<count).shuffled(using: &generator)
        var values = (0..<count).map { "value \($0)" }
        let expected = order.map { values[$0] }
        values.permute(to: order)
        #expect(values == expected)
      }
    }
  }
}
