import Foundation
import Testing

@testable import FuKit

/// Which folder is the vault, and a `~` that reached fu unexpanded.
@Suite struct VaultLocatorTests {
  @Test func aLeadingTildeIsTheHomeFolderWhereverThePathComesFrom() throws {
    let home = FileManager.default.temporaryDirectory
      .appendingPathComponent("fu-home-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: home.appendingPathComponent("contacts"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: home) }
    let expected = try Vault(path: home.appendingPathComponent("contacts").path).root
    let environment = ["HOME": home.path]
    let flag = VaultLocator(explicitPath: "~/contacts", environment: environment)
    #expect(try flag.locate().root == expected)
    let variable = VaultLocator(
      explicitPath: nil, environment: environment.merging(["FU_VAULT": "~/contacts"]) { $1 },
      workingDirectory: "/")
    #expect(try variable.locate().root == expected)
    #expect(VaultLocator.expandingHome("~", environment: environment) == home.path)
    #expect(VaultLocator.expandingHome("a/~/b", environment: environment) == "a/~/b")
    #expect(VaultLocator.expandingHome("~bob/x", environment: environment) == "~bob/x")
  }
}
