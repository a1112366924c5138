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
    #expect(
      VaultLocator.expandingHome("~fu-no-such-user/x", environment: environment)
        == "~fu-no-such-user/x")
    #expect(VaultLocator.expandingHome("~root/x", environment: environment) == "/root/x")
    #expect(VaultLocator.expandingHome("~root", environment: environment) == "/root")
  }

  /// A vault folder that is not there: the error says what named it.
  @Test func aMissingVaultFolderIsBlamedOnWhatNamedIt() {
    let missing = "/nonexistent-\(UUID().uuidString)"
    let cases: [(VaultLocator, String)] = [
      (VaultLocator(explicitPath: missing, environment: [:]), "--vault"),
      (
        VaultLocator(explicitPath: nil, environment: ["FU_VAULT": missing], workingDirectory: "/"),
        "FU_VAULT"
      ),
      (
        VaultLocator(
          explicitPath: nil, environment: [:], workingDirectory: "/", configuredPath: missing,
          configuredAt: "~/.config/fu/config.yml:3"),
        "`vault:` in ~/.config/fu/config.yml:3"
      ),
    ]
    for (locator, source) in cases {
      #expect(throws: FuError.vaultMissing(path: missing, source: source)) { try locator.locate() }
    }
    #expect(
      FuError.vaultMissing(path: "/x", source: "FU_VAULT").description
        == "vault folder /x, from FU_VAULT, does not exist; correct it, or make the vault with"
        + " `fu init /x`")
  }

  @Test func aRelativeXDGConfigHomeIsIgnored() {
    #expect(
      VaultLocator.userConfigPath(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"])
        == "/x/fu/config.yml")
    #expect(
      VaultLocator.userConfigPath(environment: ["XDG_CONFIG_HOME": "cfg", "HOME": "/h"])
        == "/h/.config/fu/config.yml")
  }
}
