import Foundation
import FuTestSupport
import Testing

@testable import FuKit

/// `fu init`: a file where the vault or its config should be is refused before anything
/// is claimed made.
@Suite struct VaultInitializerTests {
  @Test func makesTheFolderAndItsFilesOnceAndKeepsThemAfter() throws {
    let root = try makeTemporaryFolder("init")
    defer { try? FileManager.default.removeItem(at: root) }
    let path = root.appendingPathComponent("a/b").path
    #expect(try VaultInitializer.initialize(at: path) == [".fu/config.yml", ".fu/.gitignore"])
    #expect(try VaultInitializer.initialize(at: path) == [])
  }

  @Test func aFileWhereTheVaultShouldBeIsRefused() throws {
    let root = try makeTemporaryFolder("init")
    defer { try? FileManager.default.removeItem(at: root) }
    let path = root.appendingPathComponent("notes").path
    #expect(FileManager.default.createFile(atPath: path, contents: Data()))
    #expect(throws: FuError.vaultNotAFolder(path: path)) {
      try VaultInitializer.initialize(at: path)
    }
  }

  @Test func aFolderWhereTheConfigShouldBeIsRefused() throws {
    let root = try makeTemporaryFolder("init")
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent(".fu/config.yml"), withIntermediateDirectories: true)
    #expect(
      throws: FuError.io(path: root.path + "/.fu/config.yml", action: "use", errno: EISDIR)
    ) {
      try VaultInitializer.initialize(at: root.path)
    }
  }
}
