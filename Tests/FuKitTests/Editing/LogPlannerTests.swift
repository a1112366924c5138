import Testing

@testable import FuKit

/// Where `fu log` puts its entry and how the file's bytes come out ("The body and the
/// interaction log", "What a write may change"). Today is 2026-11-21; the front matter of
/// most documents already says `last_contact: 2026-11-21`, so only the entry changes.
@Suite struct LogPlannerTests {
  static let today = CalendarDate(year: 2026, month: 11, day: 21)!
  static let head = "---\nlast_contact: 2026-11-21\n---\n"

  private static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
    CalendarDate(year: year, month: month, day: day)!
  }

  private func plan(_ text: String, _ message: String = "Coffee.", on day: CalendarDate = today)
    throws(FuError) -> ContactEdit
  {
    let file = ContactFile(path: "people/ada.md", document: TextDocument(text: text), readLog: true)
    return try LogPlanner.plan(file, LogRequest(date: day, message: message))
  }

  private func log(_ text: String, _ message: String = "Coffee.", on day: CalendarDate = today)
    throws
    -> String
  {
    String(decoding: try plan(text, message, on: day).result.bytes, as: UTF8.self)
  }

  /// An entry that would take the file past what fu reads is refused for that reason, not
  /// as a misread message.
  @Test func anEntryPastTheSizeLimitIsRefusedForItsSize() {
    let message = String(repeating: "notes ", count: (ContactFile.bodySizeLimit / 6) + 10)
    #expect {
      try plan("---\nname: Ada\n---\n", message)
    } throws: { error in
      guard case FuError.cannotEdit(let diagnostic) = error else { return false }
      return diagnostic.message.hasPrefix("the entry would take the file past fu's 16 MiB limit")
    }
  }

  /// A quoted value holding U+2028 (a line break to YAML, not to fu) used to make the
  /// writer index past the end of the file.
  @Test func aValueWithALineSeparatorDoesNotMoveTheKeyLines() throws {
    let before = "---\na: \"\u{2028}\u{2028}\"\nlast_contact: 2026-01-01\n---\n"
    #expect(
      try log(before)
        == "---\na: \"\u{2028}\u{2028}\"\nlast_contact: 2026-11-21\n---\n\n## Interactions\n\n"
        + "- 2026-11-21: Coffee.\n")
  }

  // MARK: - Oldest first

  @Test func aNewEntryLandsAfterTheEntriesOfTheSameDay() throws {
    let before = """
      ---
      name: Same Day
      last_contact: 2026-11-21
      ---
      ## Interactions
      - 2026-11-20: Yesterday's call.
      - 2026-11-21: Breakfast.
      - 2026-11-21: Dinner.
        - a nested note under dinner
      - 2026-11-22: Planned (dated ahead).

      Some trailing paragraph in the section.

      """
    let after = """
      ---
      name: Same Day
      last_contact: 2026-11-21
      ---
      ## Interactions
      - 2026-11-20: Yesterday's call.
      - 2026-11-21: Breakfast.
      - 2026-11-21: Dinner.
        - a nested note under dinner
      - 2026-11-21: Coffee.
      - 2026-11-22: Planned (dated ahead).

      Some trailing paragraph in the section.

      """
    #expect(try log(before) == after)
  }

  @Test(arguments: [
    (date(2026, 10, 1), "- 2026-10-01: Coffee.\n- 2026-11-01: A.\n- 2026-11-10: B.\n"),
    (date(2026, 11, 5), "- 2026-11-01: A.\n- 2026-11-05: Coffee.\n- 2026-11-10: B.\n"),
    (date(2026, 11, 10), "- 2026-11-01: A.\n- 2026-11-10: B.\n- 2026-11-10: Coffee.\n"),
    (date(2026, 11, 21), "- 2026-11-01: A.\n- 2026-11-10: B.\n- 2026-11-21: Coffee.\n"),
  ])
  func oldestFirstByDate(_ day: CalendarDate, _ entries: String) throws {
    let before = Self.head + "## Log\n- 2026-11-01: A.\n- 2026-11-10: B.\n"
    #expect(try log(before, on: day) == Self.head + "## Log\n" + entries)
  }

  @Test func aSingleEntryListIsOldestFirst() throws {
    let before = Self.head + "## Log\n- 2026-11-01: A.\n"
    #expect(try log(before) == Self.head + "## Log\n- 2026-11-01: A.\n- 2026-11-21: Coffee.\n")
  }

  // MARK: - Newest first

  @Test(arguments: [
    (
      date(2026, 11, 21),
      "- 2026-11-21: Coffee.\n- 2026-11-20: C.\n- 2026-11-10: B.\n- 2026-11-01: A.\n"
    ),
    (
      date(2026, 11, 15),
      "- 2026-11-20: C.\n- 2026-11-15: Coffee.\n- 2026-11-10: B.\n- 2026-11-01: A.\n"
    ),
    (
      date(2026, 11, 10),
      "- 2026-11-20: C.\n- 2026-11-10: Coffee.\n- 2026-11-10: B.\n- 2026-11-01: A.\n"
    ),
    (
      date(2026, 10, 1),
      "- 2026-11-20: C.\n- 2026-11-10: B.\n- 2026-11-01: A.\n- 2026-10-01: Coffee.\n"
    ),
  ])
  func newestFirstByDate(_ day: CalendarDate, _ entries: String) throws {
    let before =
      Self.head + "## History\n\n- 2026-11-20: C.\n- 2026-11-10: B.\n- 2026-11-01: A.\n\n## Next\n"
    #expect(try log(before, on: day) == Self.head + "## History\n\n" + entries + "\n## Next\n")
  }

  // MARK: - Loose lists and other content

  @Test func aLooseListGetsABlankLineBetweenEntries() throws {
    let before =
      Self.head
      + "### Log\n\n- 2026-09-01: First.\n\n  A second paragraph.\n\n- 2026-10-01: Second.\n\n## After\n"
    let after =
      Self.head
      + "### Log\n\n- 2026-09-01: First.\n\n  A second paragraph.\n\n- 2026-10-01: Second.\n\n- 2026-11-21: Coffee.\n\n## After\n"
    #expect(try log(before) == after)
  }

  @Test func aMessageOfTwoParagraphsLeavesTheListTight() throws {
    let first = try log(Self.head + "## Log\n- 2026-11-01: A.\n", "First.\n\nSecond paragraph.")
    #expect(
      first == Self.head + "## Log\n- 2026-11-01: A.\n- 2026-11-21: First.\n\n  Second paragraph.\n"
    )
    #expect(
      try log(first, "Tea.")
        == first + "- 2026-11-21: Tea.\n", "no blank line between entries where there was none")
  }

  @Test func afterTheLastItemOfANumberedListComesTheNextNumber() throws {
    #expect(
      try log(Self.head + "## Log\n1. 2026-11-01: A.\n2. 2026-11-10: B.\n")
        == Self.head + "## Log\n1. 2026-11-01: A.\n2. 2026-11-10: B.\n3. 2026-11-21: Coffee.\n")
    #expect(
      try log(Self.head + "## Log\n  9) 2026-11-01: A.\n")
        == Self.head + "## Log\n  9) 2026-11-01: A.\n  10) 2026-11-21: Coffee.\n")
    #expect(LogPlanner.marker(following: "- ") == "- ")
    // An undated item after the last entry keeps its number to itself.
    #expect(
      try log(Self.head + "## Log\n1. 2026-11-01: A.\n2. undated note\n")
        == Self.head + "## Log\n1. 2026-11-01: A.\n1. 2026-11-21: Coffee.\n2. undated note\n")
  }

  @Test func tightListsPartedByAHeadingOrAParagraphStayTight() throws {
    for parting in ["### 2026\n", "Then we moved.\n\n"] {
      let before =
        Self.head + "## Log\n### 2025\n- 2025-01-01: A.\n- 2025-02-01: B.\n\n" + parting
        + "- 2026-01-01: C.\n- 2026-02-01: D.\n"
      #expect(try log(before) == before + "- 2026-11-21: Coffee.\n")
    }
  }

  @Test func aLooseListWithAnUndatedItemBetweenEntriesIsLoose() throws {
    let before = Self.head + "## Log\n\n- 2026-01-01: A.\n\n- undated\n\n- 2026-02-01: B.\n"
    #expect(try log(before) == before + "\n- 2026-11-21: Coffee.\n")
  }

  @Test func aLooseListGetsABlankLineInTheMiddle() throws {
    let before = Self.head + "## Log\n\n- 2026-11-01: A.\n\n- 2026-11-10: B.\n"
    let after =
      Self.head + "## Log\n\n- 2026-11-01: A.\n\n- 2026-11-05: Coffee.\n\n- 2026-11-10: B.\n"
    #expect(try log(before, on: Self.date(2026, 11, 5)) == after)
  }

  @Test func otherContentInTheSectionStaysWhereItIs() throws {
    let before =
      Self.head
      + "## Interactions\n\nWe met through Grace.\n\n- 2026-11-01: A.\n- A note without a date.\n\nClosing words.\n"
    let after =
      Self.head
      + "## Interactions\n\nWe met through Grace.\n\n- 2026-11-01: A.\n- 2026-11-21: Coffee.\n- A note without a date.\n\nClosing words.\n"
    #expect(try log(before) == after)
  }

  // MARK: - Empty and missing sections

  @Test func anEmptySectionAtTheEndGetsTheEntry() throws {
    #expect(
      try log(Self.head + "## Interactions\n") == Self.head
        + "## Interactions\n\n- 2026-11-21: Coffee.\n")
  }

  @Test func anEmptySectionBeforeAnotherHeadingGetsTheEntry() throws {
    let before = Self.head + "# Ada\n\n## Interactions\n## Ideas\n\n- Not a log entry.\n"
    let after =
      Self.head
      + "# Ada\n\n## Interactions\n\n- 2026-11-21: Coffee.\n\n## Ideas\n\n- Not a log entry.\n"
    #expect(try log(before) == after)
  }

  @Test func anEmptySectionFollowedByABlankLineGetsTheEntry() throws {
    let before = Self.head + "## Interactions\n\n## Ideas\n"
    let after = Self.head + "## Interactions\n\n- 2026-11-21: Coffee.\n\n## Ideas\n"
    #expect(try log(before) == after)
  }

  @Test func aSectionWithOnlyTextGetsTheEntryAfterIt() throws {
    let before = Self.head + "## Log\nWe met through Grace.\n"
    let after = Self.head + "## Log\nWe met through Grace.\n\n- 2026-11-21: Coffee.\n"
    #expect(try log(before) == after)
  }

  @Test func withoutASectionInteractionsIsAppended() throws {
    let before = Self.head + "# Ada\n\nSome notes.\n"
    let after = Self.head + "# Ada\n\nSome notes.\n\n## Interactions\n\n- 2026-11-21: Coffee.\n"
    #expect(try log(before) == after)
  }

  @Test func withoutASectionAfterABlankLineNoExtraBlankIsAdded() throws {
    let before = Self.head + "# Ada\n\n"
    #expect(try log(before) == Self.head + "# Ada\n\n## Interactions\n\n- 2026-11-21: Coffee.\n")
  }

  @Test func aHeadingInACodeBlockIsNotTheSection() throws {
    let before = Self.head + "```\n## Interactions\n- 2026-11-01: In code.\n```\n"
    let after =
      Self.head
      + "```\n## Interactions\n- 2026-11-01: In code.\n```\n\n## Interactions\n\n- 2026-11-21: Coffee.\n"
    #expect(try log(before) == after)
  }

  // MARK: - Bytes

  @Test func aCRLFFileGetsCRLFLines() throws {
    let before =
      "---\r\nname: Ada\r\nlast_contact: 2026-11-01\r\n---\r\n## Log\r\n- 2026-11-01: Met.\r\n"
    let after =
      "---\r\nname: Ada\r\nlast_contact: 2026-11-21\r\n---\r\n## Log\r\n- 2026-11-01: Met.\r\n- 2026-11-21: Coffee.\r\n"
    #expect(try log(before) == after)
  }

  @Test func aCRLFFileWithoutASectionGetsCRLFLines() throws {
    let before = "---\r\nlast_contact: 2026-11-21\r\n---\r\n# Ada\r\n"
    let after =
      "---\r\nlast_contact: 2026-11-21\r\n---\r\n# Ada\r\n\r\n## Interactions\r\n\r\n- 2026-11-21: Coffee.\r\n"
    #expect(try log(before) == after)
  }

  @Test func aFileWithoutAFinalNewlineStillHasNone() throws {
    let before = Self.head + "## Log\n- 2026-11-01: Met."
    #expect(try log(before) == Self.head + "## Log\n- 2026-11-01: Met.\n- 2026-11-21: Coffee.")
  }

  @Test func aFileWithoutAFinalNewlineOrSectionStillHasNone() throws {
    #expect(
      try log(Self.head + "# Ada") == Self.head
        + "# Ada\n\n## Interactions\n\n- 2026-11-21: Coffee.")
  }

  @Test func anEntryInTheMiddleOfAFileWithoutAFinalNewline() throws {
    let before = Self.head + "## Log\n- 2026-11-25: Later.\n\nThe end."
    #expect(
      try log(before) == Self.head
        + "## Log\n- 2026-11-21: Coffee.\n- 2026-11-25: Later.\n\nThe end.")
  }

  @Test func aByteOrderMarkCRLFAndNoFinalNewlineAllSurvive() throws {
    let before = "\u{FEFF}---\r\nname: Ada\r\n---\r\n# Ada"
    let edit = try plan(before)
    #expect(edit.result.hasByteOrderMark)
    #expect(edit.result.bytes.starts(with: [0xEF, 0xBB, 0xBF, UInt8(ascii: "-")]))
    #expect(
      String(decoding: edit.result.bytes, as: UTF8.self)
        == "\u{FEFF}---\r\nname: Ada\r\nlast_contact: 2026-11-21\r\n---\r\n# Ada\r\n\r\n## Interactions\r\n\r\n- 2026-11-21: Coffee."
    )
  }

  @Test func theOriginalIsLeftAsItWas() throws {
    let before = Self.head + "## Log\n- 2026-11-01: A.\n"
    let edit = try plan(before)
    #expect(edit.original == TextDocument(text: before))
    #expect(edit.path == "people/ada.md")
  }

  // MARK: - Messages

  @Test func aMultiLineMessageContinuesIndentedByTwoSpaces() throws {
    let result = try log(
      Self.head + "## Log\n- 2026-11-01: A.\n", "Coffee.\nSent the deck.\nShe will call back.")
    #expect(
      result == Self.head
        + "## Log\n- 2026-11-01: A.\n- 2026-11-21: Coffee.\n  Sent the deck.\n  She will call back.\n"
    )
  }

  /// After `-` and a tab, an entry's text starts at column 4: two spaces would leave a
  /// quoted line outside it, and the next entry could land between the two.
  @Test func aMultiLineMessageLinesUpWithTextAfterATab() throws {
    let result = try log(
      Self.head + "## Log\n-\t2026-11-01: A.\n", "Call.\n> quoted reply", on: Self.today)
    #expect(
      result == Self.head + "## Log\n-\t2026-11-01: A.\n-\t2026-11-21: Call.\n    > quoted reply\n")
    let file = ContactFile(path: "ada.md", document: TextDocument(text: result), readLog: true)
    #expect(file.contact.log.last?.lines == 5...6)  // the quote is the entry's
  }

  @Test(arguments: [("a\u{0}b", 0x00, 1), ("red\r\n\u{1B}[31m", 0x1B, 2), ("\u{7F}", 0x7F, 1)])
  func aMessageWithAControlCharacterIsRefused(message: String, code: UInt32, line: Int) {
    #expect {
      try log(Self.head, message)
    } throws: { error in
      guard case FuError.controlCharacterInMessage(let scalar, let at) = error else { return false }
      return scalar.value == code && at == line
    }
    #expect((try? log(Self.head, "tab\there\r\nand a line")) != nil)
  }

  @Test func aMessageMarkdownReadsAsAHeadingIsBlamedNotTheFile() {
    #expect {
      try log(Self.head + "## Log\n- 2026-11-01: A.\n", "Line one\n---\nline three")
    } throws: { error in
      guard case FuError.cannotEdit(let diagnostic) = error else { return false }
      return diagnostic.message.hasPrefix("the message cannot be a log entry as it is")
    }
  }

  @Test func aMultiLineMessageInACRLFFileUsesCRLF() throws {
    let before = "---\r\nlast_contact: 2026-11-21\r\n---\r\n## Log\r\n- 2026-11-01: A.\r\n"
    let result = try log(before, "Coffee.\nSent the deck.")
    #expect(result == before + "- 2026-11-21: Coffee.\r\n  Sent the deck.\r\n")
  }

  @Test func aMessageWithCRLFLineBreaksUsesTheFilesLineEnding() throws {
    let result = try log(Self.head + "## Log\n", "Coffee.\r\nSent the deck.\r\n")
    #expect(result == Self.head + "## Log\n\n- 2026-11-21: Coffee.\n  Sent the deck.\n")
  }

  @Test func surroundingBlankLinesOfAMessageAreDropped() throws {
    let result = try log(Self.head + "## Log\n", "\n  Coffee.  \n\n")
    #expect(result == Self.head + "## Log\n\n- 2026-11-21: Coffee.\n")
  }

  @Test func theNewEntryReadsBack() throws {
    let edit = try plan(Self.head + "## Log\n- 2026-11-01: A.\n", "Coffee.\nSent the deck.")
    let reread = ContactFile(path: "people/ada.md", document: edit.result, readLog: true)
    #expect(reread.contact.log.map(\.text) == ["A.", "Coffee. Sent the deck."])
    #expect(reread.contact.log.last?.date == Self.today)
  }

  // MARK: - Refusals

  @Test func aFileWithConflictMarkersIsNeverWritten() {
    let text =
      Self.head
      + "## Log\n<<<<<<< HEAD\n- 2026-11-01: A.\n=======\n- 2026-11-01: B.\n>>>>>>> theirs\n"
    #expect {
      try plan(text)
    } throws: { error in
      guard case FuError.refusedWrite(let diagnostic) = error else { return false }
      return diagnostic.path == "people/ada.md" && diagnostic.line == 5
    }
  }

  @Test func aFileWhoseFrontMatterDoesNotParseIsNeverWritten() {
    let text = "---\nname: Ada\nnotes: \"never closed\n---\n## Log\n"
    #expect {
      try plan(text)
    } throws: { error in
      guard case FuError.refusedWrite(let diagnostic) = error else { return false }
      return diagnostic.path == "people/ada.md" && diagnostic.line == 3
    }
  }

  @Test func aFrontMatterThatIsNotAMappingIsNeverWritten() {
    #expect {
      try plan("---\n- Ada\n---\n## Log\n")
    } throws: { error in
      guard case FuError.refusedWrite(let diagnostic) = error else { return false }
      return diagnostic.line == 2
    }
  }

  // MARK: - Found in review

  @Test func theEntryTakesItsNeighboursListMarker() throws {
    let stars = Self.head + "## Log\n\n  * 2026-01-01: one\n  * 2026-02-01: two\n"
    #expect(try log(stars) == stars + "  * 2026-11-21: Coffee.\n")
    let numbered = Self.head + "## Log\n1. 2026-01-01: one\n2. 2026-12-01: planned\n"
    #expect(
      try log(numbered)
        == Self.head
        + "## Log\n1. 2026-01-01: one\n1. 2026-11-21: Coffee.\n2. 2026-12-01: planned\n")
  }

  @Test func aSetextLogHeadingOwnsTheListRightUnderIt() throws {
    let before = Self.head + "Log\n---\n- 2026-10-01: newest\n- 2026-01-01: old\n"
    #expect(
      try log(before)
        == Self.head + "Log\n---\n- 2026-11-21: Coffee.\n- 2026-10-01: newest\n- 2026-01-01: old\n")
  }

  @Test func aLoneCarriageReturnIsALineBreakForLineNumbers() throws {
    // cmark breaks lines at a lone CR; counting it keeps the entry in the log section.
    let before = Self.head + "x\ry\rz\n\n## Log\n- 2026-01-01: a\n\n## Notes\nfoo\nbar\n"
    #expect(
      try log(before)
        == Self.head
        + "x\ry\rz\n\n## Log\n- 2026-01-01: a\n- 2026-11-21: Coffee.\n\n## Notes\nfoo\nbar\n")
  }

  @Test func newLinesTakeTheEndingOfTheLineBeforeThem() throws {
    let before = "---\nlast_contact: 2026-11-21\n---\r\n## Log\r\n- 2026-01-01: a\r\n"
    #expect(try log(before) == before + "- 2026-11-21: Coffee.\r\n")
  }

  @Test(arguments: [
    "---\n{name: X, cadence: 2w}\n---\n", "---\n  name: Y\n  cadence: 2w\n---\n", "---\n{}\n---\n",
  ])
  func aFlowOrIndentedFrontMatterIsNotGivenNewKeys(_ text: String) {
    #expect {
      try log(text)
    } throws: { error in
      guard case FuError.cannotEdit(let diagnostic) = error else { return false }
      return diagnostic.line == 2 && diagnostic.message.contains("not plain `key: value` lines")
    }
  }

  @Test func aKeyLineIsEditedOnlyWhenItHoldsThatKey() {
    // An explicit key (`? key` then `: value`): the key's line is not a `key: value` line.
    let text = "---\n? last_contact\n: 2026-01-01\nmet: 2026-01-01\n---\n"
    #expect(throws: FuError.self) { try log(text) }
  }
}

/// A hand-written file's style is kept: the new entry takes its neighbours' separator, a new
/// key the spelling of the file's other keys.
@Suite struct LogPlannerStyleTests {
  private func log(_ text: String, _ message: String, cadence: Bool = false) throws -> String {
    let file = ContactFile(path: "sam.md", document: TextDocument(text: text), readLog: true)
    let request = LogRequest(date: day(2026, 11, 17), message: message)
    return String(decoding: try LogPlanner.plan(file, request).result.bytes, as: UTF8.self)
  }

  @Test(arguments: [
    ("* 2026-11-02 — Sent it\n", "* 2026-11-17 — Call\n"),
    ("- 2026-11-02 - Sent it\n", "- 2026-11-17 - Call\n"),
    ("- 2026-11-02: Sent it\n", "- 2026-11-17: Call\n"),
    ("- 2026-11-02 —   Sent it\n", "- 2026-11-17 — Call\n"),
  ])
  func theNewEntryTakesItsNeighboursSeparator(_ entry: String, _ expected: String) throws {
    let text = "---\nlast_contact: 2026-11-02\n---\n## Log\n\n" + entry
    let result = try log(text, "Call")
    #expect(result.hasSuffix(entry + expected), "\(result)")
  }

  @Test func anEntryWithNoTextKeepsTheColon() throws {
    // `2026-11-17 —` with nothing after the dash would not read back as an entry.
    let text = "---\nlast_contact: 2026-11-02\n---\n## Log\n\n- 2026-11-02 — Sent it\n"
    #expect(try log(text, "").hasSuffix("- 2026-11-02 — Sent it\n- 2026-11-17:\n"))
  }

  @Test(arguments: [
    ("Last-Contact", "Next-Follow-Up"), ("last contact", "next follow up"),
    ("LAST_CONTACT", "NEXT_FOLLOW_UP"), ("Last-contact", "Next-follow-up"),
    ("last_contact", "next_follow_up"),
  ])
  func aNewKeyIsSpelledAsTheFilesOtherKeys(_ last: String, _ next: String) throws {
    let text = "---\nname: Sam\n\(last): 2026-11-02\ncadence: 2w\n---\n"
    let result = try log(text, "Call")
    #expect(result.contains("\(last): 2026-11-17\ncadence: 2w\n\(next): 2026-12-01\n---\n"), "\(result)")
  }

  @Test func withNoKeyOfSeveralWordsTheCanonicalSpellingIsUsed() throws {
    let text = "---\nName: Sam\nCadence: 2w\n---\n"
    let result = try log(text, "Call")
    #expect(result.contains("last_contact: 2026-11-17\nnext_follow_up: 2026-12-01\n"), "\(result)")
  }
}
