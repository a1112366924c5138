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
}
