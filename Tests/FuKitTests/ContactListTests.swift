import Testing

@testable import FuKit

/// Which contacts `fu list` keeps and in what order, seen from Saturday 2026-11-21.
@Suite struct ContactListTests {
  static let today = CalendarDate(year: 2026, month: 11, day: 21)!

  private static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
    CalendarDate(year: year, month: month, day: day)!
  }

  private static func contact(
    _ name: String, path: String? = nil, next: CalendarDate? = nil, last: CalendarDate? = nil,
    cadence: String? = nil, tags: [String] = [], tasks: [FollowUpTask] = []
  ) -> Contact {
    var contact = Contact(path: path ?? name.lowercased() + ".md", name: name)
    contact.nextFollowUp = next
    contact.lastContact = last
    contact.cadence = cadence.flatMap(Cadence.init(parsing:))
    contact.tags = tags
    contact.tasks = tasks
    return contact
  }

  /// One contact for each way of being due or not.
  static let contacts = [
    contact("Overdue", next: date(2026, 11, 10)),
    contact("Today", next: today),
    contact("Soon", next: date(2026, 11, 25)),
    contact("Fresh", cadence: "2w"),
    contact("Lapsed", last: date(2026, 10, 1), cadence: "monthly"),
    contact("Idle", last: date(2026, 9, 1)),
    contact("Tasked", tasks: [FollowUpTask(text: "Call", due: date(2026, 11, 1), line: 5)]),
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
      contacts: [Self.contact("Fresh", cadence: "2w")], today: Self.today, filter: .due)
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
    #expect(rows["Lapsed"]?.followUp == FollowUp(due: Self.date(2026, 11, 1), source: .cadence))
    for name in ["Idle", "Tasked"] {
      #expect(rows[name]?.followUp == nil)
      #expect(rows[name]?.status == nil)
      #expect(rows[name]?.days == nil)
    }
  }

  // MARK: - Tags

  static let tagged = [
    contact("Ada", next: today, tags: ["work", "London"]),
    contact("Bea", tags: ["Work"]),
    contact("Cy", next: today, tags: ["family", "london"]),
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
      Self.contact("Émile", path: "e.md"),
      Self.contact("bob", path: "z/bob.md"),
      Self.contact("Álvaro", path: "a.md"),
      Self.contact("Bob", path: "a/bob.md"),
      Self.contact("alice", path: "b.md"),
      Self.contact("Zoë", path: "zoe.md"),
      Self.contact("ERIC", path: "eric.md"),
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
      Self.contact("carl", next: Self.date(2026, 12, 1)),
      Self.contact("Anna", next: Self.date(2026, 12, 1)),
      Self.contact("Ben", next: Self.date(2026, 11, 30)),
      Self.contact("Abe"),
    ]
    let list = ContactList(contacts: contacts, today: Self.today, order: .due)
    #expect(names(list) == ["Ben", "Anna", "carl", "Abe"])
  }

  @Test func byLastOldestFirstNeverContactedBeforeEveryone() {
    let contacts = [
      Self.contact("Recent", last: Self.date(2026, 11, 20)),
      Self.contact("Zed"),
      Self.contact("Old", last: Self.date(2025, 1, 1)),
      Self.contact("Also Old", last: Self.date(2025, 1, 1)),
      Self.contact("Abe", next: Self.today),
      Self.contact("Middle", last: Self.date(2026, 6, 1)),
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
