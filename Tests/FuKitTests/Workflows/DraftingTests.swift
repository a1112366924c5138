import Foundation
import Testing

@testable import FuKit

/// `Workspace.draft`: the vault's templates over the built-in ones, the template by state,
/// unknown names, and `fu check`'s look at the templates.
@Suite struct DraftingTests {
  static let files = [
    ".fu/config.yml": "me: Charles Babbage\n",
    ".fu/drafts/nudge.md": "---\nsubject: Still keen, {{first_name}}?\n---\nShort: {{company}}\n",
    ".fu/drafts/intro.md": "Hi {{first_name}}, {{compnay}} {{first_nme}} {{phone}} {{team}}\n",
    ".fu/drafts/broken.md": "---\nsubject: x\n  y: [\n---\n",
    ".fu/drafts/notes.txt": "not a template\n",
    "zoe.md": """
    ---
    name: Zoe Park
    email: "zoe@northwind.example, z@example.org"
    company: Northwind
    ---
    ## Interactions

    - 2026-11-01: Intro email #sent

    """,
    "ken.md": "---\nname: Ken Thompson\nteam: Unix\n---\n",
  ]

  @Test func theVaultsFileReplacesTheBuiltInOneAndTheStateChoosesIt() throws {
    let vault = try TestVault("drafting", files: Self.files)
    defer { vault.remove() }
    let workspace = try vault.workspace()
    let zoe = try workspace.file(named: "zoe")
    let draft = try workspace.draft(for: zoe, template: nil)  // one open attempt: nudge
    #expect(draft.template == "nudge")
    #expect(draft.subject == "Still keen, Zoe?")
    #expect(draft.body == "Short: Northwind")
    #expect(draft.to == "zoe@northwind.example")
    let ken = try workspace.draft(for: try workspace.file(named: "ken"), template: "Check-In")
    #expect(ken.template == "check-in")
    #expect(ken.to == nil)
    #expect(ken.body.hasSuffix("Best,\nCharles Babbage"))
    #expect(
      vault.log.warnings == ["{{last_topic}} is left in the draft: ken.md has no log entries"])
    #expect(
      workspace.draftTemplates().map { "\($0.name) \($0.path ?? "-") \($0.replacesBuiltIn)" } == [
        "broken .fu/drafts/broken.md false", "check-in - false", "close-the-loop - false",
        "intro .fu/drafts/intro.md false", "nudge .fu/drafts/nudge.md true",
        "thank-you - false", "value-add - false",
      ])
  }

  @Test func aContactWhoseFactsFuCannotReadGetsNoDraft() throws {
    var files = Self.files
    files["bad.md"] = "---\nname: Bad\ncompany: [unclosed\n---\n"
    let vault = try TestVault("drafting-bad", files: files)
    defer { vault.remove() }
    let workspace = try vault.workspace()
    let bad = try workspace.file(named: "bad.md")
    do {
      _ = try workspace.draft(for: bad, template: "check-in")
      Issue.record("a draft from facts fu cannot read")
    } catch {
      guard case .unreadable(let problem) = error else {
        Issue.record("\(error)")
        return
      }
      #expect(problem.path == "bad.md")
      #expect(problem.message.hasSuffix("fix it, then fu drafts from its facts"))
    }
  }

  @Test func anUnknownNameListsTheTemplatesWithTheNearestAndABrokenFileSaysWhere() throws {
    let vault = try TestVault("drafting-unknown", files: Self.files)
    defer { vault.remove() }
    let workspace = try vault.workspace()
    let ken = try workspace.file(named: "ken")
    #expect {
      try workspace.draft(for: ken, template: "thank-yuo")
    } throws: { error in
      guard case .unknownDraftTemplate(_, let available, let suggestion) = error as? FuError
      else { return false }
      return suggestion == "thank-you" && available.count == 7
    }
    // No path out of the folder.
    #expect(throws: FuError.self) { try workspace.draft(for: ken, template: "../config") }
    #expect(
      throws: FuError.badDraftTemplate(
        Diagnostic(
          path: ".fu/drafts/broken.md", line: 3,
          message: "front matter is not valid YAML: mapping values are not allowed in this context")
      )
    ) {
      try workspace.draft(for: ken, template: "broken")
    }
  }

  @Test func checkFlagsWhatNoContactCouldFillAndBrokenFiles() throws {
    var files = Self.files
    files[".fu/drafts/empty.md"] = "---\nsubject: Hi\n---\n\n"
    let vault = try TestVault("drafting-check", files: files)
    defer { vault.remove() }
    let workspace = try vault.workspace()
    let contacts = workspace.vault.readAll(readLog: true).files
    let problems = workspace.draftTemplateProblems(files: contacts).map(\.description)
    // `phone` is a key fu writes, `team` one a contact has: both can be filled.
    #expect(problems.count == 4)
    #expect(problems[0].hasPrefix(".fu/drafts/broken.md:3: "))
    #expect(
      problems[1]
        == ".fu/drafts/empty.md:1: the template has no body: fu draft would print only a subject")
    #expect(
      problems[2]
        == ".fu/drafts/intro.md:1: unknown placeholder {{compnay}}: no contact has the key and fu fills no such name (did you mean {{company}}?)"
    )
    #expect(problems[3].hasPrefix(".fu/drafts/intro.md:1: unknown placeholder {{first_nme}}"))
    #expect(problems[3].hasSuffix("(did you mean {{first_name}}?)"))
  }
}

/// The example fu init writes is a template every contact can fill, and fu check finds
/// nothing wrong with it even in an empty vault.
@Suite struct DraftExampleTests {
  @Test func theExampleOfFuInitIsSoundInAnEmptyVault() throws {
    let vault = try TestVault("drafting-example", files: [:])
    defer { vault.remove() }
    let created = try VaultInitializer.initialize(at: vault.folder.path)
    #expect(created.contains(".fu/drafts/example.md"))
    let workspace = try vault.workspace()
    #expect(workspace.draftTemplateProblems(files: []).isEmpty)
    let example = try workspace.draftTemplate(named: "example")
    #expect(example.subject == "Catching up, {{first_name}}")
    let names = Set(example.placeholders.map(\.placeholder.name))
    #expect(names.isSuperset(of: ["first_name", "me", "last_topic", "last_contact", "company"]))
    // Every placeholder fu fills is shown in its comments.
    let text = try #require(vault.text(".fu/drafts/example.md"))
    for name in Placeholder.builtInNames { #expect(text.contains("{{\(name)}}")) }
  }
}

extension DraftExampleTests {
  /// The sample vault holds the example as fu init writes it today.
  @Test func theSampleVaultHasTheExampleFuInitWrites() throws {
    let example = try #require(
      VaultInitializer.files.first { $0.path == ".fu/drafts/example.md" }?.content)
    let sample = try String(
      contentsOf: repositoryRoot.appendingPathComponent("sample-vault/.fu/drafts/example.md"),
      encoding: .utf8)
    #expect(sample == example)
  }
}
