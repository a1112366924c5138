import Testing

@testable import FuKit

/// Four front matters the YAML spec calls invalid and libyaml (so Yams, PyYAML's C loader,
/// Ruby's Psych) accepts (issue 25, item 12b). fu reads them as libyaml does and writes
/// them: its edits never touch those lines, the read-back check proves fu still reads
/// every other key as before, and refusing them would stop `fu log` on files that every
/// libyaml-based tool reads, for no byte fu could make worse.
@Suite struct LenientYAMLTests {
  static let cases: [(String, FrontMatter.Value)] = [
    // No space between a quoted scalar and its comment.
    ("key: \"value\"# invalid comment\n", .text("value")),
    // No space between a block scalar's indicator and its comment.
    ("key: ># comment\n", .text("")),
    // A tab at the start of a quoted scalar's continuation line.
    ("key: \"first\n\tsecond\"\n", .text("first second")),
    // A `>` block whose spaces-only first line is deeper than its one line, a comment.
    ("key: >\n   \n # comment\n", .text("")),
  ]

  @Test(arguments: cases)
  func readAsLibyamlReadsIt(_ yaml: String, _ value: FrontMatter.Value) throws {
    let file = ContactFile(
      path: "ada.md", document: TextDocument(text: "---\nname: Ada\n" + yaml + "---\n"))
    guard case .valid(let frontMatter) = file.frontMatter else {
      Issue.record("expected the front matter read, got \(file.frontMatter)")
      return
    }
    #expect(frontMatter.field("key")?.value == value)
    #expect(file.refusalReason == nil)
  }

  @Test(arguments: cases.map(\.0))
  func loggedIntoWithTheirLinesUntouched(_ yaml: String) throws {
    let text = "---\nname: Ada\n" + yaml + "---\n"
    let file = ContactFile(path: "ada.md", document: TextDocument(text: text), readLog: true)
    let edit = try LogPlanner.plan(
      file, LogRequest(date: CalendarDate(year: 2026, month: 1, day: 2)!, message: "Tea."))
    #expect(
      String(decoding: edit.result.bytes, as: UTF8.self)
        == "---\nname: Ada\n" + yaml
        + "last_contact: 2026-01-02\n---\n\n## Interactions\n\n- 2026-01-02: Tea.\n")
  }
}
