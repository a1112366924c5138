import Foundation
import Testing

@testable import FuKit

/// Which files a vault holds: hidden paths skipped, links followed inside the vault only,
/// each folder walked once, a linked file known by its real path.
@Suite struct VaultDiscoveryTests {
  private func makeVault(_ build: (URL) throws -> Void) throws -> URL {
    let root = FileManager.default.temporaryDirectory
      .appendingPathComponent("fu-discovery-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    try build(root)
    return root
  }

  private func write(_ path: String, in root: URL) throws {
    let url = root.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data("---\nname: \(path)\n---\n".utf8).write(to: url)
  }

  private func link(_ path: String, to target: String, in root: URL) throws {
    try FileManager.default.createSymbolicLink(
      atPath: root.appendingPathComponent(path).path, withDestinationPath: target)
  }

  @Test func hiddenPathsAndOtherFilesAreSkipped() throws {
    let root = try makeVault { root in
      for path in ["a.md", "sub/b.markdown", ".obsidian/c.md", "sub/.trash/d.md", "notes.txt"] {
        try write(path, in: root)
      }
    }
    defer { try? FileManager.default.removeItem(at: root) }
    let found = VaultDiscovery(root: try Vault(path: root.path).root).run()
    #expect(found.paths == ["a.md", "sub/b.markdown"])
    #expect(found.diagnostics.isEmpty)
  }

  @Test func linksBetweenFoldersAreWalkedOnceAndLoopsReported() throws {
    let root = try makeVault { root in
      for index in 1...6 { try write("d\(index)/c\(index).md", in: root) }
      for i in 1...6 {
        for j in 1...6 where i != j { try link("d\(i)/l\(j)", to: "../d\(j)", in: root) }
      }
      try link("d1/up", to: "..", in: root)
      try link("escape", to: "/tmp", in: root)
    }
    defer { try? FileManager.default.removeItem(at: root) }
    let found = VaultDiscovery(root: try Vault(path: root.path).root).run()
    #expect(found.paths == (1...6).map { "d\($0)/c\($0).md" })
    #expect(found.diagnostics.contains { $0.path == "d1/up" && $0.message.contains("loop") })
    #expect(found.diagnostics.contains { $0.path == "escape" && $0.message.contains("outside") })
    #expect(found.diagnostics.count < 200)
  }

  @Test func aLinkedFileIsKnownByItsRealPath() throws {
    let root = try makeVault { root in
      try write("sub/inside.md", in: root)
      try link("alias-inside.md", to: "sub/inside.md", in: root)
    }
    defer { try? FileManager.default.removeItem(at: root) }
    #expect(VaultDiscovery(root: try Vault(path: root.path).root).run().paths == ["sub/inside.md"])
  }
}
