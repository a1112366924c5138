import Foundation
import Testing

@testable import FuKit

/// `fu import` as a workflow: outcomes in order, nothing written by a dry run, nobody
/// created twice, and with --merge only the keys a file lacks.
@Suite struct AddressBookImportTests {
  static let cards = """
    BEGIN:VCARD\r
    VERSION:3.0\r
    FN:Ada Lovelace\r
    EMAIL:ada@example.com\r
    END:VCARD\r
    BEGIN:VCARD\r
    VERSION:3.0\r
    FN:Grace Hopper\r
    TEL:+1 555 0100\r
    END:VCARD\r

    """

  private func run(
    _ vault: TestVault, dryRun: Bool = false, merge: Bool = false, spread: Cadence? = nil
  ) throws -> (people: Int, outcomes: [ImportOutcome]) {
    let book = vault.folder.path + "-cards.vcf"
    try Data(Self.cards.utf8).write(to: URL(fileURLWithPath: book))
    let workspace = try vault.workspace()
    var run = try AddressBookImport(reading: book, in: workspace)
    (run.dryRun, run.merge, run.tags, run.spread) = (dryRun, merge, ["imported"], spread)
    var outcomes: [ImportOutcome] = []
    var started = false
    try run.run(in: workspace) { event in
      switch event {
      case .started: started = true
      case .outcome(let outcome):
        #expect(started, "an outcome before the import started")
        outcomes.append(outcome)
      }
    }
    return (run.people.count, outcomes)
  }

  @Test func aDryRunSaysWhatItWouldDoAndWritesNothing() throws {
    let vault = try TestVault("import-dry", files: [:])
    defer {
      vault.remove()
      try? FileManager.default.removeItem(atPath: vault.folder.path + "-cards.vcf")
    }
    let (people, outcomes) = try run(vault, dryRun: true)
    #expect(people == 2)
    #expect(outcomes.map(\.action) == [.wouldCreate, .wouldCreate])
    #expect(outcomes.map(\.path) == ["ada-lovelace.md", "grace-hopper.md"])
    #expect(vault.text("ada-lovelace.md") == nil)
    #expect(vault.log.writes == 0)
  }

  @Test func aSecondImportCreatesNobodyAndMergeAddsOnlyWhatIsMissing() throws {
    let vault = try TestVault(
      "import-twice", files: ["grace.md": "---\nname: Grace Hopper\n---\nHer notes.\n"])
    defer {
      vault.remove()
      try? FileManager.default.removeItem(atPath: vault.folder.path + "-cards.vcf")
    }
    let first = try run(vault)
    #expect(first.outcomes.map(\.action) == [.created, .exists])
    #expect(first.outcomes[1].reason == "same name")
    #expect(vault.text("ada-lovelace.md")?.contains("email: ada@example.com") == true)
    #expect(vault.text("ada-lovelace.md")?.contains("imported") == true)
    let second = try run(vault, merge: true)
    #expect(second.outcomes.map(\.action) == [.exists, .merged])
    #expect(second.outcomes[1].keys == ["phone"])
    let grace = try #require(vault.text("grace.md"))
    #expect(grace.hasPrefix("---\nname: Grace Hopper\n"))
    #expect(grace.contains("+1 555 0100"))
    #expect(grace.hasSuffix("---\nHer notes.\n"))
    #expect(vault.log.writes == 2)
  }

  @Test func spreadGivesThePeopleCreatedDaysSpreadEvenly() throws {
    // Grace is in the vault already: only Ada is created, and so due first, today.
    let vault = try TestVault(
      "import-spread", files: ["grace.md": "---\nname: Grace Hopper\n---\n"])
    defer {
      vault.remove()
      try? FileManager.default.removeItem(atPath: vault.folder.path + "-cards.vcf")
    }
    _ = try run(vault, spread: Cadence(count: 4, unit: .week))
    #expect(vault.text("ada-lovelace.md")?.contains("next_follow_up: 2026-11-21") == true)
    #expect(vault.text("grace.md") == "---\nname: Grace Hopper\n---\n")
    // Both created: the second half-way through the four weeks.
    let empty = try TestVault("import-spread-both", files: [:])
    defer {
      empty.remove()
      try? FileManager.default.removeItem(atPath: empty.folder.path + "-cards.vcf")
    }
    _ = try run(empty, spread: Cadence(count: 4, unit: .week))
    #expect(empty.text("ada-lovelace.md")?.contains("next_follow_up: 2026-11-21") == true)
    #expect(empty.text("grace-hopper.md")?.contains("next_follow_up: 2026-12-05") == true)
  }
}

/// What goes wrong before any person is decided stops the import before it starts.
@Suite struct AddressBookImportStartTests {
  @Test func aFolderThatIsAFileStopsItBeforeItStarts() throws {
    let vault = try TestVault("import-start", files: ["notes.md": "---\nname: Notes\n---\n"])
    defer {
      vault.remove()
      try? FileManager.default.removeItem(atPath: vault.folder.path + "-cards.vcf")
    }
    let book = vault.folder.path + "-cards.vcf"
    try Data(AddressBookImportTests.cards.utf8).write(to: URL(fileURLWithPath: book))
    let workspace = try vault.workspace()
    var run = try AddressBookImport(reading: book, in: workspace)
    run.folder = "notes.md"
    var events = 0
    #expect(throws: FuError.self) { try run.run(in: workspace) { _ in events += 1 } }
    #expect(events == 0)
    #expect(throws: FuError.self) {
      try AddressBookImport(reading: vault.folder.path + "-missing.vcf", in: workspace)
    }
  }
}
