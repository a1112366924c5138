import Testing

@testable import FuKit

/// What `fu log` does to the front matter ("What a write may change", and the `fu log` rules
/// of cli.md), checked on the exact text of the result. Today is 2026-11-21.
@Suite struct FrontMatterEditorTests {
  static let today = CalendarDate(year: 2026, month: 11, day: 21)!

  private static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
    CalendarDate(year: year, month: month, day: day)!
  }

  private func plan(_ text: String, on day: CalendarDate = today, next: CalendarDate? = nil)
    throws(FuError)
    -> ContactEdit
  {
    let file = ContactFile(path: "ada.md", document: TextDocument(text: text), readLog: true)
    return try LogPlanner.plan(file, LogRequest(date: day, message: "Coffee.", next: next.map(NextFollowUp.on)))
  }

  private func log(_ text: String, on day: CalendarDate = today, next: CalendarDate? = nil) throws
    -> String
  {
    String(decoding: try plan(text, on: day, next: next).result.bytes, as: UTF8.self)
  }

  // MARK: - Changing a value in place

  @Test func aValueIsSwappedKeepingTheSpacing() throws {
    let result = try log(
      "---\nname: Ada\nlast_contact:   2026-10-01\n---\n## Log\n- 2026-10-01: Met.\n")
    #expect(
      result
        == "---\nname: Ada\nlast_contact:   2026-11-21\n---\n## Log\n- 2026-10-01: Met.\n- 2026-11-21: Coffee.\n"
    )
  }

  @Test func quotesTheKeysSpellingAndCommentsAreKept() throws {
    let before = """
      ---
      Name: Quoted Comment
      Last-Contact: "2026-10-01"   # from the conference
      Next Follow-Up: '2026-11-01'  # promised an intro
      tags: "#client, #paris"
      ---
      ## Interactions

      - 2026-10-01: Met at the conference.

      """
    let after = """
      ---
      Name: Quoted Comment
      Last-Contact: "2026-11-21"   # from the conference
      Next Follow-Up: '2026-12-05'  # promised an intro
      tags: "#client, #paris"
      ---
      ## Interactions

      - 2026-10-01: Met at the conference.
      - 2026-11-21: Coffee.

      """
    #expect(try log(before, next: Self.date(2026, 12, 5)) == after)
  }

  @Test func aCommentRightAfterTheValueIsKept() throws {
    let result = try log("---\nlast_contact: 2026-10-01 # met at IETF\n---\n## Log\n")
    #expect(
      result
        == "---\nlast_contact: 2026-11-21 # met at IETF\n---\n## Log\n\n- 2026-11-21: Coffee.\n")
  }

  @Test func emptyingAValueKeepsTheGapBeforeItsComment() throws {
    // Quoted or not: only the value goes, and filling it again gives the line back.
    for (value, gap) in [("\"2026-11-05\"", "  "), ("2026-11-05", "   "), ("'2026-11-05'", " ")] {
      let before = "---\nnext_follow_up: \(value)\(gap)# asked in Lisbon\n---\n"
      let emptied = try plan(before)
      #expect(emptied.nextFollowUp == nil)
      #expect(emptied.result.lines[1] == "next_follow_up:\(gap)# asked in Lisbon\n")
      let refilled = try plan(
        String(decoding: emptied.result.bytes, as: UTF8.self), next: Self.date(2026, 11, 5))
      #expect(refilled.result.lines[1] == "next_follow_up: 2026-11-05\(gap)# asked in Lisbon\n")
    }
  }

  @Test func aPastNextFollowUpWithoutCadenceIsEmptiedAndTheKeyStays() throws {
    let edit = try plan(
      "---\nname: Ada\nnext_follow_up: 2026-11-01\nlast_contact: 2026-11-01\n---\n## Log\n- 2026-11-01: Met.\n"
    )
    #expect(
      String(decoding: edit.result.bytes, as: UTF8.self)
        == "---\nname: Ada\nnext_follow_up:\nlast_contact: 2026-11-21\n---\n## Log\n- 2026-11-01: Met.\n- 2026-11-21: Coffee.\n"
    )
    #expect(edit.nextFollowUp == nil)
    #expect(edit.lastContact == Self.today)
  }

  @Test func aNextFollowUpDueTodayIsEmptied() throws {
    let result = try log(
      "---\nnext_follow_up: 2026-11-21\nlast_contact: 2026-11-21\n---\n## Log\n- 2026-11-21: Met.\n"
    )
    #expect(
      result
        == "---\nnext_follow_up:\nlast_contact: 2026-11-21\n---\n## Log\n- 2026-11-21: Met.\n- 2026-11-21: Coffee.\n"
    )
  }

  @Test func emptyingAValueKeepsItsComment() throws {
    let edit = try plan(
      "---\nNext Follow-Up: '2026-11-01'  # promised an intro\nlast_contact: 2026-11-21\n---\n")
    let line = String(edit.result.content(ofLine: 1))
    #expect(line.hasPrefix("Next Follow-Up:"))
    #expect(line.hasSuffix(" # promised an intro"))
    let reread = ContactFile(path: "ada.md", document: edit.result)
    #expect(reread.frontMatter.bodyStart == 4)
    guard case .valid(let frontMatter) = reread.frontMatter else {
      Issue.record("front matter no longer parses")
      return
    }
    #expect(frontMatter.field("next_follow_up")?.value == .empty)
  }

  @Test func aFutureNextFollowUpWithoutCadenceIsKept() throws {
    let result = try log(
      "---\nlast_contact: 2026-11-01\nnext_follow_up: 2026-12-01\n---\n## Log\n- 2026-11-01: Met.\n"
    )
    #expect(
      result
        == "---\nlast_contact: 2026-11-21\nnext_follow_up: 2026-12-01\n---\n## Log\n- 2026-11-01: Met.\n- 2026-11-21: Coffee.\n"
    )
  }

  @Test func aCadenceMovesNextFollowUpOn() throws {
    let edit = try plan(
      "---\ncadence: 2w\nlast_contact: 2026-11-01\nnext_follow_up: 2026-11-15\n---\n## Log\n- 2026-11-01: Met.\n"
    )
    #expect(
      String(decoding: edit.result.bytes, as: UTF8.self)
        == "---\ncadence: 2w\nlast_contact: 2026-11-21\nnext_follow_up: 2026-12-05\n---\n## Log\n- 2026-11-01: Met.\n- 2026-11-21: Coffee.\n"
    )
    #expect(edit.nextFollowUp == Self.date(2026, 12, 5))
  }

  @Test func nextWinsOverTheCadence() throws {
    let result = try log(
      "---\ncadence: 2w\nlast_contact: 2026-11-01\nnext_follow_up: 2026-11-15\n---\n",
      next: Self.date(2027, 1, 4))
    #expect(result.contains("\nnext_follow_up: 2027-01-04\n"))
  }

  @Test func aPastEntryDoesNotMoveLastContactBack() throws {
    let before =
      "---\nlast_contact: 2026-11-10\nnext_follow_up: 2026-12-01\n---\n## Log\n- 2026-11-10: Call.\n"
    let edit = try plan(before, on: Self.date(2026, 11, 2))
    #expect(
      String(decoding: edit.result.bytes, as: UTF8.self)
        == "---\nlast_contact: 2026-11-10\nnext_follow_up: 2026-12-01\n---\n## Log\n- 2026-11-02: Coffee.\n- 2026-11-10: Call.\n"
    )
    #expect(edit.lastContact == Self.date(2026, 11, 10))
  }

  @Test func aPastEntryWithACadenceCountsFromTheLastContact() throws {
    // As the `log-past-date` scenario: last contact 2026-11-08 stays, 2w after it is 2026-11-22.
    let edit = try plan(
      "---\ncadence: 2w\nlast_contact: 2026-11-08\nnext_follow_up: 2026-11-22\n---\n",
      on: Self.date(2026, 11, 2))
    #expect(edit.lastContact == Self.date(2026, 11, 8))
    #expect(edit.nextFollowUp == Self.date(2026, 11, 22))
    #expect(edit.result.lines[0...4] == edit.original.lines[0...4])
  }

  @Test func anOlderEntryChangesNoDate() throws {
    // Logging history: last contact 2026-11-08 is later, so neither date moves, and no
    // next_follow_up is written just to restate last_contact + cadence.
    let before = "---\ncadence: 2w\nlast_contact: 2026-11-08\n---\n"
    #expect(
      try log(before, on: Self.date(2026, 11, 2))
        == before + "\n## Interactions\n\n- 2026-11-02: Coffee.\n")
    let passed = "---\nlast_contact: 2026-11-08\nnext_follow_up: 2026-11-05\n---\n"
    #expect(
      try log(passed, on: Self.date(2026, 11, 2))
        == passed + "\n## Interactions\n\n- 2026-11-02: Coffee.\n")
  }

  @Test func anOlderEntryAnswersAFollowUpDueByItsDay() throws {
    // Last contact 2026-11-10 is later than the entry, but the follow-up of 2026-11-01 was
    // due by 2026-11-05: without a cadence it is emptied.
    let plain = "---\nlast_contact: 2026-11-10\nnext_follow_up: 2026-11-01\n---\n"
    let edit = try plan(plain, on: Self.date(2026, 11, 5))
    #expect(edit.lastContact == Self.date(2026, 11, 10))
    #expect(edit.nextFollowUp == nil)
    #expect(
      String(decoding: edit.result.bytes, as: UTF8.self)
        == "---\nlast_contact: 2026-11-10\nnext_follow_up:\n---\n\n## Interactions\n\n"
        + "- 2026-11-05: Coffee.\n")
    // With a cadence it counts from the last contact, not from the older day.
    let monthly = "---\ncadence: 1m\nlast_contact: 2026-11-10\nnext_follow_up: 2026-11-01\n---\n"
    #expect(try plan(monthly, on: Self.date(2026, 11, 5)).nextFollowUp == Self.date(2026, 12, 10))
  }

  @Test func aTagsCadenceMovesTheFollowUpOnWhenTheContactHasNone() throws {
    let family = [TagCadence(tag: "family", cadence: Cadence(parsing: "2w")!)]
    func plan(_ text: String, on day: CalendarDate) throws -> ContactEdit {
      let file = ContactFile(path: "ada.md", document: TextDocument(text: text), readLog: true)
      return try LogPlanner.plan(
        file, LogRequest(date: day, message: "Coffee.", cadenceByTag: family))
    }
    let tagged = "---\ntags: [family]\nlast_contact: 2026-11-01\n---\n"
    let edit = try plan(tagged, on: Self.today)
    #expect(edit.nextFollowUp == Self.date(2026, 12, 5))
    #expect(edit.followUp == FollowUp(due: Self.date(2026, 12, 5), source: .nextFollowUp))
    // An older entry leaves the follow-up to the cadence, which says when it is due.
    let older = try plan(tagged, on: Self.date(2026, 10, 20))
    #expect(older.nextFollowUp == nil)
    #expect(older.followUp == FollowUp(due: Self.date(2026, 11, 15), source: .cadence))
    // Of several tag cadences, the one due soonest after the new last contact: 1m, not
    // 30d, from January 31 (from the old last contact, January 15, 30d comes first).
    let shortest = [
      TagCadence(tag: "a", cadence: Cadence(parsing: "30d")!),
      TagCadence(tag: "b", cadence: Cadence(parsing: "1m")!),
    ]
    let twoTags = ContactFile(
      path: "ada.md",
      document: TextDocument(text: "---\ntags: [a, b]\nlast_contact: 2026-01-15\n---\n"),
      readLog: true)
    let logged = try LogPlanner.plan(
      twoTags,
      LogRequest(date: Self.date(2026, 1, 31), message: "Tea.", cadenceByTag: shortest))
    #expect(logged.nextFollowUp == Self.date(2026, 2, 28))
    // A cadence of the contact's own wins over its tags'.
    let own = "---\ntags: [family]\ncadence: 1m\nlast_contact: 2026-11-01\n---\n"
    #expect(try plan(own, on: Self.today).nextFollowUp == Self.date(2026, 12, 21))
  }

  // MARK: - Adding keys

  @Test func missingKeysAreAddedBeforeTheClosingFenceInCanonicalSpelling() throws {
    let before = "---\nname: Ada\ncadence: monthly\n---\n# Ada\n"
    let after =
      "---\nname: Ada\ncadence: monthly\nlast_contact: 2026-11-21\nnext_follow_up: 2026-12-21\n---\n# Ada\n\n## Interactions\n\n- 2026-11-21: Coffee.\n"
    #expect(try log(before) == after)
  }

  @Test func keysAreAddedBeforeADotsClosingLine() throws {
    let result = try log("---\nname: Ada\n...\n## Log\n- 2026-11-01: Met.\n")
    #expect(
      result
        == "---\nname: Ada\nlast_contact: 2026-11-21\n...\n## Log\n- 2026-11-01: Met.\n- 2026-11-21: Coffee.\n"
    )
  }

  @Test func anEmptyFrontMatterGetsTheKeys() throws {
    let result = try log("---\n---\n# Ada\n", next: Self.date(2026, 12, 5))
    #expect(
      result
        == "---\nlast_contact: 2026-11-21\nnext_follow_up: 2026-12-05\n---\n# Ada\n\n## Interactions\n\n- 2026-11-21: Coffee.\n"
    )
  }

  @Test func anEmptyKeyIsFilledInPlace() throws {
    let result = try log(
      "---\nlast_contact:\nnext_follow_up: ~\n---\n", next: Self.date(2026, 12, 5))
    #expect(
      result
        == "---\nlast_contact: 2026-11-21\nnext_follow_up: 2026-12-05\n---\n\n## Interactions\n\n- 2026-11-21: Coffee.\n"
    )
  }

  @Test func aKeyWrittenTwiceIsNotChanged() {
    let twice = "---\nlast_contact: 2026-10-01\nname: Ada\nlast-contact: 2026-10-02\n---\n"
    #expect(
      throws: FuError.cannotEdit(
        Diagnostic(
          path: "ada.md", line: 4,
          message:
            "cannot update `last_contact`: `last-contact` here says it again; keep one of the two"))
    ) { try plan(twice) }
  }

  @Test func aNullValueIsReplacedKeepingTheSpacingAroundIt() throws {
    let edit = try plan("---\nlast_contact:   ~    # never yet\n---\n")
    #expect(edit.result.lines[1] == "last_contact:   2026-11-21    # never yet\n")
    let plain = try plan("---\nlast_contact: null\n---\n")
    #expect(plain.result.lines[1] == "last_contact: 2026-11-21\n")
  }

  @Test func aFileWithoutFrontMatterGetsOneAtTheTop() throws {
    let result = try log("# Ada\n\nMet at a party.\n")
    #expect(
      result
        == "---\nlast_contact: 2026-11-21\n---\n# Ada\n\nMet at a party.\n\n## Interactions\n\n- 2026-11-21: Coffee.\n"
    )
  }

  @Test func anEmptyFileGetsFrontMatterAndALog() throws {
    let result = try log("", next: Self.date(2026, 11, 27))
    #expect(
      result
        == "---\nlast_contact: 2026-11-21\nnext_follow_up: 2026-11-27\n---\n## Interactions\n\n- 2026-11-21: Coffee.\n"
    )
  }

  @Test func aCRLFFileWithoutFrontMatterGetsCRLFLines() throws {
    let result = try log("# Ada\r\n")
    #expect(
      result
        == "---\r\nlast_contact: 2026-11-21\r\n---\r\n# Ada\r\n\r\n## Interactions\r\n\r\n- 2026-11-21: Coffee.\r\n"
    )
  }

  @Test func theFrontMatterGoesAfterAByteOrderMark() throws {
    let edit = try plan("\u{FEFF}# Ada\n")
    #expect(edit.result.bytes.starts(with: [0xEF, 0xBB, 0xBF, UInt8(ascii: "-")]))
    #expect(
      String(decoding: edit.result.bytes, as: UTF8.self)
        == "\u{FEFF}---\nlast_contact: 2026-11-21\n---\n# Ada\n\n## Interactions\n\n- 2026-11-21: Coffee.\n"
    )
  }

  // MARK: - Values fu cannot change in place

  @Test func aValueOnTheNextLineCannotBeEdited() {
    #expect {
      try plan("---\nname: Ada\nlast_contact:\n  2026-10-01\n---\n")
    } throws: { error in
      guard case FuError.cannotEdit(let diagnostic) = error else { return false }
      return diagnostic.path == "ada.md" && diagnostic.line == 3
    }
  }

  @Test(arguments: [
    (
      "---\n  name: Ada\n  last_contact: 2026-10-01\n---\n", 3,
      "the front matter is indented; start each key at the start of its line"
    ),
    (
      "---\nname: Ada\nlast_contact: &met 2026-10-01\n---\n", 3,
      "its value has a YAML anchor, alias or tag (`&`); write `last_contact: YYYY-MM-DD`"
    ),
    (
      "---\nname: Ada\n? last_contact\n: 2026-10-01\n---\n", 3,
      "it is a `? key` entry; write it as `last_contact: YYYY-MM-DD`"
    ),
    (
      "---\nname: Ada\nlast_contact:\n  2026-10-01\n---\n", 3,
      "its value is not a single date on the key's line; write it as one line, `last_contact: YYYY-MM-DD`"
    ),
  ])
  func aRefusalSaysWhatToWriteInstead(_ text: String, _ line: Int, _ reason: String) {
    #expect(
      throws: FuError.cannotEdit(
        Diagnostic(
          path: "ada.md", line: line, message: "cannot update `last_contact`: \(reason)"))
    ) {
      try plan(text)
    }
  }
}
