import Foundation
import FuTestSupport
import Testing

@testable import FuKit

/// Where the index lives decides who may read it.
@Suite struct IndexStoreTests {
  @Test func onlyTheVaultsOwnIndexIsLeftToTheVaultsModes() throws {
    let folder = try makeTemporaryFolder("index-privacy")
    defer { try? FileManager.default.removeItem(at: folder) }
    let vault = try Vault(path: folder.path)
    // A cache folder that happens to be inside the vault is still the user's own.
    let cache = IndexStore(
      for: vault, environment: ["XDG_CACHE_HOME": folder.path + "/.cache"])
    #expect(cache?.isPrivate == true)
    try FileManager.default.createDirectory(
      atPath: folder.path + "/.fu", withIntermediateDirectories: true)
    let own = IndexStore(for: vault, environment: [:])
    #expect(own?.path == vault.root + "/.fu/cache/index")
    #expect(own?.isPrivate == false)
  }

  /// The index is read mapped into memory: an empty, cut short or foreign file is
  /// ignored, and a saved one reads back as it was saved.
  @Test func aMappedIndexReadsBackAndABrokenOneIsIgnored() throws {
    let folder = try makeTemporaryFolder("index-mapped")
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = IndexStore(path: folder.path + "/cache/index")
    try Data("---\nname: Ada\n---\n".utf8).write(to: folder.appendingPathComponent("ada.md"))
    let root = folder.path
    let index = VaultIndex(
      root: root,
      entries: [
        VaultIndex.Entry(
          path: "ada.md", stamp: FileStamp(device: 1, inode: 2, size: 3, modified: 4, changed: 5),
          result: .success(
            ContactSummary(
              contact: Contact(path: "ada.md", name: "Ada"), diagnostics: [], hasConflict: false)))
      ])
    let stamp = try #require(store.save(index))
    #expect(store.loadStamped(root: root)?.index == index)
    #expect(store.loadStamped(root: "/elsewhere") == nil)
    // The file's stamp is not the one saved: it counts as changed.
    #expect(store.loadChecking(root: root, expected: stamp)?.changed.map(\.position) == [0])
    #expect(store.loadNames(root: root)?.entries.map(\.path) == ["ada.md"])
    let whole = try Data(contentsOf: URL(fileURLWithPath: store.path))
    for broken in [Data(), whole.prefix(whole.count / 2), Data("not an index".utf8)] {
      try broken.write(to: URL(fileURLWithPath: store.path))
      #expect(store.loadStamped(root: root) == nil)
      #expect(store.loadNames(root: root) == nil)
    }
  }
}
