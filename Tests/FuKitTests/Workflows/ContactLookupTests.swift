import Foundation
import Testing

@testable import FuKit

/// WHO, through the index and through a walk, gives the same file, and a skipped file
/// named by its path says why it was skipped.
@Suite struct ContactLookupTests {
  static let files = [
    "ada.md": "---\nname: Ada Lovelace\naliases: [Countess]\n---\n",
    "grace.md": "---\nname: Grace Hopper\n---\n",
    "people/alan.md": "---\nname: Alan Turing\n---\n",
    "broken.md": "\u{FF}\u{FE} not UTF-8",
  ]

  @Test(arguments: [true, false])
  func aContactIsFoundByNameAliasPathOrPrefix(index: Bool) throws {
    var files = Self.files
    files["broken.md"] = nil
    let vault = try TestVault("lookup", files: files)
    defer { vault.remove() }
    let workspace = try vault.workspace(index: index)
    for _ in 0..<2 {  // the second time from the index saved by the first
      #expect(try workspace.file(named: "countess").path == "ada.md")
      #expect(try workspace.file(named: "people/alan.md").path == "people/alan.md")
      #expect(try workspace.file(named: "gra").contact.name == "Grace Hopper")
    }
    #expect(throws: FuError.self) { try workspace.file(named: "nobody") }
  }

  @Test func aFileFuSkipsNamedByItsPathSaysWhy() throws {
    let vault = try TestVault("lookup-skipped", files: Self.files)
    defer { vault.remove() }
    try Data([0xFF, 0xFE, 0x41]).write(to: vault.folder.appendingPathComponent("broken.md"))
    let workspace = try vault.workspace()
    do {
      _ = try workspace.file(named: "broken")
      Issue.record("a file fu cannot read was found")
    } catch {
      guard case .unreadable(let problem) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(problem.path == "broken.md")
    }
  }
}
