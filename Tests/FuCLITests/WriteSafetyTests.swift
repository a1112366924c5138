import Foundation
import FuKit
import Glibc
import Testing

/// What the real binary survives: many processes logging at once, and processes killed in
/// the middle of a write.
@Suite struct WriteSafetyTests {
  /// The log of vault-relative `path`, read as fu reads it; fails the test when the file
  /// has problems.
  private func log(of path: String, in work: URL) throws -> [LogEntry] {
    let vault = try Vault(path: work.appendingPathComponent("vault").path)
    let file = try vault.readFile(path).get()
    #expect(file.diagnostics.isEmpty, "\(file.diagnostics)")
    #expect(file.refusalReason == nil)
    return file.contact.log
  }

  private func logArguments(_ who: String, _ message: String) -> [String] {
    ["log", who, message, "--vault", "vault", "--date", "2026-11-20", "--today", "2026-11-21"]
  }

  @Test func twoWritersLoggingFiftyTimesEachToOneContactLoseNothing() throws {
    let work = try copyOfSampleVault(named: "safety")
    defer { try? FileManager.default.removeItem(at: work) }
    let before = try log(of: "ada-lovelace.md", in: work).count
    let failures = ManagedFailures()
    DispatchQueue.concurrentPerform(iterations: 2) { writer in
      for round in 0..<50 {
        let run = try? FuBinary.run(logArguments("ada", "w\(writer)-r\(round)"), in: work)
        if run?.status != 0 { failures.add("w\(writer)-r\(round): \(run?.stderr ?? "no run")") }
      }
    }
    #expect(failures.all.isEmpty, "\(failures.all)")
    let entries = try log(of: "ada-lovelace.md", in: work)
    #expect(entries.count == before + 100)
    let expected = Set((0..<2).flatMap { w in (0..<50).map { "w\(w)-r\($0)" } })
    #expect(Set(entries.map(\.text)).intersection(expected) == expected)
  }

  @Test func writersOnDifferentContactsInOneFolderLoseNothing() throws {
    let work = try copyOfSampleVault(named: "safety")
    defer { try? FileManager.default.removeItem(at: work) }
    let people = ["ada-lovelace.md", "donald-knuth.md", "edsger-dijkstra.md", "john-mccarthy.md"]
    let before = try people.map { try log(of: $0, in: work).count }
    let failures = ManagedFailures()
    DispatchQueue.concurrentPerform(iterations: people.count) { index in
      for round in 0..<10 {
        let run = try? FuBinary.run(logArguments(people[index], "round \(round)"), in: work)
        if run?.status != 0 {
          failures.add("\(people[index]) \(round): \(run?.stderr ?? "no run")")
        }
      }
    }
    #expect(failures.all.isEmpty, "\(failures.all)")
    for (index, person) in people.enumerated() {
      #expect(try log(of: person, in: work).count == before[index] + 10, "\(person)")
    }
  }

  /// Kills `fu log` at random moments, from before it starts reading to after it renamed
  /// its file, and checks after each kill that the file is the old one or the new one.
  @Test func aWriterKilledAtAnyMomentLeavesTheOldFileOrTheNew() throws {
    let work = try copyOfSampleVault(named: "safety")
    defer { try? FileManager.default.removeItem(at: work) }
    let path = work.appendingPathComponent("vault/ada-lovelace.md")
    var generator = SystemRandomNumberGenerator()
    var outcomes = (old: 0, new: 0)
    // Kill moments are spread over a whole run's length, measured here, and a little more.
    var longest: UInt32 = 0
    for round in 0..<3 {
      let start = DispatchTime.now().uptimeNanoseconds
      _ = try FuBinary.run(logArguments("ada", "timing \(round)"), in: work)
      longest = max(longest, UInt32((DispatchTime.now().uptimeNanoseconds - start) / 1_000))
    }
    for round in 0..<100 {
      let before = try Data(contentsOf: path)
      let entries = try log(of: "ada-lovelace.md", in: work).count
      let process = Process()
      process.executableURL = FuBinary.url
      process.arguments = logArguments("ada", "kill \(round)")
      process.currentDirectoryURL = work
      process.environment = ["HOME": work.path, "PATH": "/usr/bin:/bin"]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      usleep(UInt32.random(in: 0...(longest + longest / 4), using: &generator))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      let after = try Data(contentsOf: path)
      if after == before {
        outcomes.old += 1
      } else {
        let log = try self.log(of: "ada-lovelace.md", in: work)
        #expect(log.count == entries + 1, "round \(round): a whole new file")
        #expect(log.contains { $0.text == "kill \(round)" })
        outcomes.new += 1
      }
    }
    #expect(outcomes.old + outcomes.new == 100)
    // Temporary files of killed writers are hidden, so never read as contacts, and the
    // next write clears them away.
    let listed = try FuBinary.run(["list", "--vault", "vault", "--json"], in: work)
    #expect(!listed.stdout.contains(".tmp"))
    #expect(try FuBinary.run(logArguments("ada", "after the kills"), in: work).status == 0)
    let leftovers = try FileManager.default.contentsOfDirectory(
      atPath: work.appendingPathComponent("vault").path
    ).filter { $0.hasSuffix(".tmp") }
    #expect(leftovers.isEmpty, "\(leftovers)")
    print("kill loop: \(outcomes.old) kills left the old file, \(outcomes.new) the new one")
  }
}

extension WriteSafetyTests {
  /// Where a test sends fu's standard output or error.
  private enum Sink {
    /// /dev/full, where every write fails with ENOSPC.
    case fullDisk
    /// A pipe whose reader is gone, as after `| true` or `| head -1`.
    case goneReader
    /// A pipe the test reads.
    case captured
  }

  /// Runs `fu arguments` in `directory` with its standard output to `output` and its
  /// standard error to `error`: whether it exited (rather than being killed), its status,
  /// and its standard error when captured.
  private func run(
    _ arguments: [String], in directory: URL, home: String, output: Sink, error: Sink = .captured
  ) throws -> (exited: Bool, status: Int32, stderr: String) {
    func handle(_ sink: Sink) throws -> Any {
      switch sink {
      case .fullDisk: return try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
      case .goneReader:
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        return pipe
      case .captured: return Pipe()
      }
    }
    let process = Process()
    process.executableURL = FuBinary.url
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.environment = ["PATH": "/usr/bin:/bin", "HOME": home, "NO_COLOR": "1"]
    process.standardOutput = try handle(output)
    let errorHandle = try handle(error)
    process.standardError = errorHandle
    try process.run()
    let message = (errorHandle as? Pipe).flatMap { pipe in
      error == .captured ? try? pipe.fileHandleForReading.readToEnd() : nil
    }
    process.waitUntilExit()
    return (
      process.terminationReason == .exit, process.terminationStatus,
      String(decoding: message ?? Data(), as: UTF8.self)
    )
  }

  @Test func outputThatCannotBeWrittenIsAnError() throws {
    let run = try run(
      ["agenda", "--vault", "sample-vault", "--today", "2026-11-21"], in: Scenario.repository,
      home: "/nonexistent", output: .fullDisk)
    #expect(run.status == 1)
    #expect(run.stderr.contains("fu: error: cannot write the output (No space left on device)"))
  }

  /// A log that was written succeeds though its report is lost: a script that ran it again
  /// on failure would log twice.
  @Test func aWriteWhoseReportCannotBeWrittenStillSucceeds() throws {
    let work = try copyOfSampleVault(named: "safety")
    defer { try? FileManager.default.removeItem(at: work) }
    let before = try log(of: "ada-lovelace.md", in: work).count
    let run = try run(
      logArguments("ada", "report lost"), in: work, home: work.path, output: .fullDisk)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(
      run.stderr
        == "fu: warning: cannot write the output (No space left on device); the vault's files were written\n"
    )
    #expect(try log(of: "ada-lovelace.md", in: work).count == before + 1)
  }

  /// A reader gone before fu writes its report (`fu log ada x | true`) neither kills fu
  /// after its write nor makes it fail.
  @Test func aWriteWhoseReaderIsGoneStillSucceeds() throws {
    let work = try copyOfSampleVault(named: "safety")
    defer { try? FileManager.default.removeItem(at: work) }
    let before = try log(of: "ada-lovelace.md", in: work).count
    let run = try run(
      logArguments("ada", "nobody reads this"), in: work, home: work.path, output: .goneReader)
    #expect(run.exited)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.isEmpty)
    #expect(try log(of: "ada-lovelace.md", in: work).count == before + 1)
  }

  /// Standard error gone too (`fu log ada x |& true`), a warning after the write (here: the
  /// vault is in no git repository to commit to) is dropped, and fu still succeeds.
  @Test func aWriteWhoseWarningsHaveNoReaderStillSucceeds() throws {
    let work = try copyOfSampleVault(named: "safety")
    defer { try? FileManager.default.removeItem(at: work) }
    let config = work.appendingPathComponent("vault/.fu/config.yml")
    try Data("git:\n  autocommit: true\n".utf8).write(to: config)
    let before = try log(of: "ada-lovelace.md", in: work).count
    let run = try run(
      logArguments("ada", "nobody reads the warning"), in: work, home: work.path,
      output: .goneReader, error: .goneReader)
    #expect(run.exited)
    #expect(run.status == 0)
    #expect(try log(of: "ada-lovelace.md", in: work).count == before + 1)
  }
}

extension WriteSafetyTests {
  /// A dry run says what the write would do, files fu must not write included.
  @Test func dryRunsRefuseAReadOnlyContactAsTheWritesDo() throws {
    let work = try copyOfSampleVault(named: "safety")
    defer { try? FileManager.default.removeItem(at: work) }
    #expect(chmod(work.appendingPathComponent("vault/ada-lovelace.md").path, 0o444) == 0)
    let vcf = Scenario.repository.appendingPathComponent(
      "Tests/Fixtures/address-books/apple-contacts.vcf"
    ).path
    let importing = ["import", vcf, "--merge", "--vault", "vault", "--today", "2026-11-21"]
    let dry = try FuBinary.run(importing + ["--dry-run"], in: work)
    for command in [logArguments("ada", "Tea"), ["snooze", "ada", "2w", "--vault", "vault"]] {
      let dryRun = try FuBinary.run(command + ["--dry-run"], in: work)
      #expect(dryRun.status == 1 && dryRun.stderr.contains("is read-only"), "\(command)")
    }
    let real = try FuBinary.run(importing, in: work)
    #expect(dry.status == 0 && real.status == 0)
    #expect(dry.stdout.hasPrefix("not merged   vault/ada-lovelace.md"))
    #expect(real.stdout.hasPrefix("not merged   vault/ada-lovelace.md"))
  }
}

/// Failures collected from concurrent workers.
private final class ManagedFailures: @unchecked Sendable {
  private let lock = NSLock()
  private var lines: [String] = []
  var all: [String] { lock.withLock { lines } }
  func add(_ line: String) { lock.withLock { lines.append(line) } }
}

extension WriteSafetyTests {
  /// An import stopped by an error (here a file size limit) reports, for a script, what it
  /// had written by then.
  @Test func anImportStoppedMidwayReportsWhatItWrote() throws {
    let work = try copyOfSampleVault(named: "safety")
    defer { try? FileManager.default.removeItem(at: work) }
    let card = { (name: String, note: String) in
      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:\(name)\r\nNOTE:\(note)\r\nEND:VCARD\r\n"
    }
    let vcf =
      card("Hedy Lamarr", "Inventor.")
      + card("Mary Somerville", String(repeating: "x", count: 20_000))
      + card("Emmy Noether", "Algebra.")
    try Data(vcf.utf8).write(to: work.appendingPathComponent("people.vcf"))
    // Files larger than 10 KiB cannot be written; the signal that would say so is ignored.
    let run = try FuBinary.run(
      ["import", "people.vcf", "--json", "--vault", "vault", "--today", "2026-11-21"], in: work,
      launcher: ["/bin/bash", "-c", "trap '' XFSZ; ulimit -f 10; exec \"$0\" \"$@\""])
    #expect(run.status == 1)
    #expect(run.stderr.contains("File too large"), "\(run.stderr)")
    let report = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]]
    #expect(report?.map { $0["action"] as? String } == ["created"])
    #expect(report?.map { $0["path"] as? String } == ["hedy-lamarr.md"])
    let vault = work.appendingPathComponent("vault")
    #expect(
      FileManager.default.fileExists(atPath: vault.appendingPathComponent("hedy-lamarr.md").path))
    #expect(
      !FileManager.default.fileExists(atPath: vault.appendingPathComponent("emmy-noether.md").path))
  }
}
