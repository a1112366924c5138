import Foundation
import FuTestSupport
import Glibc
import Testing

@testable import FuKit

/// Which files a vault holds: hidden and excluded paths skipped, links followed inside the
/// vault only, each folder walked once, a linked file known by its real path.
@Suite struct VaultDiscoveryTests {
  private func makeVault(_ build: (URL) throws -> Void) throws -> URL {
    let root = try makeTemporaryFolder("discovery")
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
    #expect(found.files.map(\.path) == ["a.md", "sub/b.markdown"])
    #expect(found.diagnostics.isEmpty)
  }

  /// A name that is not UTF-8 cannot be a contact's path (which is text): it is reported,
  /// with its bytes escaped, not read as its repaired twin, which may be another file
  /// (`x\u{FFFD}.md`). A folder or another file so named is left alone.
  @Test func namesThatAreNotUTF8AreReported() throws {
    let root = try makeVault { root in
      try write("x\u{FFFD}.md", in: root)
      let names: [[UInt8]] = [
        [0x78, 0xFF, 0x2E, 0x6D, 0x64], [0x64, 0xFF], [0x70, 0xFF, 0x2E, 0x6A, 0x70, 0x67],
      ]
      for name in names {
        let path: [UInt8] = Array(root.path.utf8) + [0x2F] + name + [0]
        let made = path.withUnsafeBufferPointer { bytes in
          bytes.withMemoryRebound(to: CChar.self) {
            name.first == 0x64 ? mkdir($0.baseAddress!, 0o755) : creat($0.baseAddress!, 0o644)
          }
        }
        #expect(made >= 0)
        if made > 0 { close(made) }
      }
    }
    defer { try? FileManager.default.removeItem(at: root) }
    let found = VaultDiscovery(root: try Vault(path: root.path).root).run()
    #expect(found.files.map(\.path) == ["x\u{FFFD}.md"])
    #expect(
      found.diagnostics.map(\.description) == [
        "x\\xFF.md: its name is not UTF-8 (rename it): skipped"
      ])
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
    #expect(found.files.map(\.path) == (1...6).map { "d\($0)/c\($0).md" })
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
    #expect(
      VaultDiscovery(root: try Vault(path: root.path).root).run().files.map(\.path) == [
        "sub/inside.md"
      ])
  }

  private func globs(_ patterns: String...) throws -> [PathGlob] {
    try patterns.map { try #require(PathGlob($0)) }
  }

  @Test func excludedFoldersAndFilesAreSkipped() throws {
    let root = try makeVault { root in
      for path in [
        "a.md", "a.draft.md", "people/b.md", "people/old/c.md", "people/templates/t.md",
        "templates/t.md", "archive/2020/d.md", "archive.md", "Équipe/drafts/e.md",
        "Équipe/f.md", "drafts/g.md", "notes/drafts",
      ] {
        try write(path, in: root)
      }
    }
    defer { try? FileManager.default.removeItem(at: root) }
    let exclude = try globs("templates", "*.draft.md", "archive/**", "people/old/", "drafts/")
    let found = VaultDiscovery(root: try Vault(path: root.path).root, exclude: exclude).run()
    #expect(found.files.map(\.path) == ["a.md", "archive.md", "people/b.md", "Équipe/f.md"])
    #expect(found.diagnostics.isEmpty)
    // Without the globs every file is found.
    #expect(
      VaultDiscovery(root: try Vault(path: root.path).root).run().files.map(\.path).count == 11)
  }

  @Test func anExcludedFolderIsNotWalked() throws {
    let root = try makeVault { root in
      try write("keep/a.md", in: root)
      try FileManager.default.createDirectory(
        at: root.appendingPathComponent("locked"), withIntermediateDirectories: true)
      try write("locked/secret.md", in: root)
      try link("locked/loop", to: "..", in: root)
      try link("locked/out", to: "/tmp", in: root)
    }
    defer { try? FileManager.default.removeItem(at: root) }
    let found = VaultDiscovery(root: try Vault(path: root.path).root, exclude: try globs("/locked"))
      .run()
    #expect(found.files.map(\.path) == ["keep/a.md"])
    #expect(found.diagnostics.isEmpty)
  }

  @Test func exclusionAppliesToThePathWalkedNotTheLinkTarget() throws {
    let root = try makeVault { root in
      try write("archive/old.md", in: root)
      try write("sub/inside.md", in: root)
      try link("shared", to: "archive", in: root)
      try link("alias-inside.md", to: "sub/inside.md", in: root)
      try link("outside.md", to: "/tmp/nowhere.md", in: root)
    }
    defer { try? FileManager.default.removeItem(at: root) }
    let vaultRoot = try Vault(path: root.path).root
    // The real folder is excluded, the link to it is not: its file is known by the path
    // walked, since its real path is excluded.
    let viaLink = VaultDiscovery(root: vaultRoot, exclude: try globs("archive/", "outside.md"))
      .run()
    #expect(viaLink.files.map(\.path) == ["shared/old.md", "sub/inside.md"])
    #expect(viaLink.diagnostics.isEmpty)
    // An excluded link is skipped; its target is still found under its own path.
    let linkExcluded = VaultDiscovery(root: vaultRoot, exclude: try globs("shared", "alias-*"))
      .run()
    #expect(linkExcluded.files.map(\.path) == ["archive/old.md", "sub/inside.md"])
    // Excluding the real file leaves it reachable only through the link, by the link's path.
    let targetExcluded = VaultDiscovery(root: vaultRoot, exclude: try globs("sub/inside.md"))
      .run()
    #expect(targetExcluded.files.map(\.path) == ["alias-inside.md", "archive/old.md"])
  }
}
