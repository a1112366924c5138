import Testing

@testable import FuKit

/// `fu list`'s table and JSON, seen from Saturday 2026-11-21 with colours off.
@Suite struct ContactTableTests {
  static let today = CalendarDate(year: 2026, month: 11, day: 21)!
  static let plain = Style(enabled: false)

  static let three = [
    testContact(
      "Ada Lovelace", next: day(2026, 11, 18), last: day(2026, 11, 1), cadence: "2w",
      tags: ["math", "work"]),
    testContact("Grace Hopper", last: day(2026, 10, 1), cadence: "monthly"),
    testContact("Alan Turing"),
  ]

  private func table(
    _ contacts: [Contact], width: Int? = 80, tags: [String] = [], filter: ContactList.Filter? = nil
  ) -> String {
    let list = ContactList(contacts: contacts, today: Self.today, tags: tags, filter: filter)
    return ContactTable.text(list, width: width, style: Self.plain)
  }

  // MARK: - Text

  @Test func aSmallListAtWidth80() {
    let expected = """
      NAME          DUE                  LAST     CADENCE  TAGS
      Ada Lovelace  Nov 18  3d overdue   20d ago  2w       math, work
      Alan Turing   -                    never    -
      Grace Hopper  Nov  1  20d overdue  7w ago   1m
      3 contacts

      """
    #expect(table(Self.three) == expected)
  }

  @Test func aCadenceLateWithinTheGraceIsNotCalledOverdue() {
    let contacts = [
      testContact("Dan Dunn", last: day(2026, 11, 5), cadence: "2w"),  // due Nov 19
      testContact("Eve Ewing", next: day(2026, 11, 19)),  // a date of its own: no grace
    ]
    let list = ContactList(
      contacts: contacts, today: Self.today, grace: Cadence(parsing: "3d"))
    let expected = """
      NAME       DUE                 LAST     CADENCE  TAGS
      Dan Dunn   Nov 19  2d ago      16d ago  2w
      Eve Ewing  Nov 19  2d overdue  never    -
      2 contacts

      """
    #expect(ContactTable.text(list, width: 80, style: Self.plain) == expected)
  }

  static let longName = String(repeating: "Abcdefghij", count: 5)
  static let longTags = [String(repeating: "t", count: 24), String(repeating: "u", count: 24)]
  static let long = [
    testContact(
      longName, next: day(2026, 11, 18), last: day(2026, 11, 1), cadence: "2w", tags: longTags),
    testContact(longName + " II", last: day(2026, 10, 1), cadence: "monthly", tags: longTags),
    testContact("Zed " + longName, tags: longTags),
  ]

  @Test(arguments: [60, 40])
  func longCellsAreCutToTheWidth(_ width: Int) {
    #expect(Self.longName.count == 50)
    #expect(Self.longTags.joined(separator: ", ").count == 50)
    let lines = table(Self.long, width: width).split(separator: "\n")
    #expect(lines.count == 5)
    for line in lines {
      #expect(line.count <= width, "\(line.count) columns: \(line)")
    }
  }

  @Test func longCellsEndWithAnEllipsis() {
    let lines = table(Self.long, width: 60).split(separator: "\n").map(String.init)
    // Tags go to 16, names to 20, tags to 6; then the cadence is left out rather than a
    // name cut shorter: the name is what a reader scans for.
    #expect(lines[0] == "NAME                  DUE                  LAST     TAGS")
    #expect(lines[1].hasPrefix(String(Self.longName.prefix(19)) + "…  Nov 18  3d overdue "))
    #expect(lines[3].hasPrefix("Zed " + String(Self.longName.prefix(15)) + "…  -  "))
    #expect(lines[1...3].allSatisfy { $0.hasSuffix("  ttttttt…") })
  }

  @Test func withoutAWidthNothingIsCut() {
    let lines = table(Self.long, width: nil).split(separator: "\n").map(String.init)
    // The widest name, "Zed " and 50 letters, sets the first column.
    #expect(lines[0].hasPrefix("NAME" + String(repeating: " ", count: 52) + "DUE  "))
    #expect(lines[1].hasPrefix(Self.longName + "      Nov 18  3d overdue   20d ago  2w  "))
    #expect(lines[1...3].allSatisfy { $0.hasSuffix(Self.longTags.joined(separator: ", ")) })
    #expect(!lines.joined().contains("…"))
  }

  @Test func aNarrowTableLeavesOutColumnsBeforeItCutsNames() {
    let lines = table(Self.long, width: 40).split(separator: "\n").map(String.init)
    // Cadence, last contact and tags go; the names keep what the dates leave them.
    #expect(lines[0] == "NAME                 DUE")
    #expect(lines[1].hasPrefix(String(Self.longName.prefix(18)) + "…  Nov 18  3d overdue"))
    #expect(lines.allSatisfy { !$0.contains("never") && !$0.contains("2w") && !$0.contains("tt") })
  }

  @Test(arguments: [
    ([], nil, "3 contacts"),
    ([], ContactList.Filter.noDate, "1 of 3 contacts"),
    (["math"], nil, "1 of 3 contacts"),
    ([], .overdue, "2 of 3 contacts"),
  ])
  func theLastLineCounts(_ tags: [String], _ filter: ContactList.Filter?, _ count: String) {
    let lines = table(Self.three, tags: tags, filter: filter).split(separator: "\n")
    #expect(lines.last.map(String.init) == count)
  }

  @Test func oneContactIsSingular() {
    let expected = """
      NAME         DUE    LAST   CADENCE  TAGS
      Alan Turing  -      never  -
      1 contact

      """
    #expect(table([Self.three[2]]) == expected)
  }

  @Test func anEmptyListSaysSoWithTheCount() {
    #expect(table(Self.three, tags: ["nobody"]) == "No contacts match (0 of 3 contacts).\n")
    // A vault with no contact yet says how to make one.
    #expect(table([]) == "No contacts yet: fu add \"Ada Lovelace\" makes one.\n")
  }

  @Test func colouredOutputWrapsCellsInEscapes() {
    let list = ContactList(contacts: [Self.three[0]], today: Self.today)
    let text = ContactTable.text(list, width: 80, style: Style(enabled: true))
    #expect(text.hasPrefix("\u{1B}[1mNAME        \u{1B}[0m  \u{1B}[1mDUE   \u{1B}[0m"))
    #expect(text.contains("\u{1B}[31mNov 18\u{1B}[0m"))
  }

  // MARK: - JSON

  @Test func jsonHasEveryFieldAndNullsForAnUndatedContact() {
    var ada = Self.three[0]
    ada.notes = "Analytical engine"
    ada.aliases = ["Countess"]
    let list = ContactList(contacts: [Self.three[2], ada], today: Self.today)
    let expected = """
      [
        {
          "name": "Ada Lovelace",
          "path": "ada-lovelace.md",
          "due": "2026-11-18",
          "status": "overdue",
          "days": -3,
          "source": "next_follow_up",
          "last_contact": "2026-11-01",
          "cadence": "2w",
          "tags": ["math", "work"],
          "notes": "Analytical engine",
          "aliases": ["Countess"],
          "attempts": 0,
          "waiting_since": null,
          "next_step": null,
          "channel": null
        },
        {
          "name": "Alan Turing",
          "path": "alan-turing.md",
          "due": null,
          "status": null,
          "days": null,
          "source": null,
          "last_contact": null,
          "cadence": null,
          "tags": [],
          "notes": null,
          "aliases": [],
          "attempts": 0,
          "waiting_since": null,
          "next_step": null,
          "channel": null
        }
      ]
      """
    #expect(ContactTable.json(list).rendered() == expected)
  }

  @Test func jsonOfACadenceContactNamesItsSource() {
    let list = ContactList(contacts: [Self.three[1]], today: Self.today)
    guard case .array(let rows) = ContactTable.json(list), case .object(let fields) = rows.first
    else {
      Issue.record("not an array of objects")
      return
    }
    let values = Dictionary(uniqueKeysWithValues: fields)
    #expect(fields.map(\.0).count == 15)
    #expect(values["due"] == .string("2026-11-01"))
    #expect(values["days"] == .int(-20))
    #expect(values["source"] == .string("cadence"))
    #expect(values["cadence"] == .string("1m"))
  }
}

/// Column widths, cutting, padding and escaping for terminal text.
@Suite struct TextLayoutTests {
  @Test(arguments: [
    ([10, 10], [(0, 4)], 22, 2, [10, 10]),
    ([10, 10], [(0, 4)], 40, 2, [10, 10]),
    ([10, 10], [(0, 4)], 20, 2, [8, 10]),
    ([10, 10], [(0, 4)], 10, 2, [4, 10]),
    ([10, 10, 10], [(2, 5), (0, 5)], 30, 2, [10, 10, 6]),
    ([10, 10, 10], [(2, 5), (0, 5)], 24, 2, [5, 10, 5]),
    ([10, 10, 10], [(2, 5), (0, 5), (2, 1)], 20, 2, [5, 10, 1]),
    ([3, 10], [(0, 5), (1, 2)], 10, 2, [3, 5]),
    ([5, 5], [(1, 0)], 8, 0, [5, 3]),
    ([5, 5], [(1, 0)], 8, 3, [5, 0]),
  ])
  func fitNarrowsStageByStage(
    _ natural: [Int], _ stages: [(Int, Int)], _ width: Int, _ gap: Int, _ expected: [Int]
  ) {
    let stages = stages.map { (column: $0.0, minimum: $0.1) }
    #expect(TextLayout.fit(natural: natural, stages: stages, width: width, gap: gap) == expected)
  }

  @Test(arguments: [
    ("Ada", 3), ("李小龍", 6), ("Zoë", 3), ("e\u{301}", 1), ("🎉 party", 8), ("👩‍💻", 2),
    ("ｆｕ", 4), ("a\u{200B}b", 2),
  ])
  func widthCountsTerminalColumns(_ text: String, _ columns: Int) {
    #expect(TextLayout.width(text) == columns)
  }

  /// Latin text is measured without breaking it into characters; a wide letter after it
  /// makes the same text go the long way.
  @Test func latinTextIsMeasuredAsTheCharacterRulesMeasureIt() {
    for value in Array(0x20..<0x7F) + Array(0xA0..<0x300) + [0x300, 0x301, 0x200B] {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let text = "Zo\(Character(scalar))ë"
      #expect(TextLayout.width(text) + 2 == TextLayout.width(text + "李"), "U+\(value)")
    }
  }

  @Test func wideTextIsCutAndPaddedByColumns() {
    #expect(TextLayout.truncate("李小龍先生", to: 7) == "李小龍…")
    #expect(TextLayout.truncate("李小龍先生", to: 6) == "李小…")
    #expect(TextLayout.pad("李", 4) == "李  ")
    #expect(TextLayout.width(TextLayout.truncate("🎉🎉🎉🎉", to: 5)) <= 5)
  }

  @Test func fitUsesTwoSpacesBetweenColumnsByDefault() {
    #expect(TextLayout.fit(natural: [5, 5, 5], stages: [(1, 0)], width: 18) == [5, 4, 5])
  }

  @Test(arguments: [
    ("Ada Lovelace", 20, "Ada Lovelace"),
    ("Ada Lovelace", 12, "Ada Lovelace"),
    ("Ada Lovelace", 11, "Ada Lovela…"),
    ("Ada Lovelace", 5, "Ada …"),
    ("Zoë Ångström", 4, "Zoë…"),
    ("Ada", 2, "A…"),
    ("Ada", 1, "A"),
    ("Ada", 0, ""),
    ("", 0, ""),
  ])
  func truncateMarksTheCut(_ text: String, _ width: Int, _ expected: String) {
    #expect(TextLayout.truncate(text, to: width) == expected)
  }

  @Test(arguments: [
    ("ab", 4, "ab  "),
    ("ab", 2, "ab"),
    ("abcdef", 4, "abcdef"),
    ("é", 3, "é  "),
    ("", 2, "  "),
  ])
  func padFillsWithSpaces(_ text: String, _ width: Int, _ expected: String) {
    #expect(TextLayout.pad(text, width) == expected)
  }

  @Test(arguments: [
    ("plain é ☐", "plain é ☐"),
    ("a\nb", "a\\u{a}b"),
    ("nul\0", "nul\\0"),
    ("tab\t", "tab\\u{9}"),
    ("\u{1B}[31mred", "\\u{1b}[31mred"),
    ("del\u{7F}", "del\\u{7f}"),
    ("cr\r\n", "cr\\u{d}\\u{a}"),
  ])
  func escapedWritesControlCharactersAsEscapes(_ text: String, _ expected: String) {
    #expect(TextLayout.escaped(text) == expected)
  }

  @Test func printableTurnsControlCharactersIntoSpaces() {
    #expect(TextLayout.printable("a\nb\u{7}\u{1B}[0m é") == "a b  [0m é")
  }
}

/// How long ago a day was, in the words `fu list` and `fu show` use.
@Suite struct RelativeDateTests {
  @Test(arguments: [
    (0, "today"),
    (1, "yesterday"),
    (2, "2d ago"),
    (31, "31d ago"),
    (32, "4w ago"),
    (60, "8w ago"),
    (61, "2mo ago"),
    (729, "24mo ago"),
    (730, "2y ago"),
    (1000, "2y ago"),
    (-1, "in 1d"),
    (-2, "in 2d"),
    (-40, "in 5w"),
  ])
  func ago(_ days: Int, _ expected: String) {
    #expect(RelativeDate.ago(days: days) == expected)
  }
}
