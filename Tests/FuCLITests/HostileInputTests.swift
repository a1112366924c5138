import Foundation
import FuKit
import FuTestSupport
import Glibc
import Testing

/// Broken and hostile files, built at test time (some cannot live in git: 50 MB, a loop,
/// an unreadable file): fu lists the good contacts, names each bad file (and its line),
/// never crashes, and refuses to write what it cannot write safely.
@Suite(.serialized) struct HostileInputTests {
  /// Each case: a file name and its bytes.
  static let cases: [(name: String, bytes: [UInt8])] = {
    func text(_ string: String) -> [UInt8] { Array(string.utf8) }
    var bomb = "---\nname: Bomb\na: &a [x, x, x, x, x, x, x, x, x]\n"
    for level in 1...9 {
      let previous = level == 1 ? "a" : "l\(level - 1)"
      bomb +=
        "l\(level): &l\(level) ["
        + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
    }
    bomb += "---\n"
    var generator = SplitMix64(seed: 42)
    let binary = (0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
    return [
      ("empty.md", []),
      ("only-fence.md", text("---\n")),
      ("unclosed.md", text("---\nname: Unclosed\nnext_follow_up: 2026-11-01\n\nbody\n")),
      ("yaml-error.md", text("---\nname: Broken\ntags: [a, b\nnext_follow_up: 2026-11-01\n---\n")),
      ("duplicate-keys.md", text("---\nname: Twice\nname: Again\n---\n")),
      ("tabs.md", text("---\nname: Tabs\ntags:\n\t- a\n---\n")),
      ("alias-bomb.md", text(bomb)),
      (
        "deep-flow.md",
        text("---\nname: Deep\nx: " + String(repeating: "[", count: 10_000) + "\n---\n")
      ),
      (
        "deep-map.md",
        text(
          "---\nname: DeepMap\n"
            + (0..<2_000).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined() + "---\n"
        )
      ),
      (
        "big-value.md",
        text("---\nname: Big\nnotes: " + String(repeating: "x", count: 1 << 20) + "\n---\n")
      ),
      ("invalid-utf8.md", text("---\nname: Bad\n---\n") + [0xFF, 0xFE, 0x0A]),
      ("binary.md", binary),
      ("nul.md", text("---\nname: Nul\nnotes: a\u{0}b\n---\n\u{0}\n")),
      (
        "conflict.md",
        text(
          "---\nname: Conflict\n<<<<<<< HEAD\nnext_follow_up: 2026-11-01\n=======\nnext_follow_up: 2026-12-01\n>>>>>>> other\n---\n"
        )
      ),
      (
        "cr-only.md",
        text(
          "---\rname: Carriage\rlast_contact: 2026-11-01\rcadence: 1w\r---\r\r## Log\r\r- 2026-11-01: Tea\r"
        )
      ),
      ("month-13.md", text("---\nname: Month\nnext_follow_up: 2026-13-01\n---\n")),
      ("year-zero.md", text("---\nname: Zero\nlast_contact: 0000-01-01\ncadence: 1w\n---\n")),
      ("year-five-digits.md", text("---\nname: Far\nnext_follow_up: 99999-01-01\n---\n")),
      ("unreadable.md", text("---\nname: Locked\n---\n")),
      ("good.md", text("---\nname: Good Contact\nnext_follow_up: 2026-11-20\n---\n")),
    ]
  }()

  /// The vault, with the 50 MB file, a symlink loop and a link out of it added.
  private func makeVault() throws -> (work: URL, vault: URL) {
    let work = FileManager.default.temporaryDirectory
      .appendingPathComponent("fu-hostile-\(UUID().uuidString)")
    let vault = work.appendingPathComponent("vault")
    try FileManager.default.createDirectory(at: vault, withIntermediateDirectories: true)
    for (name, bytes) in Self.cases {
      try Data(bytes).write(to: vault.appendingPathComponent(name))
    }
    chmod(vault.appendingPathComponent("unreadable.md").path, 0)
    var huge = Data("---\nname: Huge\n---\n\n".utf8)
    let paragraph = Data(
      String(repeating: "- [ ] a task line that goes on and on 📅 2026-12-01\n", count: 1000).utf8)
    while huge.count < 50 << 20 { huge.append(paragraph) }
    try huge.write(to: vault.appendingPathComponent("huge.md"))
    try FileManager.default.createDirectory(
      at: vault.appendingPathComponent("loop"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: vault.appendingPathComponent("loop/again").path, withDestinationPath: "..")
    let outside = work.appendingPathComponent("outside.md")
    try Data("---\nname: Outside\nnext_follow_up: 2026-11-01\n---\n".utf8).write(to: outside)
    try FileManager.default.createSymbolicLink(
      atPath: vault.appendingPathComponent("escape.md").path, withDestinationPath: outside.path)
    return (work, vault)
  }

  private let today = ["--today", "2026-11-21"]

  @Test func listingsGoOnAndNameEveryBadFile() throws {
    let (work, vault) = try makeVault()
    defer {
      chmod(vault.appendingPathComponent("unreadable.md").path, 0o644)
      try? FileManager.default.removeItem(at: work)
    }
    let start = Date()
    for command in [["agenda"], ["list"], ["agenda", "--no-cache"], ["agenda"]] {
      let run = try FuBinary.run(command + ["--vault", "vault"] + today, in: work)
      #expect(run.status == 0, "\(command): \(run.stderr)")
      #expect(run.stdout.contains("Good Contact"), "\(command)")
      #expect(!run.stdout.contains("Outside"), "a link out of the vault is not followed")
    }
    let check = try FuBinary.run(["check", "--vault", "vault"] + today, in: work)
    #expect(check.status == 1)
    let problems = check.stdout
    let named: [(String, Bool)] = [
      ("vault/only-fence.md:1:", true), ("vault/unclosed.md:1:", true),
      ("vault/yaml-error.md:", true), ("vault/duplicate-keys.md:", true),
      ("vault/tabs.md:", true), ("vault/invalid-utf8.md:4:", true), ("vault/binary.md:", true),
      ("vault/conflict.md:3:", true), ("vault/month-13.md:3:", true),
      ("vault/year-zero.md:3:", true), ("vault/year-five-digits.md:3:", true),
      ("vault/deep-flow.md:", true), ("vault/escape.md:", true), ("vault/loop/again:", true),
      ("vault/nul.md:", true), ("vault/huge.md:1:", true),
    ]
    for (prefix, expected) in named {
      #expect(problems.contains(prefix) == expected, "\(prefix) in:\n\(problems)")
    }
    if getuid() != 0 {  // root reads a file whatever its mode says
      #expect(problems.contains("vault/unreadable.md:"))
    }
    #expect(!problems.contains("good.md"))
    #expect(
      Date().timeIntervalSince(start) < 60, "bounded time, 50 MB file and alias bomb included")
  }

  @Test func filesFuCannotWriteSafelyAreRefusedAndLeftAlone() throws {
    let (work, vault) = try makeVault()
    defer {
      chmod(vault.appendingPathComponent("unreadable.md").path, 0o644)
      try? FileManager.default.removeItem(at: work)
    }
    let refused = [
      "unclosed.md", "yaml-error.md", "duplicate-keys.md", "tabs.md", "conflict.md",
      "invalid-utf8.md", "binary.md", "escape.md", "deep-flow.md", "huge.md",
    ]
    for name in refused {
      let path = vault.appendingPathComponent(name)
      let before = try Data(contentsOf: path)
      for command in [["log", name, "x"], ["snooze", name, "2w"]] {
        let run = try FuBinary.run(command + ["--vault", "vault"] + today, in: work)
        #expect(run.status == 1, "\(command): \(run.stdout) \(run.stderr)")
        #expect(run.stderr.hasPrefix("fu: error: "), "\(command): \(run.stderr)")
        #expect(run.stderr.contains(name), "\(command) names the file: \(run.stderr)")
      }
      #expect(try Data(contentsOf: path) == before, "\(name) unchanged")
    }
    let outside = work.appendingPathComponent("outside.md")
    #expect(try String(contentsOf: outside, encoding: .utf8).contains("Outside"))
    #expect(!(try String(contentsOf: outside, encoding: .utf8)).contains("- 2026-11-21"))
  }

  @Test func oddButSoundFilesAreWrittenWhereTheyShouldBe() throws {
    let (work, vault) = try makeVault()
    defer {
      chmod(vault.appendingPathComponent("unreadable.md").path, 0o644)
      try? FileManager.default.removeItem(at: work)
    }
    let run = try FuBinary.run(["log", "carriage", "Coffee", "--vault", "vault"] + today, in: work)
    #expect(run.status == 0, "\(run.stderr)")
    let after = try String(contentsOf: vault.appendingPathComponent("cr-only.md"), encoding: .utf8)
    #expect(
      after
        == "---\rname: Carriage\rlast_contact: 2026-11-21\rcadence: 1w\rnext_follow_up: 2026-11-28\r---\r\r## Log\r\r- 2026-11-01: Tea\r- 2026-11-21: Coffee\r"
    )
    let month = try FuBinary.run(["snooze", "month", "2w", "--vault", "vault"] + today, in: work)
    #expect(month.status == 0, "\(month.stderr)")
    #expect(
      try String(contentsOf: vault.appendingPathComponent("month-13.md"), encoding: .utf8)
        == "---\nname: Month\nnext_follow_up: 2026-12-05\n---\n")
  }

  /// A message argument with a byte that is not UTF-8 (a Latin-1 é) reaches Swift as
  /// U+FFFD: fu refuses it rather than write what was not typed.
  @Test func aMessageArgumentThatIsNotUTF8IsRefused() throws {
    let work = try copyOfSampleVault(named: "latin1-message")
    defer { try? FileManager.default.removeItem(at: work) }
    let file = work.appendingPathComponent("vault/ada-lovelace.md")
    let before = try Data(contentsOf: file)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    // The shell makes the byte: a Swift string cannot hold it.
    process.arguments = [
      "-c", #""$0" log ada "caf$(printf '\351')" --vault vault --today 2026-11-21"#,
      FuBinary.url.path,
    ]
    process.currentDirectoryURL = work
    process.environment = ["PATH": "/usr/bin:/bin", "HOME": work.path, "LANG": "C.UTF-8"]
    let error = Pipe()
    process.standardError = error
    process.standardOutput = Pipe()
    try process.run()
    let stderr = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 1)
    #expect(stderr == "fu: error: the message is not UTF-8 text (is your terminal set to UTF-8?)\n")
    #expect(try Data(contentsOf: file) == before)
  }

  @Test func hostileNamesNeverReachOutsideTheVault() throws {
    let (work, vault) = try makeVault()
    defer {
      chmod(vault.appendingPathComponent("unreadable.md").path, 0o644)
      try? FileManager.default.removeItem(at: work)
    }
    let sentinel = work.appendingPathComponent("sentinel.md")
    let secret = "---\nname: Secret Sentinel\nnext_follow_up: 2026-11-01\n---\n"
    try Data(secret.utf8).write(to: sentinel)
    let long = String(repeating: "é", count: 10_000)
    let whos = [
      "../sentinel.md", "../sentinel", sentinel.path, "/etc/passwd", long,
      "Gооd Contact",  // Cyrillic о
    ]
    for who in whos {
      for command in [["show", who], ["log", who, "x"], ["snooze", who, "2w"]] {
        let run = try FuBinary.run(command + ["--vault", "vault"] + today, in: work)
        #expect(run.status != 0 && run.status < 128, "\(command.prefix(1)) \(who.prefix(40))")
        #expect(!run.stdout.contains("Secret Sentinel"))
      }
    }
    // White space of any kind separates words, as a space does: a newline finds the contact
    // inside the vault, nothing else.
    let newline = try FuBinary.run(["show", "good\nContact", "--vault", "vault"] + today, in: work)
    #expect(newline.status == 0 && newline.stdout.contains("Good Contact"), "\(newline.stderr)")
    for name in ["../x", "/abs/path", "new\nline", String(repeating: "n", count: 10_000)] {
      _ = try FuBinary.run(["add", name, "--vault", "vault"] + today, in: work)
    }
    #expect(try String(contentsOf: sentinel, encoding: .utf8) == secret)
    let outsideNow = try FileManager.default.contentsOfDirectory(atPath: work.path).sorted()
    // `.cache` is fu's index for a vault without `.fu/`: HOME is the work folder here.
    #expect(
      outsideNow == [".cache", "outside.md", "sentinel.md", "vault"],
      "nothing made outside the vault but the index")
    #expect(throws: FuError.self) { try ContactFileName.make(from: "a\u{0}b") }
  }
}

extension HostileInputTests {
  /// A pipe where the config or the template should be is refused at once; fu used to wait
  /// for a writer forever. (Under `timeout`, so that a hang fails the test, not the run.)
  @Test(arguments: [".fu/config.yml", ".fu/template.md"])
  func aPipeWhereAFileShouldBeIsRefusedNotWaitedOn(_ path: String) throws {
    let work = try copyOfSampleVault(named: "pipe")
    defer { try? FileManager.default.removeItem(at: work) }
    let pipe = work.appendingPathComponent("vault/" + path).path
    try? FileManager.default.removeItem(atPath: pipe)
    #expect(mkfifo(pipe, 0o644) == 0)
    let run = try FuBinary.run(
      ["add", "Pipe Test", "--dry-run", "--vault", "vault"], in: work,
      launcher: ["/usr/bin/timeout", "20"])
    #expect(run.status == 1)
    #expect(run.stderr.contains("/\(path) is not a plain file (a folder, a pipe or a device)"))
  }
}
