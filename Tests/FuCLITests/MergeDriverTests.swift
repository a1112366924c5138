import Foundation
import FuTestSupport
import Testing

/// `fu git setup` and `fu merge-file` with real git: clones of the sample vault that log
/// the same contact merge with a plain `git pull`; a real conflict still stops git, with
/// its markers, and keeps every entry.
@Suite struct MergeDriverTests {
  private let today = "2026-11-21"
  /// Runs git in `folder`; what it printed and its status.
  @discardableResult
  private func git(_ arguments: [String], in folder: URL, mustSucceed: Bool = true) throws
    -> (output: String, status: Int32)
  {
    try RealGit.run(arguments, in: folder, mustSucceed: mustSucceed)
  }

  private func fu(_ arguments: [String], in folder: URL) throws -> Run {
    try FuBinary.run(arguments + ["--today", today], in: folder)
  }

  /// The sample vault, committed with `.gitattributes` from `fu git setup`, pushed to a hub
  /// and cloned twice, each clone set up; the work folder, the clones and the hub.
  private func makeClones() throws -> (work: URL, laptop: URL, desktop: URL) {
    let work = try copyOfSampleVault(named: "merge")
    let vault = work.appendingPathComponent("vault")
    try? FileManager.default.removeItem(at: vault.appendingPathComponent(".fu/cache"))
    try git(["init", "-q", "-b", "main"], in: vault)
    let setup = try fu(["git", "setup"], in: vault)
    #expect(setup.status == 0, "\(setup.stderr)")
    try git(["add", "-A"], in: vault)
    try git(["commit", "-qm", "init"], in: vault)
    let hub = work.appendingPathComponent("hub.git")
    try git(["clone", "-q", "--bare", vault.path, hub.path], in: work)
    let laptop = work.appendingPathComponent("laptop")
    let desktop = work.appendingPathComponent("desktop")
    for clone in [laptop, desktop] {
      try git(["clone", "-q", hub.path, clone.path], in: work)
      #expect(try fu(["git", "setup"], in: clone).status == 0)
    }
    return (work, laptop, desktop)
  }

  /// Commits everything in `clone` with `message`.
  private func commit(_ clone: URL, _ message: String) throws {
    try git(["commit", "-qam", message], in: clone)
  }

  private func ada(in clone: URL) throws -> String {
    try String(contentsOf: clone.appendingPathComponent("ada-lovelace.md"), encoding: .utf8)
  }

  @Test func setupWritesTheAttributesAndTheClonesConfigOnce() throws {
    let work = try copyOfSampleVault(named: "merge-setup")
    defer { try? FileManager.default.removeItem(at: work) }
    let vault = work.appendingPathComponent("vault")
    let outside = try fu(["git", "setup"], in: vault)
    #expect(outside.status == 1)
    #expect(outside.stderr.contains("it is not in a git work tree"))

    try git(["init", "-q", "-b", "main"], in: vault)
    try "*.png binary".write(
      to: vault.appendingPathComponent(".gitattributes"), atomically: true, encoding: .utf8)
    let first = try fu(["git", "setup"], in: vault)
    let binary = FuBinary.url.resolvingSymlinksInPath().path
    #expect(
      first.stdout == """
        Added to .gitattributes: *.md merge=fu, *.markdown merge=fu (commit it, so that every clone has it).
        Set in this clone's git config: merge.fu.name = fu: contact files (front matter by key, log entries joined)
        Set in this clone's git config: merge.fu.driver = \(binary) merge-file %O %A %B %P
        Run `fu git setup` in every other clone too: git does not copy merge drivers.

        """)
    let second = try fu(["git", "setup"], in: vault)
    #expect(second.status == 0)
    #expect(second.stdout.hasPrefix("Already set up: "))
    #expect(
      try String(contentsOf: vault.appendingPathComponent(".gitattributes"), encoding: .utf8)
        == "*.png binary\n*.md merge=fu\n*.markdown merge=fu\n")

    // With this fu first on PATH, the driver names it as `fu`.
    let onPath = try FuBinary.run(
      ["git", "setup"], in: vault,
      environment: ["PATH": FuBinary.url.deletingLastPathComponent().path + ":/usr/bin:/bin"])
    #expect(onPath.stdout.contains("merge.fu.driver = fu merge-file %O %A %B %P\n"))
  }

  @Test func checkWarnsInACloneWithoutTheDriverAndInitOffersSetup() throws {
    let work = try copyOfSampleVault(named: "merge-check")
    defer { try? FileManager.default.removeItem(at: work) }
    let vault = work.appendingPathComponent("vault")
    try git(["init", "-q", "-b", "main"], in: vault)
    // Not a terminal: fu init says what to run, and waits for nothing.
    let initialised = try fu(["init", "."], in: vault)
    #expect(
      initialised.stdout
        == ". is already a fu vault; nothing changed.\nThe vault is in git: run `fu git setup` so that git merges contact files edited on two machines (see 'fu help git').\n"
    )
    try "*.md merge=fu\n".write(
      to: vault.appendingPathComponent(".gitattributes"), atomically: true, encoding: .utf8)
    let check = try fu(["check"], in: vault)
    #expect(check.status == 0)
    #expect(
      check.stderr.hasPrefix(
        "fu: warning: .gitattributes:1: names fu's merge driver, but this clone's git config has none, so git merges contact files as plain text: run `fu git setup`\n"
      ))
    #expect(try fu(["git", "setup"], in: vault).status == 0)
    #expect(!(try fu(["check"], in: vault).stderr.contains("warning")))
    #expect(
      try fu(["init", "."], in: vault).stdout == ". is already a fu vault; nothing changed.\n")
  }

  @Test func twoClonesLoggingTheSameContactPullCleanly() throws {
    let (work, laptop, desktop) = try makeClones()
    defer { try? FileManager.default.removeItem(at: work) }
    #expect(
      try fu(["log", "ada", "Call from the phone", "--date", "2026-11-20"], in: laptop).status == 0)
    #expect(try fu(["log", "ada", "Coffee; send the deck"], in: laptop).status == 0)
    try commit(laptop, "laptop")
    #expect(
      try fu(["log", "ada", "Email from the desktop", "--next", "2027-01-15"], in: desktop).status
        == 0)
    try commit(desktop, "desktop")
    try git(["push", "-q", "origin", "main"], in: laptop)
    try git(["pull", "-q", "--no-rebase", "origin", "main"], in: desktop)
    try git(["push", "-q", "origin", "main"], in: desktop)
    try git(["pull", "-q", "--no-rebase", "origin", "main"], in: laptop)

    for clone in [laptop, desktop] {
      let text = try ada(in: clone)
      #expect(
        text.contains(
          """
          - 2026-11-20: Call from the phone
          - 2026-11-21: Coffee; send the deck
          - 2026-11-21: Email from the desktop

          """)
          || text.contains(
            """
            - 2026-11-20: Call from the phone
            - 2026-11-21: Email from the desktop
            - 2026-11-21: Coffee; send the deck

            """),
        "\(text)")
      #expect(text.contains("last_contact: 2026-11-21\n"))
      #expect(try git(["status", "--porcelain"], in: clone).output.isEmpty)
      let check = try fu(["check", "--vault", "."], in: clone)
      #expect(check.status == 0 && check.stderr == "No problems in 19 contact files.\n")
    }
    #expect(try ada(in: laptop) == (try ada(in: desktop)))
  }

  @Test func notesOnOneSideAndALogOnTheOtherMergeCleanly() throws {
    let (work, laptop, desktop) = try makeClones()
    defer { try? FileManager.default.removeItem(at: work) }
    let notes = try ada(in: laptop).replacingOccurrences(
      of: "Prefers long emails to short calls.", with: "Prefers long emails; never before 10.")
    try notes.write(
      to: laptop.appendingPathComponent("ada-lovelace.md"), atomically: true, encoding: .utf8)
    try commit(laptop, "notes")
    try git(["push", "-q", "origin", "main"], in: laptop)
    #expect(try fu(["log", "ada", "Coffee"], in: desktop).status == 0)
    try commit(desktop, "log")
    try git(["pull", "-q", "--no-rebase", "origin", "main"], in: desktop)
    let text = try ada(in: desktop)
    #expect(
      text.contains("Prefers long emails; never before 10.")
        && text.contains("- 2026-11-21: Coffee\n"))
    #expect(try git(["status", "--porcelain"], in: desktop).output.isEmpty)
  }

  @Test func aParagraphEditedOnBothSidesStopsGitWithItsMarkersAndKeepsEveryEntry() throws {
    let (work, laptop, desktop) = try makeClones()
    defer { try? FileManager.default.removeItem(at: work) }
    for (clone, words, entry) in [
      (laptop, "Prefers calls.", "Call from the laptop"),
      (desktop, "Prefers letters.", "Letter from the desktop"),
    ] {
      let text = try ada(in: clone).replacingOccurrences(
        of: "Prefers long emails to short calls.", with: words)
      try text.write(
        to: clone.appendingPathComponent("ada-lovelace.md"), atomically: true, encoding: .utf8)
      #expect(try fu(["log", "ada", entry], in: clone).status == 0)
      try commit(clone, entry)
    }
    try git(["push", "-q", "origin", "main"], in: laptop)
    let pull = try git(["pull", "--no-rebase", "origin", "main"], in: desktop, mustSucceed: false)
    #expect(pull.status != 0)
    #expect(pull.output.contains("CONFLICT (content): Merge conflict in ada-lovelace.md"))
    let text = try ada(in: desktop)
    #expect(
      text.contains(
        """
        <<<<<<< ours
        the deck. Prefers letters.
        =======
        the deck. Prefers calls.
        >>>>>>> theirs

        """))
    #expect(text.contains("- 2026-11-21: Letter from the desktop\n"))
    #expect(text.contains("- 2026-11-21: Call from the laptop\n"))
    // fu refuses the file until the conflict is resolved.
    let refused = try fu(["log", "ada", "Another"], in: desktop)
    #expect(refused.status == 1 && refused.stderr.contains("merge-conflict markers"))
  }

  @Test func mergeFileFollowsGitsDriverProtocol() throws {
    let work = try makeTemporaryFolder("merge-file")
    defer { try? FileManager.default.removeItem(at: work) }
    let base = "---\nlast_contact: 2026-11-01\n---\n## Log\n\n- 2026-11-01: a\n"
    let files = [
      ("base", base), ("ours", base.replacingOccurrences(of: "a\n", with: "a\n- 2026-11-02: b\n")),
      ("theirs", base.replacingOccurrences(of: "a\n", with: "a\n- 2026-11-03: c\n")),
    ]
    for (name, text) in files {
      try text.write(to: work.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    let clean = try fu(["merge-file", "base", "ours", "theirs", "x.md"], in: work)
    #expect(clean.status == 0 && clean.stdout.isEmpty && clean.stderr.isEmpty)
    #expect(
      try String(contentsOf: work.appendingPathComponent("ours"), encoding: .utf8)
        == "---\nlast_contact: 2026-11-01\n---\n## Log\n\n- 2026-11-01: a\n- 2026-11-02: b\n- 2026-11-03: c\n"
    )
    // Both sides give `name` a different value: a conflict on that line, exit 1.
    for (name, value) in [("ours", "Ada"), ("theirs", "Ada L.")] {
      try base.replacingOccurrences(of: "---\n## Log", with: "name: \(value)\n---\n## Log")
        .write(to: work.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    let conflicted = try fu(["merge-file", "base", "ours", "theirs"], in: work)
    #expect(conflicted.status == 1 && conflicted.stderr.isEmpty)
    #expect(
      try String(contentsOf: work.appendingPathComponent("ours"), encoding: .utf8)
        == "---\nlast_contact: 2026-11-01\n<<<<<<< ours\nname: Ada\n=======\nname: Ada L.\n>>>>>>> theirs\n---\n## Log\n\n- 2026-11-01: a\n"
    )
  }
}
