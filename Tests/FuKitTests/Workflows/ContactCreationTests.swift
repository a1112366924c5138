import Foundation
import Testing

@testable import FuKit

/// `fu add`'s file: named after the person, where the config's `exclude` does not hide it,
/// never over another file.
@Suite struct ContactCreationTests {
  @Test func aNewFileIsMadeInItsFolderFromTheTemplate() throws {
    let vault = try TestVault(
      "create", files: [".fu/template.md": "---\nname: {{name}}\n---\nHi\n"])
    defer { vault.remove() }
    let workspace = try vault.workspace()
    let file = try workspace.newFile(for: NewContact(name: "Ada Lovelace"), in: "people")
    #expect(file.path == "people/ada-lovelace.md")
    #expect(file.text == "---\nname: Ada Lovelace\n---\nHi\n")
    #expect(vault.text(file.path) == nil)
    try workspace.create(file, commitMessage: nil)
    #expect(vault.text(file.path) == file.text)
    #expect(vault.log.writes == 1)
    // Never twice: planned again, or made again.
    #expect(throws: FuError.self) {
      try workspace.newFile(for: NewContact(name: "Ada Lovelace"), in: "people")
    }
    #expect(throws: FuError.self) { try workspace.create(file, commitMessage: nil) }
  }

  @Test func aPathTheConfigHidesIsRefused() throws {
    let vault = try TestVault("create-excluded", files: [".fu/config.yml": "exclude: [archive/]\n"])
    defer { vault.remove() }
    let workspace = try vault.workspace()
    #expect(throws: FuError.self) {
      try workspace.newFile(for: NewContact(name: "Ada"), in: "archive")
    }
    #expect(try workspace.newFile(for: NewContact(name: "Ada"), in: nil).path == "ada.md")
  }

  @Test func namesakesAreTheOtherContactsOfTheSameName() throws {
    let vault = try TestVault(
      "create-namesakes",
      files: [
        "ada.md": "---\nname: Ada Lovelace\n---\n",
        "countess.md": "---\nname: Augusta\naliases: [ada lovelace]\n---\n",
        "grace.md": "---\nname: Grace Hopper\n---\n",
      ])
    defer { vault.remove() }
    let workspace = try vault.workspace()
    let namesakes = workspace.namesakes(of: "Ada  Lovelace", besides: "ada.md").map(\.path)
    #expect(namesakes == ["countess.md"])
  }
}
