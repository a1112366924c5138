import Testing

@testable import FuKit

/// What `fu check` finds in a vault: each file's problems, sequences fu cannot follow and
/// templates it cannot fill, in one list sorted by path and line.
@Suite struct VaultProblemsTests {
  @Test func theFilesSequencesAndTemplatesProblemsComeSorted() throws {
    let vault = try TestVault(
      "vault-problems",
      files: [
        "ada.md": "---\nname: Ada\nsequence: [2d, soon]\n---\n",
        "bob.md": "---\nname: Bob\nnext_follow_up: someday\n---\n",
        ".fu/drafts/hello.md": "Hi {{frist_name}}\n",
      ])
    defer { vault.remove() }
    let workspace = try vault.workspace()
    let problems = workspace.problems(in: workspace.vault.readAll(readLog: true))
    #expect(problems.map(\.path) == [".fu/drafts/hello.md", "ada.md", "bob.md"], "\(problems)")
    #expect(problems == problems.sorted())
    #expect(problems[0].message.contains("{{frist_name}}"))
    #expect(problems[1].line == 3, "the sequence's line: \(problems[1])")
  }
}
