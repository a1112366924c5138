import Foundation
import FuTestSupport
import Testing

/// `fu check` with a user config it cannot use: listed when the vault is found without it,
/// and the error to fix when that config was what named the vault.
@Suite struct BrokenUserConfigTests {
  @Test func aBrokenUserConfigThatNamedTheVaultIsTheErrorToFix() throws {
    let work = try copyOfSampleVault(named: "user-config")
    defer { try? FileManager.default.removeItem(at: work) }
    let config = work.appendingPathComponent("config/fu")
    try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
    let vault = work.appendingPathComponent("vault").path
    try Data("vault: \(vault)\nagenda:\n  days: soon\n".utf8)
      .write(to: config.appendingPathComponent("config.yml"))
    let environment = ["XDG_CONFIG_HOME": work.appendingPathComponent("config").path]
    let outside = try FuBinary.run(["check"], in: work, environment: environment)
    #expect(outside.status == 1)
    #expect(outside.stdout.isEmpty)
    #expect(outside.stderr.hasPrefix("fu: error: \(config.path)/config.yml:3: `agenda.days`"))
    // Named another way, the vault is checked, the config left out and listed.
    let named = try FuBinary.run(
      ["check", "--json", "--vault", "vault"], in: work, environment: environment)
    #expect(named.status == 1)
    #expect(named.stdout.contains("\"path\": \"\(config.path)/config.yml\""))
    #expect(named.stdout.contains("the file is left out"))
  }
}
