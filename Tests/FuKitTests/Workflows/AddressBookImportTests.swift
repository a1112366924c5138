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
    _ vault: TestVault, dryRun: Bool = false, merge: Bool = false
  ) throws -> (people: Int, outcomes: [ImportOutcome]) {
    let book = vault.folder.path + "-cards.vcf"
    try Data(Self.cards.utf8).write(to: URL(fileURLWithPath: book))
    var run = AddressBookImport(file: book)
    (run.dryRun, run.merge, run.tags) = (dryRun, merge, ["imported"])
    var outcomes: [ImportOutcome] = []
    let people = try run.run(in: try vault.workspace()) { outcomes.append($0) }
    return (people, outcomes)
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
}
