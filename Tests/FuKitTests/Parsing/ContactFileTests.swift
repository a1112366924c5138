import Testing

@testable import FuKit

/// Reading a contact file: the known keys, the problems a file can have, open tasks and the
/// interaction log.
@Suite struct ContactFileTests {
  private func read(_ text: String, path: String = "people/ada-lovelace.md", readLog: Bool = true)
    -> ContactFile
  {
    ContactFile(path: path, document: TextDocument(text: text), readLog: readLog)
  }

  private func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
    CalendarDate(year: year, month: month, day: day)!
  }

  // MARK: - Known keys

  @Test(arguments: [
    "# Ada\n", "---\nemail: ada@example.org\n---\n", "---\nname:\n---\n",
    "---\nname: \"  \"\n---\n",
  ])
  func theNameDefaultsToTheFileStem(_ text: String) {
    let file = read(text)
    #expect(file.contact.name == "ada-lovelace")
    #expect(file.contact.path == "people/ada-lovelace.md")
  }

  @Test(arguments: [
    ("\n---\nname: Pat\ncadence: 1w\n---\n## Interactions\n", 2, "front matter must open"),
    ("+++\nname = \"Pat\"\n[links]\n+++\n", 1, "TOML front matter"),
    ("\u{FEFF}\u{FEFF}---\nname: Pat\n---\n", 1, "a second byte-order mark"),
    ("\n\n---\r\nname: Pat\r\n# a comment\r\ntags:\r\n  - a\r\n...\r\n", 3, "front matter must"),
    (
      "\n---\nLast contact: 2026-01-01\n\"name\": Ada\ndc.title: x\n2fa: no\ntags:\n-\n---\n", 2,
      "front"
    ),
  ])
  func frontMatterOutOfPlaceIsReportedAndNeverWritten(_ text: String, line: Int, fix: String) {
    let file = read(text)
    #expect(file.frontMatter == .none && file.contact.name == "ada-lovelace")
    #expect(file.misplacedFrontMatter?.line == line)
    #expect(file.misplacedFrontMatter?.fix.hasPrefix(fix) == true)
    #expect(file.diagnostics.map(\.line) == [line])
    #expect(file.refusalReason?.line == line)
  }

  @Test(arguments: [
    "\n---\n\nA rule, then notes.\n\n---\n", "# Ada\n\n---\nname: Pat\n---\n", "\n---\nname: Pat\n",
    "\n---\nMet at PyCon: great talk on parsers.\n---\n\n## Log\n",
    "\n---\nname: Pat\nWe met at a party.\n---\n",
  ])
  func aRuleOrAHeadingFirstIsNotFrontMatterOutOfPlace(_ text: String) {
    let file = read(text)
    #expect(file.misplacedFrontMatter == nil && file.refusalReason == nil)
  }

  @Test func theNameComesFromTheFrontMatter() {
    #expect(read("---\nname: Ada Lovelace\n---\n").contact.name == "Ada Lovelace")
    #expect(read("---\nName: \"Ada, Countess\"\n---\n").contact.name == "Ada, Countess")
  }

  @Test(arguments: [
    ("aliases: [Ada, The Countess]", ["Ada", "The Countess"]),
    ("aliases:\n  - Ada\n  - Countess of Lovelace", ["Ada", "Countess of Lovelace"]),
    ("aliases: Ada", ["Ada"]),
    ("aliases:", []),
  ])
  func aliases(_ yaml: String, _ aliases: [String]) {
    let file = read("---\n\(yaml)\n---\n")
    #expect(file.contact.aliases == aliases)
    #expect(file.diagnostics.isEmpty)
  }

  @Test(arguments: [
    ("tags: [work, \"#friend\"]", ["work", "friend"]),
    ("tags:\n  - \"#client\"\n  - paris", ["client", "paris"]),
    ("tags: \"#client, #paris\"", ["client", "paris"]),
    ("tags: work, friend", ["work", "friend"]),
    ("tags: work", ["work"]),
    ("tags:", []),
  ])
  func tags(_ yaml: String, _ tags: [String]) {
    #expect(read("---\n\(yaml)\n---\n").contact.tags == tags)
  }

  @Test func datesCadenceAndNotes() {
    let file = read(
      """
      ---
      Next Follow-Up: 2026-12-01
      last-contact: "2026-11-02 14:30"
      cadence: 2w
      notes: Ask about the engine
      ---

      """)
    #expect(file.contact.nextFollowUp == date(2026, 12, 1))
    #expect(file.contact.lastContact == date(2026, 11, 2))
    #expect(file.contact.cadence == Cadence(count: 2, unit: .week))
    #expect(file.contact.notes == "Ask about the engine")
    #expect(file.diagnostics.isEmpty)
  }

  @Test(arguments: ["next_follow_up:", "next_follow_up: ~", "next_follow_up: ''"])
  func anEmptyDateIsUnsetWithoutAWarning(_ yaml: String) {
    let file = read("---\n\(yaml)\n---\n")
    #expect(file.contact.nextFollowUp == nil)
    #expect(file.diagnostics.isEmpty)
  }

  @Test(arguments: [
    ("next_follow_up", "2026-02-30"),
    ("next_follow_up", "next week"),
    ("last_contact", "2026-13-01"),
    ("Last Contact", "\"2026-02-30\""),
  ])
  func anInvalidDateIsAWarningOnItsLineAndLeavesTheKeyUnset(_ key: String, _ value: String) throws {
    // File lines: 1 `---`, 2 name, 3 the bad date, 4 `---`.
    let file = read("---\nname: Ada\n\(key): \(value)\n---\n")
    #expect(file.contact.nextFollowUp == nil)
    #expect(file.contact.lastContact == nil)
    let diagnostic = try #require(file.diagnostics.first)
    #expect(file.diagnostics.count == 1)
    #expect(diagnostic.path == "people/ada-lovelace.md")
    #expect(diagnostic.line == 3)
    #expect(diagnostic.message.contains(key))
  }

  /// A key written twice in different spellings: the first counts, the second is a
  /// warning on its line, whether the front matter is short or long (looked up otherwise).
  @Test(arguments: [0, 20])
  func aRepeatedKeyKeepsTheFirstAndWarns(_ others: Int) throws {
    let filler = (0..<others).map { "extra\($0): x\n" }.joined()
    let file = read(
      "---\nname: Ada\n\(filler)Next Follow-Up: 2026-12-01\nnext_follow_up: 2026-12-09\n---\n")
    #expect(file.contact.nextFollowUp == CalendarDate(year: 2026, month: 12, day: 1))
    let diagnostic = try #require(file.diagnostics.first)
    #expect(file.diagnostics.count == 1)
    #expect(diagnostic.line == 4 + others)
    #expect(diagnostic.message.contains("repeats `Next Follow-Up` from line \(3 + others)"))
  }

  @Test func anUnknownCadenceIsAWarningOnItsLine() throws {
    let file = read("---\nname: Ada\nlast_contact: 2026-11-02\ncadence: often\n---\n")
    #expect(file.contact.cadence == nil)
    let diagnostic = try #require(file.diagnostics.first)
    #expect(file.diagnostics.count == 1)
    #expect(diagnostic.line == 4)
    #expect(diagnostic.message.contains("often"))
  }

  @Test func keysThatNormaliseAlikeAreAWarningOnTheRepeat() throws {
    let file = read("---\nnext_follow_up: 2026-12-01\nname: Ada\nNext Follow-Up: 2027-01-01\n---\n")
    let diagnostic = try #require(file.diagnostics.first)
    #expect(file.diagnostics.count == 1)
    #expect(diagnostic.line == 4)
    #expect(diagnostic.message.contains("Next Follow-Up"))
    #expect(file.contact.nextFollowUp == date(2026, 12, 1))
  }

  @Test func otherKeysAreTheUsersAndQuiet() {
    let file = read(
      "---\nname: Ada\nemail: ada@example.org\nphones: [1, 2]\naddress:\n  city: London\n---\n")
    #expect(file.diagnostics.isEmpty)
    #expect(file.contact.name == "Ada")
  }

  // MARK: - Broken files

  @Test func anUnclosedFrontMatterIsAWarningAndReadAsNone() throws {
    let file = read("---\nname: Ada\n# Ada\n")
    #expect(file.frontMatter == .unclosed)
    #expect(file.contact.name == "ada-lovelace")
    let diagnostic = try #require(file.diagnostics.first)
    #expect(diagnostic.line == 1)
    #expect(file.refusalReason?.line == 1)
  }

  @Test func invalidYAMLIsADiagnosticAndARefusal() throws {
    let file = read("---\nname: Ada\nnotes: 'open\n---\n")
    #expect(file.diagnostics.map(\.line) == [3])
    let refusal = try #require(file.refusalReason)
    #expect(refusal.line == 3)
    #expect(refusal.path == "people/ada-lovelace.md")
  }

  @Test func conflictMarkersAreFoundAndRefused() throws {
    let file = read(
      """
      ---
      name: Ada
      ---
      ## Interactions
      <<<<<<< HEAD
      - 2026-11-20: Call.
      =======
      - 2026-11-20: Lunch.
      >>>>>>> other

      """)
    #expect(file.conflictLine == 5)
    #expect(file.diagnostics.map(\.line) == [5])
    let refusal = try #require(file.refusalReason)
    #expect(refusal.line == 5)
  }

  @Test func aConflictInTheFrontMatterIsReportedOnce() {
    let file = read("---\n<<<<<<< HEAD\nname: Ada\n=======\nname: Grace\n>>>>>>> theirs\n---\n")
    #expect(file.conflictLine == 2)
    #expect(file.diagnostics.map(\.line) == [2])
  }

  @Test(arguments: ["<<<<<<<<\n", "text <<<<<<< HEAD\n", "=======\n", "<<<<<<<x\n"])
  func lookalikesAreNotConflictMarkers(_ body: String) {
    let file = read("---\nname: Ada\n---\n" + body)
    #expect(file.conflictLine == nil)
    #expect(file.refusalReason == nil)
  }

  @Test func aConflictMarkerWithCRLFIsFound() {
    #expect(read("# Ada\r\n<<<<<<<\r\nA\r\n>>>>>>>\r\n").conflictLine == 2)
  }

  // MARK: - Tasks

  @Test func openTasksWithADateAreRead() {
    let file = read(
      """
      ---
      name: Ada
      ---
      # Ada

      - [ ] Send the deck 📅 2026-12-01
      - [ ] due:2026-12-05 Book the table
      - [x] Done already 📅 2026-11-01
      - [X] Also done due:2026-11-02
      - [ ] Someday, no date
      - plain item 📅 2026-11-03

      ```
      - [ ] In a code block 📅 2026-11-04
      ```
      """, readLog: false)
    #expect(
      file.contact.tasks == [
        FollowUpTask(text: "Send the deck", due: date(2026, 12, 1), line: 6),
        FollowUpTask(text: "Book the table", due: date(2026, 12, 5), line: 7),
      ])
    #expect(file.diagnostics.isEmpty)
  }

  @Test func aTaskInsideAnIndentedCodeBlockIsIgnored() {
    let file = read("# Ada\n\n    - [ ] code 📅 2026-11-04\n")
    #expect(file.contact.tasks.isEmpty)
  }

  @Test func aNestedTaskIsRead() {
    let file = read("# Ada\n\n- Projects\n  - [ ] Review the notes 📅 2026-12-02\n", readLog: false)
    #expect(
      file.contact.tasks == [
        FollowUpTask(text: "Review the notes", due: date(2026, 12, 2), line: 4)
      ])
  }

  @Test func aTaskWithADayThatDoesNotExistIsAWarning() {
    let file = read("# Ada\n- [ ] Call 📅 2026-02-30\n", readLog: false)
    #expect(file.contact.tasks.isEmpty)
    #expect(file.diagnostics.map(\.line) == [2])
  }

  @Test func tasksAreReadInACRLFFileAfterFrontMatter() {
    let file = read(
      "\u{FEFF}---\r\nname: Ada\r\n---\r\n- [ ] Call back 📅 2026-12-01\r\n", readLog: false)
    #expect(
      file.contact.tasks == [FollowUpTask(text: "Call back", due: date(2026, 12, 1), line: 4)])
  }

  // MARK: - The log section

  @Test(arguments: [
    "## Interactions", "# interactions", "### Log", "#### HISTORY", "## History ##", "Log\n---",
  ])
  func theLogSectionIsUnderAnyHeadingLevelNamedForIt(_ heading: String) throws {
    let file = read("---\nname: Ada\n---\n# Ada\n\n\(heading)\n\n- 2026-11-01: Coffee.\n")
    let section = try #require(file.logSection)
    #expect(section.heading.lowerBound == 5)
    #expect(file.contact.log.map(\.date) == [date(2026, 11, 1)])
    #expect(file.contact.log.map(\.text) == ["Coffee."])
  }

  @Test func theFirstMatchingHeadingWins() throws {
    let file = read("## History\n- 2026-01-01: First.\n\n## Log\n- 2026-02-01: Second.\n")
    let section = try #require(file.logSection)
    #expect(section.heading == 0...0)
    #expect(file.contact.log.map(\.text) == ["First."])
  }

  @Test func otherHeadingsAreNotTheLog() {
    let file = read(
      "## Interaction notes\n- 2026-01-01: Not a log.\n## Logs\n- 2026-01-02: Nor this.\n")
    #expect(file.logSection == nil)
    #expect(file.contact.log.isEmpty)
  }

  @Test func aHeadingInsideAFencedCodeBlockIsNotTheSection() throws {
    let file = read(
      """
      # Ada

      ```markdown
      ## Interactions
      - 2026-01-01: Inside the fence.
      ```

      ## Log

      - 2026-02-01: The real one.

      """)
    let section = try #require(file.logSection)
    #expect(section.heading == 7...7)
    #expect(file.contact.log.map(\.text) == ["The real one."])
  }

  @Test func aHeadingInsideABlockquoteIsNotTheSection() {
    let file = read("# Ada\n\n> ## Interactions\n> - 2026-01-01: Quoted.\n")
    #expect(file.logSection == nil)
    #expect(file.contact.log.isEmpty)
  }

  @Test func theSectionEndsAtTheNextHeadingOfTheSameOrHigherLevel() throws {
    let file = read(
      """
      ## Interactions
      - 2026-11-01: One.
      ### Details
      - 2026-11-02: Two, in a subsection.
      ## Other
      - 2026-11-03: Outside.

      """)
    let section = try #require(file.logSection)
    #expect(section.body == 1..<4)
    #expect(file.contact.log.map(\.text) == ["One.", "Two, in a subsection."])
  }

  @Test func entriesTakeAColonADashOrAnEmDash() throws {
    let file = read(
      """
      ## Interactions

      - 2026-11-01: Coffee; sent the deck
      - 2026-11-02 - Phone call
      - 2026-11-03 — Lunch at the club
      - Met someone, no date
      - 2026-11-04 no separator
      - 2026-11-05-typo: nope

      A paragraph 2026-11-06: not an item.

      """)
    #expect(
      file.contact.log.map(\.date) == [date(2026, 11, 1), date(2026, 11, 2), date(2026, 11, 3)])
    #expect(
      file.contact.log.map(\.text) == ["Coffee; sent the deck", "Phone call", "Lunch at the club"])
    #expect(file.contact.log.map(\.lines) == [2...2, 3...3, 4...4])
  }

  @Test func anEntryMaySpanSeveralLines() throws {
    let file = read("## Log\n- 2026-11-01: Coffee,\n  then a walk.\n- 2026-11-02: Call.\n")
    #expect(file.contact.log.map(\.text) == ["Coffee, then a walk.", "Call."])
    #expect(file.contact.log.map(\.lines) == [1...2, 3...3])
  }

  @Test func anEntryWithADayThatDoesNotExistIsAWarning() {
    let file = read("## Log\n- 2026-11-01: Fine.\n- 2026-02-30: Nope.\n")
    #expect(file.contact.log.map(\.text) == ["Fine."])
    #expect(file.diagnostics.map(\.line) == [3])
  }

  @Test(arguments: [
    (["2026-11-03", "2026-11-02", "2026-11-01"], true),
    (["2026-11-03", "2026-11-03", "2026-10-01"], true),
    (["2026-11-01", "2026-11-02", "2026-11-03"], false),
    (["2026-11-01", "2026-11-01"], false),
    (["2026-11-01"], false),
    ([], false),
  ])
  func newestFirstIsDetectedFromTheEntries(_ dates: [String], _ newestFirst: Bool) throws {
    let items = dates.map { "- \($0): Entry.\n" }.joined()
    let file = read("## Interactions\n\n" + items)
    let section = try #require(file.logSection)
    #expect(section.entries.count == dates.count)
    #expect(section.isNewestFirst == newestFirst)
  }

  @Test func theLogIsReadOnlyWhenAsked() {
    let file = read("## Interactions\n- 2026-11-01: Coffee.\n", readLog: false)
    #expect(file.logSection == nil)
    #expect(file.contact.log.isEmpty)
  }

  // MARK: - Found in the second review

  @Test func listTagsKeepTheirSpaces() {
    let file = read("---\ntags: [\"new york\", \"#nyc\"]\n---\n")
    #expect(file.contact.tags == ["new york", "nyc"])
    #expect(read("---\ntags: \"#a, #b c\"\n---\n").contact.tags == ["a", "b", "c"])
  }

  @Test func dueMarkersStandAloneAndMayCarryATime() {
    let file = read("- [ ] Ping overdue:2026-11-24\n- [ ] Call due:2026-11-28T10:00\n")
    #expect(file.contact.tasks.map(\.text) == ["Call"])
    #expect(file.contact.tasks.map(\.due) == [date(2026, 11, 28)])
  }
}
