import Foundation
import Testing

@testable import FuKit

/// `Vault.createFolder`, which `fu add --folder` uses: folders made inside the vault only,
/// never at the far end of a link that leaves it.
@Suite struct VaultFolderTests {
  private func makeRoot() throws -> URL {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("fu-folders-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("vault"), withIntermediateDirectories: true)
    return root
  }

  @Test func makesNestedFoldersInsideTheVault() throws {
    let root = try makeRoot()
    defer { try? FileManager.default.removeItem(at: root) }
    let vault = try Vault(path: root.appendingPathComponent("vault").path)
    try vault.createFolder("work/clients")
    try vault.createFolder("work/clients")  // again: already there, fine
    var isFolder: ObjCBool = false
    #expect(
      FileManager.default.fileExists(
        atPath: root.appendingPathComponent("vault/work/clients").path, isDirectory: &isFolder))
    #expect(isFolder.boolValue)
  }

  @Test func refusesALinkOutOfTheVaultBeforeMakingAnything() throws {
    let root = try makeRoot()
    defer { try? FileManager.default.removeItem(at: root) }
    let outside = root.appendingPathComponent("outside")
    try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: root.appendingPathComponent("vault/ext").path, withDestinationPath: outside.path)
    let vault = try Vault(path: root.appendingPathComponent("vault").path)
    #expect(throws: FuError.self) { try vault.createFolder("ext/sub/deeper") }
    #expect(!FileManager.default.fileExists(atPath: outside.appendingPathComponent("sub").path))
  }

  @Test func refusesAFileWhereAFolderShouldBe() throws {
    let root = try makeRoot()
    defer { try? FileManager.default.removeItem(at: root) }
    try Data("x".utf8).write(to: root.appendingPathComponent("vault/notes"))
    let vault = try Vault(path: root.appendingPathComponent("vault").path)
    #expect(throws: FuError.self) { try vault.createFolder("notes/more") }
  }
}
