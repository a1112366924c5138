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
    #expect(
      try VaultInitializer.initialize(at: path) == [
        ".fu/config.yml", ".fu/drafts/example.md", ".fu/.gitignore",
      ])
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

/// The commented config `fu init` writes is a working example: uncommented, every setting
/// it shows reads as the comment says.
@Suite struct InitConfigExampleTests {
  @Test func everySettingItShowsReadsWhenUncommented() throws {
    let text = try #require(VaultInitializer.files.first { $0.path == Vault.configPath }?.content)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let start = try #require(lines.firstIndex { $0.contains("Settings (uncomment") })
    let settings = lines[start...].compactMap { line -> String? in
      guard line.hasPrefix("# ") else { return nil }
      let content = line.dropFirst(2)
      let isSetting =
        content.wholeMatch(of: /\s*[a-z_]+:.*/) != nil || content.wholeMatch(of: /\s+- .*/) != nil
      return isSetting ? String(content) : nil
    }
    let config = try Configuration.parse(
      Array(settings.joined(separator: "\n").utf8), shownPath: "x")
    #expect(config.warnings.isEmpty)
    #expect(config.practice.defaultSequence == .standard)
    #expect(config.practice.sequences["sales"]?.step(after: 2).channel == "linkedin")
    #expect(config.gitAutocommit == true && config.agendaDays == 7)
  }
}
