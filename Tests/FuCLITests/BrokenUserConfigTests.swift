import Foundation
import FuKit
import FuTestSupport
import Testing

@testable import fu

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
    // A vault named by --vault that is not there is that error, not the config's.
    let missing = try FuBinary.run(
      ["check", "--vault", "nowhere"], in: work, environment: environment)
    #expect(missing.stderr.contains("nowhere"))
    #expect(!missing.stderr.contains("agenda.days"))
  }

  @Test func aUserConfigLinkedToDevNullIsSwitchedOff() throws {
    let work = try copyOfSampleVault(named: "user-config")
    defer { try? FileManager.default.removeItem(at: work) }
    let config = work.appendingPathComponent("config/fu")
    try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: config.appendingPathComponent("config.yml").path, withDestinationPath: "/dev/null")
    let run = try FuBinary.run(
      ["list", "--vault", "vault"], in: work,
      environment: ["XDG_CONFIG_HOME": work.appendingPathComponent("config").path])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("Ada Lovelace"))
  }
}
