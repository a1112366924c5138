import Foundation
import Testing

/// `git: {autocommit: true}`: each write is committed alone, with a message naming the
/// command and the contact; a file with changes of its own, or a vault outside git, is
/// written but not committed, and fu says so; two clones logging different contacts merge.
@Suite(.serialized) struct GitAutocommitTests {
  private let today = ["--today", "2026-11-21"]

  /// Runs git in `folder` and returns what it printed; fails the test when git fails.
  @discardableResult
  private func git(_ arguments: [String], in folder: URL) throws -> String {
    try RealGit.run(arguments, in: folder).output
  }

  /// A copy of the sample vault with autocommit on, as the first commit of a new repository
  /// (or not in one, with `repository: false`), in a new work folder.
  private func makeVault(repository: Bool = true) throws -> (work: URL, vault: URL) {
    let work = try copyOfSampleVault(named: "git")
    let vault = work.appendingPathComponent("vault")
    try? FileManager.default.removeItem(at: vault.appendingPathComponent(".fu/cache"))
    let config = vault.appendingPathComponent(".fu/config.yml")
    try (String(contentsOf: config, encoding: .utf8) + "git:\n  autocommit: true\n")
      .write(to: config, atomically: true, encoding: .utf8)
    if repository {
      try git(["init", "-q", "-b", "main"], in: vault)
      try git(["add", "-A"], in: vault)
      try git(["commit", "-qm", "init"], in: vault)
    }
    return (work, vault)
  }

  private func fu(_ arguments: [String], in folder: URL) throws -> Run {
    try FuBinary.run(arguments + today, in: folder, environment: RealGit.identity)
  }

  @Test func eachWriteIsCommittedAloneWithItsCommandAndContact() throws {
    let (work, vault) = try makeVault()
    defer { try? FileManager.default.removeItem(at: work) }
    // Something else staged stays staged, out of fu's commits.
    try "staged\n".write(
      to: vault.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
    try git(["add", "notes.txt"], in: vault)

    for command in [
      ["log", "ada", "Coffee"], ["snooze", "knuth", "2w"], ["add", "Grace Brewster"],
      ["done", "margaret"],
    ] {
      let run = try fu(command, in: vault)
      #expect(run.status == 0 && run.stderr.isEmpty, "\(command): \(run.stderr)")
    }
    #expect(
      try git(["log", "--format=%s"], in: vault)
        == "fu done: Margaret Hamilton — Send the slides 📅 2026-11-24\nfu add: Grace Brewster\n"
        + "fu snooze: Donald Knuth to 2026-12-05\nfu log: Ada Lovelace — Coffee\ninit\n")
    for (revision, file) in [
      ("HEAD", "work/margaret-hamilton.md"), ("HEAD~1", "grace-brewster.md"),
      ("HEAD~2", "donald-knuth.md"), ("HEAD~3", "ada-lovelace.md"),
    ] {
      #expect(try git(["show", "--format=", "--name-only", revision], in: vault) == file + "\n")
    }
    #expect(try git(["status", "--porcelain"], in: vault) == "A  notes.txt\n")
  }

  @Test func aGroupLogIsOneCommitOfEveryoneThere() throws {
    let (work, vault) = try makeVault()
    defer { try? FileManager.default.removeItem(at: work) }
    let run = try fu(["log", "ada, grace", "Group lunch", "--with", "knuth"], in: vault)
    #expect(run.status == 0 && run.stderr.isEmpty, "\(run.stderr)")
    #expect(
      try git(["log", "--format=%s"], in: vault)
        == "fu log: Ada Lovelace, Grace Hopper, Donald Knuth — Group lunch\ninit\n")
    #expect(
      try git(["show", "--format=", "--name-only", "HEAD"], in: vault)
        == "ada-lovelace.md\ndonald-knuth.md\nwork/grace-hopper.md\n")
    #expect(try git(["status", "--porcelain"], in: vault) == "")
  }

  @Test func aGroupLogCommitNamesOnlyThePeopleItHolds() throws {
    let (work, vault) = try makeVault()
    defer { try? FileManager.default.removeItem(at: work) }
    let grace = vault.appendingPathComponent("work/grace-hopper.md")
    try (String(contentsOf: grace, encoding: .utf8) + "A line of my own.\n")
      .write(to: grace, atomically: true, encoding: .utf8)
    let run = try fu(["log", "ada, grace", "Group lunch"], in: vault)
    #expect(run.status == 0)
    #expect(run.stderr.contains("work/grace-hopper.md not committed"), "\(run.stderr)")
    #expect(
      try git(["log", "--format=%s"], in: vault) == "fu log: Ada Lovelace — Group lunch\ninit\n")
    #expect(
      try git(["show", "--format=", "--name-only", "HEAD"], in: vault) == "ada-lovelace.md\n")
  }

  @Test func anImportIsOneCommitOfTheFilesItWrote() throws {
    let (work, vault) = try makeVault()
    defer { try? FileManager.default.removeItem(at: work) }
    let book = Scenario.fixtures.appendingPathComponent("address-books/apple-contacts.vcf").path
    let run = try fu(["import", book, "--merge"], in: vault)
    #expect(run.status == 0 && !run.stderr.contains("warning"), "\(run.stderr)")
    #expect(
      try git(["log", "--format=%s"], in: vault)
        == "fu import: 3 contacts from apple-contacts.vcf\ninit\n")
    #expect(
      try git(
        ["-c", "core.quotePath=false", "show", "--format=", "--name-only", "HEAD"], in: vault)
        == "ada-lovelace.md\nbabbage-sons-ltd.md\n大江-健三郎-ōe-kenzaburō.md\n")
    #expect(try git(["status", "--porcelain"], in: vault) == "")
  }

  @Test func aPersonTwiceInOneImportIsOneFileInOneCommit() throws {
    let (work, vault) = try makeVault()
    defer { try? FileManager.default.removeItem(at: work) }
    let book = work.appendingPathComponent("twice.vcf")
    try "BEGIN:VCARD\nFN:New Person\nEND:VCARD\nBEGIN:VCARD\nFN:new person\nEMAIL:np@x\nEND:VCARD\n"
      .write(to: book, atomically: true, encoding: .utf8)
    let run = try fu(["import", book.path, "--merge"], in: vault)
    #expect(run.status == 0 && !run.stderr.contains("warning"), "\(run.stderr)")
    #expect(
      try git(["log", "--format=%s"], in: vault) == "fu import: 1 contact from twice.vcf\ninit\n")
    #expect(try git(["status", "--porcelain"], in: vault) == "")
  }

  @Test func aFileWithChangesOfItsOwnIsWrittenButNotCommitted() throws {
    let (work, vault) = try makeVault()
    defer { try? FileManager.default.removeItem(at: work) }
    let ada = vault.appendingPathComponent("ada-lovelace.md")
    try (String(contentsOf: ada, encoding: .utf8) + "\nMy own note.\n")
      .write(to: ada, atomically: true, encoding: .utf8)
    let run = try fu(["log", "ada", "Coffee"], in: vault)
    #expect(run.status == 0)
    #expect(
      run.stderr
        == "fu: warning: ada-lovelace.md not committed: it had changes of its own, or is not tracked; commit it with git\n"
    )
    #expect(try String(contentsOf: ada, encoding: .utf8).contains("- 2026-11-21: Coffee"))
    #expect(try git(["log", "--format=%s"], in: vault) == "init\n")
  }

  @Test func aSnoozeToTheDaySetWritesAndCommitsNothing() throws {
    let (work, vault) = try makeVault()
    defer { try? FileManager.default.removeItem(at: work) }
    let dennis = vault.appendingPathComponent("friends/dennis-ritchie.md")
    let before = try Data(contentsOf: dennis)
    let stamp = try FileManager.default.attributesOfItem(atPath: dennis.path)[.modificationDate]
    let run = try fu(["snooze", "dennis", "2026-11-26"], in: vault)
    #expect(run.status == 0 && run.stderr.isEmpty, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("Nothing to change: Dennis Ritchie's next follow-up is"))
    #expect(try Data(contentsOf: dennis) == before)
    #expect(
      try FileManager.default.attributesOfItem(atPath: dennis.path)[.modificationDate] as? Date
        == stamp as? Date)
    #expect(try git(["log", "--format=%s"], in: vault) == "init\n")
  }

  @Test func aFileNameIsNotAPattern() throws {
    let (work, vault) = try makeVault()
    defer { try? FileManager.default.removeItem(at: work) }
    // `ana[w].md` as a pattern also matches `anaw.md`, which has changes of its own.
    for name in ["ana[w].md", "anaw.md"] {
      try "---\nname: \(name)\n---\n".write(
        to: vault.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    try git(["add", "-A"], in: vault)
    try git(["commit", "-qm", "two"], in: vault)
    try "---\nname: Ana W\n---\n".write(
      to: vault.appendingPathComponent("anaw.md"), atomically: true, encoding: .utf8)
    let run = try fu(["log", "ana[w].md", "Coffee"], in: vault)
    #expect(run.status == 0 && run.stderr.isEmpty, "\(run.stderr)")
    #expect(try git(["log", "-1", "--format=%s"], in: vault) == "fu log: ana[w].md — Coffee\n")
    #expect(try git(["status", "--porcelain"], in: vault) == " M anaw.md\n")
  }

  @Test func aVaultOutsideGitIsWrittenAndFuSaysSo() throws {
    let (work, vault) = try makeVault(repository: false)
    defer { try? FileManager.default.removeItem(at: work) }
    let run = try fu(["log", "ada", "Coffee"], in: vault)
    #expect(run.status == 0)
    #expect(
      run.stderr
        == "fu: warning: ada-lovelace.md not committed: the vault is not in a git repository\n")
    #expect(!FileManager.default.fileExists(atPath: vault.appendingPathComponent(".git").path))
  }

  @Test func twoClonesLoggingDifferentContactsMergeCleanly() throws {
    let (work, vault) = try makeVault()
    defer { try? FileManager.default.removeItem(at: work) }
    let hub = work.appendingPathComponent("hub.git")
    try git(["clone", "-q", "--bare", vault.path, hub.path], in: work)
    let laptop = work.appendingPathComponent("laptop")
    let desktop = work.appendingPathComponent("desktop")
    try git(["clone", "-q", hub.path, laptop.path], in: work)
    try git(["clone", "-q", hub.path, desktop.path], in: work)

    #expect(try fu(["log", "ada", "Coffee on the laptop"], in: laptop).status == 0)
    #expect(try fu(["log", "knuth", "Letter from the desktop"], in: desktop).status == 0)
    try git(["push", "-q", "origin", "main"], in: laptop)
    try git(["pull", "-q", "--no-rebase", "origin", "main"], in: desktop)  // a merge commit
    try git(["push", "-q", "origin", "main"], in: desktop)
    try git(["pull", "-q", "--no-rebase", "origin", "main"], in: laptop)

    for clone in [laptop, desktop] {
      let ada = try String(
        contentsOf: clone.appendingPathComponent("ada-lovelace.md"), encoding: .utf8)
      let knuth = try String(
        contentsOf: clone.appendingPathComponent("donald-knuth.md"), encoding: .utf8)
      #expect(ada.contains("- 2026-11-21: Coffee on the laptop"))
      #expect(knuth.contains("- 2026-11-21: Letter from the desktop"))
      #expect(try git(["status", "--porcelain"], in: clone).isEmpty)
      #expect(try fu(["check", "--vault", "."], in: clone).status == 0)
    }
  }
}
