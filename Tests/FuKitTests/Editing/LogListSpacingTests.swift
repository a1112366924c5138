import Testing

@testable import FuKit

/// An entry must not change how the rest of the log renders (issue 25, item 12a): a tight
/// list whose last item holds a blank line and then only a link reference definition
/// stays tight until an item follows it, when cmark makes the whole list loose.
@Suite struct LogListSpacingTests {
  static let text = "---\nname: Ada\n---\n## Log\n\n- 2026-01-02: first\n\n  [a]: /u\n"

  private func plan(_ text: String, on day: Int) throws(FuError) -> ContactEdit {
    let file = ContactFile(path: "ada.md", document: TextDocument(text: text), readLog: true)
    let date =
      CalendarDate(year: 2026, month: 1, day: day) ?? CalendarDate(year: 2026, month: 1, day: 1)!
    return try LogPlanner.plan(file, LogRequest(date: date, message: "Coffee."))
  }

  @Test func anEntryAfterALinkReferenceDefinitionIsRefused() throws {
    #expect {
      try plan(Self.text, on: 3)
    } throws: { error in
      guard case FuError.cannotEdit(let diagnostic) = error else { return false }
      return diagnostic.path == "ada.md"
        && diagnostic.message.hasPrefix(
          "fu cannot add this entry without changing how the log renders")
    }
  }

  @Test func anEntryBeforeItKeepsTheListTightAndIsWritten() throws {
    let edit = try plan(Self.text, on: 1)
    #expect(
      String(decoding: edit.result.bytes, as: UTF8.self)
        == "---\nname: Ada\nlast_contact: 2026-01-01\n---\n## Log\n\n- 2026-01-01: Coffee.\n- 2026-01-02: first\n\n  [a]: /u\n"
    )
  }

  @Test func theListsSpacingIsReadAsCmarkRendersIt() {
    func tight(_ body: String) -> [Bool] {
      MarkdownOutline(document: TextDocument(text: body), from: 0).items.map(\.isInTightList)
    }
    #expect(tight("- a\n\n  [a]: /u\n") == [true])
    #expect(tight("- a\n\n  [a]: /u\n- b\n") == [false, false])
    #expect(tight("- a\n\n- b\n") == [false, false])
    #expect(tight("- a\n- b\n") == [true, true])
  }

  @Test func aLooseLogTakesItsEntryWithABlankLine() throws {
    let loose = "---\nname: Ada\n---\n## Log\n\n- 2026-01-01: a\n\n- 2026-01-02: b\n"
    let edit = try plan(loose, on: 3)
    #expect(
      String(decoding: edit.result.bytes, as: UTF8.self).hasSuffix(
        "- 2026-01-02: b\n\n- 2026-01-03: Coffee.\n"))
  }
}
