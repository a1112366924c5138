import Foundation
import Testing

/// `fu log` with several people writes to each file exactly what a log of that person alone
/// writes (so the log's round-trip property holds for each), and nothing else; when one of
/// them cannot be found or written to, nothing is written.
@Suite struct GroupLogTests {
  private let today = ["--vault", "vault", "--today", "2026-11-21"]

  /// The sample vault's contact files, as vault-relative paths.
  private func contactPaths(in vault: URL) -> [String] {
    snapshot(of: vault).keys.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
  }

  @Test func everyoneGetsWhatALogOfTheirOwnWouldWrite() throws {
    let together = try copyOfSampleVault(named: "group-together")
    let alone = try copyOfSampleVault(named: "group-alone")
    defer {
      try? FileManager.default.removeItem(at: together)
      try? FileManager.default.removeItem(at: alone)
    }
    let vault = together.appendingPathComponent("vault")
    let before = snapshot(of: vault)
    let paths = contactPaths(in: vault)
    let people = Array(paths.prefix(paths.count - 2))  // two stay out
    let message = ["Group lunch", "--next", "2w"]

    let run = try FuBinary.run(
      ["log", people[0], message[0]] + people.dropFirst().flatMap { ["--with", $0] }
        + message.dropFirst() + today, in: together)
    #expect(run.status == 0 && run.stderr.isEmpty, "\(run.stderr)")
    #expect(run.stdout.split(separator: "\n").count == people.count)
    for person in people {
      let single = try FuBinary.run(["log", person] + message + today, in: alone)
      #expect(single.status == 0, "\(person): \(single.stderr)")
    }

    let after = snapshot(of: vault)
    let expected = snapshot(of: alone.appendingPathComponent("vault"))
    for path in paths {
      #expect(after[path] == expected[path], "\(path), byte for byte")
      #expect((after[path] != before[path]) == people.contains(path), "\(path) changed or not")
    }
  }

  @Test func oneFileThatCannotBeWrittenStopsTheLogBeforeAnyWrite() throws {
    let work = try copyOfSampleVault(named: "group-refused")
    defer { try? FileManager.default.removeItem(at: work) }
    let vault = work.appendingPathComponent("vault")
    // A contact whose sequence fu cannot read: an attempt cannot be planned for it.
    let shannon = vault.appendingPathComponent("leads/claude-shannon.md")
    let text = try String(contentsOf: shannon, encoding: .utf8)
    try text.replacingOccurrences(of: "---\nname:", with: "---\nsequence: drip\nname:")
      .write(to: shannon, atomically: true, encoding: .utf8)
    let before = snapshot(of: vault)

    let run = try FuBinary.run(
      ["log", "ada, shannon", "Intro email", "--sent"] + today, in: work)
    #expect(run.status == 1)
    #expect(run.stderr.contains("unknown sequence \"drip\""), "\(run.stderr)")
    #expect(run.stdout.isEmpty)
    #expect(snapshot(of: vault) == before, "Ada's file is not written either")
  }

  @Test func oneReadOnlyFileStopsTheLogBeforeAnyWrite() throws {
    let work = try copyOfSampleVault(named: "group-read-only")
    defer { try? FileManager.default.removeItem(at: work) }
    let vault = work.appendingPathComponent("vault")
    let grace = vault.appendingPathComponent("work/grace-hopper.md").path
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: grace)
    let before = snapshot(of: vault)

    let run = try FuBinary.run(["log", "ada, grace", "Group lunch"] + today, in: work)
    #expect(run.status == 1)
    #expect(run.stderr.contains("grace-hopper.md: is read-only"), "\(run.stderr)")
    #expect(run.stdout.isEmpty)
    #expect(snapshot(of: vault) == before, "Ada's file is not written either")

    // The dry run fails as the write would: before it shows any diff.
    let dryRun = try FuBinary.run(
      ["log", "ada, grace", "Group lunch", "--dry-run"] + today, in: work)
    #expect(dryRun.status == 1)
    #expect(dryRun.stderr.contains("grace-hopper.md: is read-only"), "\(dryRun.stderr)")
    #expect(dryRun.stdout.isEmpty, "\(dryRun.stdout)")
  }
}
