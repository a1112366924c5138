import Foundation
import FuTestSupport
import Testing

/// Shell completion: each shell's script asks `fu` for WHO, and `fu` answers with the
/// contacts of the vault on the command line.
@Suite struct CompletionTests {
  static let whoCommands = ["edit", "log", "show", "snooze"]

  @Test(arguments: ["bash", "zsh", "fish"])
  func scriptsAskFuForContactNames(shell: String) throws {
    let run = try FuBinary.run(
      ["--generate-completion-script", shell], in: Scenario.repository)
    #expect(run.status == 0)
    for command in CompletionTests.whoCommands {
      #expect(
        run.stdout.contains("---completion \(command) -- positional@0"),
        "\(shell) script completes WHO of \(command)")
    }
    #expect(run.stdout.contains("no-date"), "\(shell) script offers list's flags")
  }

  @Test func bashAcceptsTheBashScript() throws {
    guard FileManager.default.isExecutableFile(atPath: "/bin/bash") else { return }
    let run = try FuBinary.run(["--generate-completion-script", "bash"], in: Scenario.repository)
    let script = FileManager.default.temporaryDirectory
      .appendingPathComponent("fu-completion-\(UUID().uuidString).bash")
    try run.stdout.write(to: script, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: script) }
    let bash = Process()
    bash.executableURL = URL(fileURLWithPath: "/bin/bash")
    bash.arguments = ["-n", script.path]
    try bash.run()
    bash.waitUntilExit()
    #expect(bash.terminationStatus == 0)
  }

  /// What a shell runs when the user presses Tab after `fu log --vault sample-vault ke`.
  @Test func whoCompletesFileNamesAndNamesFromTheNamedVault() throws {
    let words = ["fu", "--vault", "sample-vault", "log", "ke"]
    let run = try FuBinary.run(
      ["---completion", "log", "--", "positional@0", "4", "2"] + words,
      in: Scenario.repository)
    #expect(run.status == 0)
    #expect(run.stdout == "ken-thompson\nken\n")  // the file name, and his one-word alias
  }

  @Test func whoCompletionOffersEveryContactForAnEmptyWord() throws {
    let words = ["fu", "show", "--vault", "sample-vault", ""]
    let run = try FuBinary.run(
      ["---completion", "show", "--", "positional@0", "4", "0"] + words,
      in: Scenario.repository)
    let offered = run.stdout.split(separator: "\n").map(String.init)
    #expect(offered.contains("grace-hopper"))
    #expect(offered.contains("Ada"))  // an alias
    // A name with spaces would reach bash as two words; its file name stands for it.
    #expect(!offered.contains("Grace Hopper"))
    #expect(offered.count == 16 + 6)  // every file stem, and the one-word names and aliases
  }

  @Test func whoCompletionLeavesOutWhatTheVaultExcludes() throws {
    let words = ["fu", "log", "--vault=Tests/Fixtures/vaults/configured", ""]
    let run = try FuBinary.run(
      ["---completion", "log", "--", "positional@0", "3", "0"] + words,
      in: Scenario.repository)
    #expect(run.stdout == "ada\nbob\ndan\neve\n", "no carol.draft.md, nothing from archive/")
  }

  @Test func whoCompletionIsQuietWithoutAVault() throws {
    let empty = try makeTemporaryFolder("no-vault")
    defer { try? FileManager.default.removeItem(at: empty) }
    let run = try FuBinary.run(
      ["---completion", "log", "--", "positional@0", "2", "0", "fu", "log", ""], in: empty)
    #expect(run.status == 0)
    #expect(run.stdout.isEmpty)
  }
}
