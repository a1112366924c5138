import Testing

@testable import FuKit

/// The `--dry-run` diff's file headers, as git writes them.
@Suite struct UnifiedDiffTests {
  @Test(arguments: [
    ("vault/ada.md", "vault/ada.md"), ("/tmp/v/ada.md", "tmp/v/ada.md"),
  ])
  func headersPrefixThePathOnce(_ path: String, _ shown: String) throws {
    let file = ContactFile(
      path: "ada.md", document: TextDocument(text: "---\nlast_contact: 2026-01-01\n---\n"),
      readLog: true)
    let edit = try LogPlanner.plan(file, LogRequest(date: day(2026, 11, 21), message: "Tea"))
    let lines = UnifiedDiff.render(edit, path: path)
    #expect(Array(lines.prefix(2)) == [.header("--- a/" + shown), .header("+++ b/" + shown)])
  }
}
