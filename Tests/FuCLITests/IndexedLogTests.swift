import Foundation
import Testing

/// `fu log` finds WHO in the index instead of walking the vault, and still answers as if
/// it had read every file: a file changed, added or renamed since the index was saved is
/// seen.
@Suite struct IndexedLogTests {
  /// A copy of the sample vault, indexed by a first `fu agenda`.
  private func indexedSampleVault() throws -> URL {
    let work = try copyOfSampleVault(named: "indexed")
    // Files older than the index's racy window: an unchanged file is not read again.
    let past = Date(timeIntervalSince1970: 1_700_000_000)
    let vault = work.appendingPathComponent("vault")
    let files = try #require(FileManager.default.enumerator(atPath: vault.path))
    for case let path as String in files where path.hasSuffix(".md") {
      try FileManager.default.setAttributes(
        [.modificationDate: past], ofItemAtPath: vault.appendingPathComponent(path).path)
    }
    let agenda = try fu(["agenda"], in: work)
    #expect(agenda.status == 0, "\(agenda.stderr)")
    return work
  }

  private func fu(_ arguments: [String], in work: URL) throws -> Run {
    try FuBinary.run(
      arguments + ["--vault", "vault", "--today", "2026-11-21"], in: work,
      environment: ["FU_DEBUG": "1"])
  }

  private func log(_ who: String, in work: URL) throws -> Run {
    try fu(["log", who, "Lunch", "--date", "2026-11-20"], in: work)
  }

  private func text(_ path: String, in work: URL) throws -> String {
    try String(
      contentsOf: work.appendingPathComponent("vault/" + path), encoding: .utf8)
  }

  /// Writes `text` over the file in place: the same inode, the folder's stamp unchanged.
  private func overwrite(_ path: String, in work: URL, with text: String) throws {
    let handle = try FileHandle(forWritingTo: work.appendingPathComponent("vault/" + path))
    try handle.truncate(atOffset: 0)
    try handle.write(contentsOf: Data(text.utf8))
    try handle.close()
  }

  @Test func logsAfterTheFirstAreAnsweredFromTheIndex() throws {
    let work = try indexedSampleVault()
    defer { try? FileManager.default.removeItem(at: work) }
    for who in ["ada", "dmr", "ada"] {
      let run = try log(who, in: work)
      #expect(run.status == 0, "\(run.stderr)")
      #expect(run.stderr.contains("contacts taken from the index"), "\(run.stderr)")
    }
    #expect(try text("ada-lovelace.md", in: work).components(separatedBy: "Lunch").count == 3)
    #expect(try text("friends/dennis-ritchie.md", in: work).contains("Lunch"))
  }

  @Test func anAliasRemovedInPlaceNoLongerNamesTheContact() throws {
    let work = try indexedSampleVault()
    defer { try? FileManager.default.removeItem(at: work) }
    let path = "friends/dennis-ritchie.md"
    let edited = try text(path, in: work).replacingOccurrences(
      of: "aliases: [dmr]", with: "aliases: [dr]")
    try overwrite(path, in: work, with: edited)

    let run = try log("dmr", in: work)
    #expect(run.status == 1)
    #expect(run.stderr.contains("fu: error: no contact matches \"dmr\""), "\(run.stderr)")
    #expect(try text(path, in: work) == edited)
  }

  @Test func anAliasAddedInPlaceToAnotherFileMakesWhoAmbiguous() throws {
    let work = try indexedSampleVault()
    defer { try? FileManager.default.removeItem(at: work) }
    let dennis = try text("friends/dennis-ritchie.md", in: work)
    let path = "friends/ken-thompson.md"
    let ken = try text(path, in: work)
    try overwrite(
      path, in: work, with: ken.replacingOccurrences(of: "aliases: [ken]", with: "aliases: [dmr]"))

    let run = try log("dmr", in: work)
    #expect(run.status == 1)
    #expect(run.stderr.contains("1 changed files read again"), "\(run.stderr)")
    #expect(run.stderr.contains("\"dmr\" matches 2 contacts"), "\(run.stderr)")
    #expect(try text("friends/dennis-ritchie.md", in: work) == dennis)
  }

  @Test func aFileAddedSinceTheIndexMakesWhoAmbiguous() throws {
    let work = try indexedSampleVault()
    defer { try? FileManager.default.removeItem(at: work) }
    let dennis = try text("friends/dennis-ritchie.md", in: work)
    try "---\nname: Dennis Fan\naliases: [dmr]\n---\n".write(
      to: work.appendingPathComponent("vault/work/dennis-fan.md"), atomically: false,
      encoding: .utf8)

    let run = try log("dmr", in: work)
    #expect(run.status == 1)
    #expect(run.stderr.contains("\"dmr\" matches 2 contacts"), "\(run.stderr)")
    #expect(try text("friends/dennis-ritchie.md", in: work) == dennis)
  }

  @Test func aFileRenamedSinceTheIndexIsFoundByItsNewName() throws {
    let work = try indexedSampleVault()
    defer { try? FileManager.default.removeItem(at: work) }
    try FileManager.default.moveItem(
      at: work.appendingPathComponent("vault/friends/ken-thompson.md"),
      to: work.appendingPathComponent("vault/friends/ken.md"))

    // A message of one argument with a space: no check of its first word, whose read of
    // the (by then saved again) index would be told too.
    let run = try fu(["log", "ken", "Lunch at the diner", "--date", "2026-11-20"], in: work)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(!run.stderr.contains("taken from the index"), "\(run.stderr)")
    #expect(try text("friends/ken.md", in: work).contains("Lunch at the diner"))
  }

  /// A file fu skips (not UTF-8) named by its whole path is the file meant, index or not:
  /// fu says why it is skipped rather than write to a namesake in a folder below.
  @Test(arguments: [false, true])
  func aSkippedFileNamedByItsPathIsNotReachedThroughANamesake(cached: Bool) throws {
    let work = try indexedSampleVault()
    defer { try? FileManager.default.removeItem(at: work) }
    let vault = work.appendingPathComponent("vault")
    try Data("---\nname: Ada Namesake\n---\n".utf8).write(
      to: vault.appendingPathComponent("friends/ada-lovelace.md"))
    try Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0x0A]).write(
      to: vault.appendingPathComponent("ada-lovelace.md"))
    if cached {
      let agenda = try fu(["agenda"], in: work)
      #expect(agenda.stderr.contains("ada-lovelace.md"), "\(agenda.stderr)")
    }
    let namesake = try text("friends/ada-lovelace.md", in: work)

    for who in ["ada-lovelace.md", "./ada-lovelace.md", "ADA-LOVELACE"] {
      let run = try fu(
        ["log", who, "Lunch", "--date", "2026-11-20"] + (cached ? [] : ["--no-cache"]), in: work)
      #expect(run.status == 1, "\(who): \(run.stderr)")
      #expect(run.stderr.contains("fu: error: vault/ada-lovelace.md"), "\(who): \(run.stderr)")
      #expect(try text("friends/ada-lovelace.md", in: work) == namesake, "\(who)")
    }
  }

  /// A skipped file keeps its place among the rules of its path: its file name comes
  /// before a word of someone's name, and ties with a readable namesake. A link out of the
  /// vault, which is no contact file, takes no place.
  @Test(arguments: [false, true])
  func aSkippedFileKeepsItsPlaceAmongThePathRules(cached: Bool) throws {
    let work = try indexedSampleVault()
    defer { try? FileManager.default.removeItem(at: work) }
    let vault = work.appendingPathComponent("vault")
    for path in ["family/kim.md", "family/hopper.md"] {
      try Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0x0A]).write(to: vault.appendingPathComponent(path))
    }
    try Data("---\nname: Kim Park\n---\n".utf8).write(
      to: vault.appendingPathComponent("work/kim.md"))
    try FileManager.default.createSymbolicLink(
      atPath: vault.appendingPathComponent("lovelace").path, withDestinationPath: "/tmp")
    if cached { _ = try fu(["agenda"], in: work) }
    func log(_ who: String) throws -> Run {
      try fu(
        ["log", who, "Lunch", "--date", "2026-11-20", "--dry-run"] + (cached ? [] : ["--no-cache"]),
        in: work)
    }

    let tie = try log("kim.md")
    #expect(tie.status == 1)
    #expect(
      tie.stderr.hasSuffix(
        "\"kim.md\" matches 2 contacts; be more specific:\n  Kim Park (work/kim.md)\n"
          + "  family/kim.md (skipped)\n"), "\(tie.stderr)")
    let stem = try log("hopper")
    #expect(stem.status == 1)
    #expect(
      stem.stderr.hasSuffix(
        "fu: error: vault/family/hopper.md:2: not valid UTF-8 (save it as UTF-8): skipped\n"),
      "\(stem.stderr)")
    let word = try log("lovelace")
    #expect(word.status == 0, "\(word.stderr)")
    #expect(word.stdout.contains("ada-lovelace.md"), "\(word.stdout)")
    let whole = try log("kim")
    #expect(whole.status == 1, "kim is a tie too: \(whole.stderr)")
    // Two readable Hoppers would tie at the word rule, which comes after the file name's.
    try Data("---\nname: Edward Hopper\n---\n".utf8)
      .write(to: vault.appendingPathComponent("work/edward.md"))
    let past = try log("hopper")
    #expect(
      past.stderr.hasSuffix(
        "vault/family/hopper.md:2: not valid UTF-8 (save it as UTF-8): skipped\n"), "\(past.stderr)"
    )
    // A readable file at the whole path comes first.
    try Data("---\nname: Kimberly\n---\n".utf8).write(to: vault.appendingPathComponent("kim.md"))
    let root = try log("kim.md")
    #expect(root.status == 0, "\(root.stderr)")
    #expect(root.stdout.hasPrefix("--- a/vault/kim.md\n+++ b/vault/kim.md\n"), "\(root.stdout)")
  }
}
