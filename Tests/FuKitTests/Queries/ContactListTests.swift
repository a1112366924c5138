import Testing

@testable import FuKit

/// Which contacts `fu list` keeps and in what order, seen from Saturday 2026-11-21.
@Suite struct ContactListTests {
  static let today = CalendarDate(year: 2026, month: 11, day: 21)!

  /// One contact for each way of being due or not.
  static let contacts = [
    testContact("Overdue", next: day(2026, 11, 10)),
    testContact("Today", next: today),
    testContact("Soon", next: day(2026, 11, 25)),
    testContact("Fresh", cadence: "2w"),
    testContact("Lapsed", last: day(2026, 10, 1), cadence: "monthly"),
    testContact("Idle", last: day(2026, 9, 1)),
    testContact("Tasked", tasks: [FollowUpTask(text: "Call", due: day(2026, 11, 1), line: 5)]),
  ]

  private func names(_ list: ContactList) -> [String] {
    list.rows.map(\.contact.name)
  }

  // MARK: - Filters

  @Test(arguments: [
    (nil, ["Fresh", "Idle", "Lapsed", "Overdue", "Soon", "Tasked", "Today"]),
    (ContactList.Filter.due, ["Fresh", "Lapsed", "Overdue", "Today"]),
    (.overdue, ["Lapsed", "Overdue"]),
    (.noDate, ["Idle", "Tasked"]),
  ])
  func filterKeepsByFollowUp(_ filter: ContactList.Filter?, _ expected: [String]) {
    let list = ContactList(contacts: Self.contacts, today: Self.today, filter: filter)
    #expect(names(list) == expected)
    #expect(list.total == 7)
    #expect(list.today == Self.today)
  }

  @Test func aCadenceWithoutLastContactIsDueToday() {
    let list = ContactList(
      contacts: [testContact("Fresh", cadence: "2w")], today: Self.today, filter: .due)
    #expect(list.rows.first?.followUp == FollowUp(due: Self.today, source: .neverContacted))
    #expect(list.rows.first?.days == 0)
    #expect(list.rows.first?.status == .today)
    #expect(
      ContactList(contacts: list.rows.map(\.contact), today: Self.today, filter: .overdue)
        .rows.isEmpty)
  }

  @Test func daysAndStatusAreDueMinusToday() {
    let list = ContactList(contacts: Self.contacts, today: Self.today)
    let rows = Dictionary(uniqueKeysWithValues: list.rows.map { ($0.contact.name, $0) })
    #expect(rows["Overdue"]?.days == -11)
    #expect(rows["Overdue"]?.status == .overdue)
    #expect(rows["Today"]?.days == 0)
    #expect(rows["Today"]?.status == .today)
    #expect(rows["Soon"]?.days == 4)
    #expect(rows["Soon"]?.status == .upcoming)
    #expect(rows["Lapsed"]?.days == -20)
    #expect(rows["Lapsed"]?.followUp == FollowUp(due: day(2026, 11, 1), source: .cadence))
    for name in ["Idle", "Tasked"] {
      #expect(rows[name]?.followUp == nil)
      #expect(rows[name]?.status == nil)
      #expect(rows[name]?.days == nil)
    }
  }

  // MARK: - Tags

  static let tagged = [
    testContact("Ada", next: today, tags: ["work", "London"]),
    testContact("Bea", tags: ["Work"]),
    testContact("Cy", next: today, tags: ["family", "london"]),
  ]

  @Test(arguments: [
    ([], ["Ada", "Bea", "Cy"]),
    (["work"], ["Ada", "Bea"]),
    (["#WORK"], ["Ada", "Bea"]),
    (["London", "#work"], ["Ada"]),
    (["lond"], []),
    (["work", "family"], []),
  ])
  func everyTagIsRequired(_ tags: [String], _ expected: [String]) {
    let list = ContactList(contacts: Self.tagged, today: Self.today, tags: tags)
    #expect(names(list) == expected)
    #expect(list.total == 3)
  }

  @Test func tagsAndFilterCombine() {
    let list = ContactList(contacts: Self.tagged, today: Self.today, tags: ["work"], filter: .due)
    #expect(names(list) == ["Ada"])
    #expect(list.total == 3)
  }

  // MARK: - Orders

  @Test func byNameIgnoresCaseAndAccentsThenPath() {
    let contacts = [
      testContact("Émile", path: "e.md"),
      testContact("bob", path: "z/bob.md"),
      testContact("Álvaro", path: "a.md"),
      testContact("Bob", path: "a/bob.md"),
      testContact("alice", path: "b.md"),
      testContact("Zoë", path: "zoe.md"),
      testContact("ERIC", path: "eric.md"),
    ]
    let list = ContactList(contacts: contacts, today: Self.today, order: .name)
    #expect(names(list) == ["alice", "Álvaro", "Bob", "bob", "Émile", "ERIC", "Zoë"])
    #expect(list.rows.map(\.contact.path)[2...3] == ["a/bob.md", "z/bob.md"])
  }

  @Test func byDueSoonestFirstUndatedLastThenName() {
    let list = ContactList(contacts: Self.contacts, today: Self.today, order: .due)
    #expect(names(list) == ["Lapsed", "Overdue", "Fresh", "Today", "Soon", "Idle", "Tasked"])
  }

  @Test func byDueTiesGoByName() {
    let contacts = [
      testContact("carl", next: day(2026, 12, 1)),
      testContact("Anna", next: day(2026, 12, 1)),
      testContact("Ben", next: day(2026, 11, 30)),
      testContact("Abe"),
    ]
    let list = ContactList(contacts: contacts, today: Self.today, order: .due)
    #expect(names(list) == ["Ben", "Anna", "carl", "Abe"])
  }

  @Test func byLastOldestFirstNeverContactedBeforeEveryone() {
    let contacts = [
      testContact("Recent", last: day(2026, 11, 20)),
      testContact("Zed"),
      testContact("Old", last: day(2025, 1, 1)),
      testContact("Also Old", last: day(2025, 1, 1)),
      testContact("Abe", next: Self.today),
      testContact("Middle", last: day(2026, 6, 1)),
    ]
    let list = ContactList(contacts: contacts, today: Self.today, order: .last)
    #expect(names(list) == ["Abe", "Zed", "Also Old", "Old", "Middle", "Recent"])
  }

  @Test func theOrderDoesNotChangeWhichRowsAreKept() {
    for order in ContactList.Order.allCases {
      let list = ContactList(contacts: Self.contacts, today: Self.today, filter: .due, order: order)
      #expect(Set(names(list)) == ["Fresh", "Lapsed", "Overdue", "Today"])
    }
  }
}
