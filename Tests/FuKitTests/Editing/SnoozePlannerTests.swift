import Testing

@testable import FuKit

/// What `fu snooze` writes: the `next_follow_up` line and nothing else, byte for byte.
@Suite struct SnoozePlannerTests {
  static let target = CalendarDate(year: 2026, month: 12, day: 5)!
  static let path = "people/ada.md"

  private func plan(_ text: String, to day: CalendarDate = target) throws(FuError) -> ContactEdit {
    let file = ContactFile(path: Self.path, document: TextDocument(text: text))
    return try SnoozePlanner.plan(file, to: .on(day))
  }

  /// The planned text, after checking that reading it back gives the new date.
  private func snooze(_ text: String) throws -> String {
    let edit = try plan(text)
    let reread = ContactFile(path: Self.path, document: edit.result)
    #expect(reread.contact.nextFollowUp == Self.target)
    #expect(reread.diagnostics.isEmpty)
    #expect(edit.nextFollowUp == Self.target)
    return edit.result.text
  }

  // MARK: - Changing the line in place

  @Test(arguments: [
    ("next_follow_up: 2026-11-01", "next_follow_up: 2026-12-05"),
    ("Next Follow-Up: 2026-11-01", "Next Follow-Up: 2026-12-05"),
    ("next-follow-up: 2026-11-01", "next-follow-up: 2026-12-05"),
    ("next_follow_up: \"2026-11-01\"", "next_follow_up: \"2026-12-05\""),
    ("next_follow_up: '2026-11-01'", "next_follow_up: '2026-12-05'"),
    ("next_follow_up: 2026-11-01  # after trip", "next_follow_up: 2026-12-05  # after trip"),
    ("next_follow_up: '2026-11-01' # quoted", "next_follow_up: '2026-12-05' # quoted"),
    ("next_follow_up:    2026-11-01", "next_follow_up:    2026-12-05"),
    ("next_follow_up:", "next_follow_up: 2026-12-05"),
    ("next_follow_up: ~", "next_follow_up: 2026-12-05"),
    ("next_follow_up: null # none yet", "next_follow_up: 2026-12-05 # none yet"),
    ("next_follow_up: someday", "next_follow_up: 2026-12-05"),
    ("\"next_follow_up\": 2026-11-01", "\"next_follow_up\": 2026-12-05"),
  ])
  func onlyTheKeysLineChanges(_ before: String, _ after: String) throws {
    let head = "---\nname: Ada\ncadence: 2w\n"
    let tail = "last_contact: 2026-10-01\n---\n# Ada\n\n- [ ] call 📅 2026-11-30\n"
    #expect(try snooze(head + before + "\n" + tail) == head + after + "\n" + tail)
  }

  @Test func theEditIsOneLineReplacement() throws {
    let text = "---\nname: Ada\nnext_follow_up: 2026-11-01\n---\n"
    let edit = try plan(text)
    #expect(edit.edits == [LineEdit(range: 2..<3, replacement: ["next_follow_up: 2026-12-05\n"])])
    #expect(edit.original == TextDocument(text: text))
    #expect(edit.path == Self.path)
    #expect(edit.followUp == FollowUp(due: Self.target, source: .nextFollowUp))
  }

  // MARK: - Adding the key

  @Test func aMissingKeyIsAddedBeforeTheClosingLine() throws {
    let before = "---\nname: Ada\ncadence: 2w\n---\n# Ada\n"
    #expect(
      try snooze(before) == "---\nname: Ada\ncadence: 2w\nnext_follow_up: 2026-12-05\n---\n# Ada\n")
  }

  @Test func anEmptyFrontMatterGetsTheKey() throws {
    #expect(try snooze("---\n---\nBody.\n") == "---\nnext_follow_up: 2026-12-05\n---\nBody.\n")
  }

  @Test func aFileWithoutFrontMatterGetsOneAtTheTop() throws {
    #expect(
      try snooze("# Ada\n\nMet at the conference.\n")
        == "---\nnext_follow_up: 2026-12-05\n---\n# Ada\n\nMet at the conference.\n")
  }

  @Test func anEmptyFileGetsAFrontMatter() throws {
    #expect(try snooze("") == "---\nnext_follow_up: 2026-12-05\n---\n")
  }

  // MARK: - Bytes

  @Test func aCRLFFileKeepsCRLF() throws {
    let before = "---\r\nname: Ada\r\nnext_follow_up: 2026-11-01\r\n---\r\n# Ada\r\n"
    let after = "---\r\nname: Ada\r\nnext_follow_up: 2026-12-05\r\n---\r\n# Ada\r\n"
    #expect(Array(try snooze(before).utf8) == Array(after.utf8))
  }

  @Test func aCRLFFileGetsTheAddedKeyWithCRLF() throws {
    let before = "---\r\nname: Ada\r\n---\r\n# Ada\r\n"
    let after = "---\r\nname: Ada\r\nnext_follow_up: 2026-12-05\r\n---\r\n# Ada\r\n"
    #expect(Array(try snooze(before).utf8) == Array(after.utf8))
  }

  @Test func aCRLFFileWithoutFrontMatterGetsCRLFFences() throws {
    let after = "---\r\nnext_follow_up: 2026-12-05\r\n---\r\n# Ada\r\n"
    #expect(Array(try snooze("# Ada\r\n").utf8) == Array(after.utf8))
  }

  @Test(arguments: [
    ("---\nnext_follow_up: 2026-11-01\n---\n# Ada", "---\nnext_follow_up: 2026-12-05\n---\n# Ada"),
    ("---\nname: Ada\n---", "---\nname: Ada\nnext_follow_up: 2026-12-05\n---"),
    ("---\nnext_follow_up: 2026-11-01\n---", "---\nnext_follow_up: 2026-12-05\n---"),
    ("# Ada", "---\nnext_follow_up: 2026-12-05\n---\n# Ada"),
  ])
  func aMissingFinalNewlineStaysMissing(_ before: String, _ after: String) throws {
    #expect(try snooze(before) == after)
  }

  @Test func aByteOrderMarkSurvives() throws {
    let edit = try plan("\u{FEFF}---\nnext_follow_up: 2026-11-01\n---\n")
    let after = "---\nnext_follow_up: 2026-12-05\n---\n"
    #expect(edit.result.bytes == [0xEF, 0xBB, 0xBF] + Array(after.utf8))
  }

  // MARK: - Nothing to do

  @Test(arguments: [
    "---\nnext_follow_up: 2026-12-05\n---\n",
    "---\nNext Follow-Up: \"2026-12-05\"  # set\n---\n# Ada",
  ])
  func theSameDateIsNoEdit(_ text: String) throws {
    let edit = try plan(text)
    #expect(edit.edits.isEmpty)
    #expect(edit.result == TextDocument(text: text))
    #expect(edit.nextFollowUp == Self.target)
  }

  // MARK: - Refusals

  @Test(arguments: [
    ("---\nnext_follow_up: 2026-11-01\n---\n<<<<<<< HEAD\nA\n=======\nB\n>>>>>>> theirs\n", 4),
    ("---\nname: Ada\nnotes: \"never closed\nnext_follow_up: 2026-11-01\n---\n", 3),
    ("---\n- Ada\n---\n", 2),
    ("---\nname: Ada\nnext_follow_up: 2026-11-01\n# Ada\n", 1),
  ])
  func aFileFuMustNotWriteIsRefused(_ text: String, _ line: Int) {
    #expect {
      try plan(text)
    } throws: { error in
      guard case FuError.refusedWrite(let diagnostic) = error else { return false }
      return diagnostic.path == Self.path && diagnostic.line == line
    }
  }

  @Test(arguments: ["---\n{name: Ada}\n---\n", "---\n  name: Ada\n  cadence: 2w\n---\n"])
  func aFrontMatterThatIsNotPlainLinesGetsNoNewKey(_ text: String) {
    #expect {
      try plan(text)
    } throws: { error in
      guard case FuError.cannotEdit(let diagnostic) = error else { return false }
      return diagnostic.path == Self.path && diagnostic.line == 2
    }
  }

  @Test(arguments: [
    "---\nname: Ada\nnext_follow_up: |\n  2026-11-01\n---\n",
    "---\nname: Ada\nnext_follow_up: >-\n  2026-11-01\n---\n",
    "---\nname: Ada\nnext_follow_up: 2026-11-01\n  2026-11-02\n---\n",
    "---\nname: Ada\nnext_follow_up:\n  - 2026-11-01\n---\n",
    "---\nname: Ada\nnext_follow_up: [2026-11-01]\n---\n",
    "---\nname: Ada\nnext_follow_up:\n  when: 2026-11-01\n---\n",
  ])
  func aValueOverSeveralLinesOrNotAScalarCannotBeEdited(_ text: String) {
    #expect {
      try plan(text)
    } throws: { error in
      guard case FuError.cannotEdit(let diagnostic) = error else { return false }
      return diagnostic.path == Self.path && diagnostic.line == 3
    }
  }
}
