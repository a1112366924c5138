import Foundation
import FuTestSupport
import Testing

@testable import FuKit

/// The index: its file format survives a round trip and refuses damage, and reading a vault
/// through it gives exactly what reading every file gives, cold, warm, and after changes.
@Suite struct VaultIndexTests {
  static let repository = repositoryRoot

  /// Every fixture vault the golden tests use, and the sample vault.
  static let fixtureVaults: [URL] = {
    let folder = repository.appendingPathComponent("Tests/Fixtures/vaults")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return [repository.appendingPathComponent("sample-vault")]
      + names.sorted().map { folder.appendingPathComponent($0) }
  }()

  /// A copy of `source` whose files were last modified long ago, so that the index trusts
  /// their stamps (a file changed within `VaultIndex.racyWindow` is always read again).
  private func copy(_ source: URL) throws -> URL {
    let copy = FileManager.default.temporaryDirectory
      .appendingPathComponent("fu-index-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: source, to: copy)
    backdate(copy)
    return copy
  }

  private func opened(_ folder: URL) throws -> Vault {
    let vault = try Vault(path: folder.path)
    guard let settings = try? Configuration.load(path: vault.absolutePath(of: Vault.configPath))
    else { return vault }
    return vault.configured(by: settings)
  }

  /// The debug messages a store sent.
  private final class Messages: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    var all: [String] { lock.withLock { lines } }
    func append(_ line: String) { lock.withLock { lines.append(line) } }
    func clear() { lock.withLock { lines = [] } }
  }

  /// A store that records its debug messages.
  private func store(at path: String) -> (IndexStore, Messages) {
    let messages = Messages()
    return (IndexStore(path: path, debug: { messages.append($0) }), messages)
  }

  // MARK: - Format

  static let sample: VaultIndex = {
    var ada = testContact(
      "Ada Lovelace", path: "people/ada.md", next: day(2026, 12, 1), last: day(2026, 11, 2),
      cadence: "2w", tags: ["investor", "new york"],
      tasks: [FollowUpTask(text: "Send the deck", due: day(2026, 11, 30), line: 14)])
    ada.aliases = ["Countess", "AAL"]
    ada.notes = "Loves engines 🚂"
    let stamp = FileStamp(device: 2049, inode: 77, size: 512, modified: -5, changed: 1 << 62)
    return VaultIndex(
      root: "/home/ada/vault",
      entries: [
        .init(
          path: "bare.md", stamp: stamp,
          result: .success(
            ContactSummary(
              contact: Contact(path: "bare.md", name: "bare"), diagnostics: [], hasConflict: false))
        ),
        .init(
          path: "bin.md", stamp: stamp, isRacy: true,
          result: .failure(
            Diagnostic(
              path: "bin.md", line: 3, message: "not valid UTF-8 (save it as UTF-8): skipped"))),
        .init(
          path: "people/ada.md", stamp: stamp,
          result: .success(
            ContactSummary(
              contact: ada,
              diagnostics: [
                Diagnostic(path: "people/ada.md", line: 4, message: "unknown cadence"),
                Diagnostic(path: "people/ada.md", message: "no line"),
              ], hasConflict: true))),
      ])
  }()

  @Test func theFormatRoundTrips() throws {
    #expect(try IndexCodec.decode(IndexCodec.encode(Self.sample)) == Self.sample)
    #expect(
      try IndexCodec.decode(IndexCodec.encode(VaultIndex(root: "/v"))) == VaultIndex(root: "/v"))
  }

  @Test func theNamesAloneDecodeAsInTheWholeIndex() throws {
    let decoded = try IndexCodec.decodeNames(IndexCodec.encode(Self.sample))
    #expect(decoded.root == Self.sample.root)
    #expect(decoded.entries.map(\.path) == Self.sample.entries.map(\.path))
    let contacts = decoded.entries.map(\.contact)
    let saved = Self.sample.entries.map { try? $0.result.get().contact }
    #expect(contacts.map { $0?.name } == saved.map { $0?.name })
    #expect(contacts.map { $0?.aliases } == saved.map { $0?.aliases })
    #expect(contacts.compactMap { $0 }.allSatisfy { $0.nextFollowUp == nil && $0.tags.isEmpty })
  }

  @Test(arguments: [
    ("a.md", true), ("work/a.md", true), ("...md", true), ("a/.../b.md", true),
    ("", false), ("/etc/a.md", false), ("../a.md", false), ("a/../../b.md", false),
    ("./a.md", false), ("a//b.md", false), ("a/", false), ("a\u{0}.md", false),
  ])
  func onlyPlainPathsInsideTheVaultAreTakenFromAnIndex(_ path: String, _ plain: Bool) {
    #expect(IndexCodec.isPlainRelativePath(Array(path.utf8)) == plain)
  }

  @Test func everyTruncationIsRefused() {
    let bytes = IndexCodec.encode(Self.sample)
    for length in 0..<bytes.count {
      #expect(throws: IndexCodec.DecodeError.self) {
        try IndexCodec.decode(Array(bytes[..<length]))
      }
    }
  }

  @Test func everyDamagedByteIsRefused() {
    let bytes = IndexCodec.encode(Self.sample)
    for position in bytes.indices {
      var damaged = bytes
      damaged[position] ^= 0x5A
      #expect(throws: IndexCodec.DecodeError.self) { try IndexCodec.decode(damaged) }
    }
  }

  @Test func anotherVersionIsRefused() {
    var bytes = IndexCodec.encode(Self.sample)
    bytes[IndexCodec.magic.count] ^= 1
    #expect(throws: IndexCodec.DecodeError.self) { try IndexCodec.decode(bytes) }
  }

  @Test func entriesChangedJustBeforeSavingAreMarkedRacy() {
    let now: Int64 = 1_000 * 1_000_000_000
    var index = VaultIndex(root: "/v")
    for (path, age) in [("old.md", VaultIndex.racyWindow + 1), ("new.md", Int64(1))] {
      let stamp = FileStamp(device: 1, inode: 1, size: 1, modified: now - age, changed: now - age)
      index.entries.append(
        .init(path: path, stamp: stamp, result: .failure(Diagnostic(path: path, message: "x"))))
    }
    let marked = index.markingRacyEntries(now: now)
    #expect(marked.entries.map(\.isRacy) == [false, true])
    #expect(!marked.entries[1].isFresh(for: marked.entries[1].stamp))
  }

  @Test func filesInAnyOrderComeOutInPathOrderMatchedToTheirEntries() {
    func stamp(_ inode: UInt64) -> FileStamp {
      FileStamp(device: 1, inode: inode, size: 1, modified: 1, changed: 1)
    }
    // Saved: sorted by byte order ("B" < "a", and "a b" < "a.md" < "a/c.md").
    let saved = ["B.md", "a b.md", "a.md", "a/c.md", "gone.md", "é.md"].map {
      VaultIndex.Entry(
        path: $0, stamp: stamp(1), result: .failure(Diagnostic(path: $0, message: "x")))
    }
    var generator = SplitMix64(seed: 0x5EED)  // the same 50 orders on every run
    for _ in 0..<50 {
      let paths = ["é.md", "a.md", "new/z.md", "0.md", "a/c.md", "B.md", "a b.md", "a0.md"]
      let files = paths.shuffled(using: &generator).map {
        DiscoveredFile(path: $0, stamp: stamp(2))
      }
      let ordered = VaultIndex.inPathOrder(files, matching: saved)
      #expect(ordered.map { files[$0.file].path } == paths.sorted { $0.precedesByBytes($1) })
      #expect(
        ordered.allSatisfy {
          $0.entry.map { saved[$0].path } ?? files[$0.file].path == files[$0.file].path
        })
      #expect(
        ordered.filter { $0.entry == nil }.map { files[$0.file].path } == [
          "0.md", "a0.md", "new/z.md",
        ])
    }
    #expect(VaultIndex.inPathOrder([], matching: saved).isEmpty)
    // The same name in another Unicode normalisation is another file.
    let decomposed = DiscoveredFile(path: "e\u{301}.md", stamp: stamp(1))
    #expect(VaultIndex.inPathOrder([decomposed], matching: saved).map(\.entry) == [nil])
    #expect(
      VaultIndex.inPathOrder([DiscoveredFile(path: "x.md", stamp: stamp(1))], matching: []).map {
        $0.entry
      } == [nil])
  }

  // MARK: - Equivalence

  @Test(arguments: fixtureVaults)
  func readingThroughTheIndexGivesWhatReadingEveryFileGives(_ fixture: URL) throws {
    let folder = try copy(fixture)
    defer { try? FileManager.default.removeItem(at: folder) }
    let vault = try opened(folder)
    let (store, messages) = store(at: folder.path + "/.index-test/index")
    let direct = vault.load()
    #expect(vault.load(index: store) == direct, "cold")
    #expect(FileManager.default.fileExists(atPath: store.path))
    messages.clear()
    #expect(vault.load(index: store) == direct, "warm")
    // Every file came from the index: "index: N of N files from the index, 0 read in T ms".
    let report = try #require(messages.all.first { $0.contains("files from the index") })
    let counts = report.split(separator: " ").compactMap {
      Int($0.trimmingCharacters(in: .punctuationCharacters))
    }
    #expect(
      counts.count == 3 && counts[0] == counts[1] && counts[0] > 0 && counts[2] == 0, "\(report)")
  }

  @Test func changedAddedAndRemovedFilesAreSeen() throws {
    let folder = try copy(Self.repository.appendingPathComponent("sample-vault"))
    defer { try? FileManager.default.removeItem(at: folder) }
    let vault = try opened(folder)
    let (store, _) = store(at: folder.path + "/.index-test/index")
    _ = vault.load(index: store)
    let files = vault.load().summaries.map(\.contact.path)
    // Same size, other content: only the stamp's times tell.
    let changed = folder.appendingPathComponent(files[0])
    var text = try String(contentsOf: changed, encoding: .utf8)
    text = text.replacingOccurrences(of: "name:", with: "Name:")
    try text.write(to: changed, atomically: false, encoding: .utf8)
    try FileManager.default.removeItem(at: folder.appendingPathComponent(files[1]))
    try "---\nname: Newcomer\ncadence: 1w\n---\n".write(
      to: folder.appendingPathComponent("newcomer.md"), atomically: true, encoding: .utf8)
    let direct = vault.load()
    #expect(direct.summaries.map(\.contact.path).contains("newcomer.md"))
    #expect(vault.load(index: store) == direct)
    #expect(vault.load(index: store) == direct)
  }

  @Test func whileTheFoldersVouchForTheIndexOnlyStampsAreChecked() throws {
    let folder = try copy(Self.repository.appendingPathComponent("sample-vault"))
    defer { try? FileManager.default.removeItem(at: folder) }
    let vault = try opened(folder)
    let (store, messages) = store(at: folder.path + "/.index-test/index")
    _ = vault.load(index: store)
    let changed = folder.appendingPathComponent("work/grace-hopper.md")
    let text = try String(contentsOf: changed, encoding: .utf8)
    try text.replacingOccurrences(of: "name:", with: "Name:")
      .write(to: changed, atomically: false, encoding: .utf8)
    messages.clear()
    let direct = vault.load()
    #expect(vault.load(index: store) == direct)
    #expect(messages.all.contains { $0.contains("1 of 19 files changed") }, "\(messages.all)")
    #expect(!messages.all.contains { $0.contains("walking") }, "\(messages.all)")

    messages.clear()
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("work/new"), withIntermediateDirectories: false)
    try "---\nname: Newcomer\n---\n".write(
      to: folder.appendingPathComponent("work/new/newcomer.md"), atomically: false,
      encoding: .utf8)
    #expect(vault.load(index: store) == vault.load())
    #expect(messages.all.contains { $0.contains("walking") }, "a folder came")
  }

  @Test(arguments: [
    (0, 100, 100, false), (1, 100, 100, true), (1, 1_000, 1_000, false),
    (15, 10_000, 10_000, false), (16, 10_000, 10_000, true), (0, 10_000, 9_999, true),
    (1, 10_000, 10_001, true), (0, 0, 0, false),
  ])
  func theIndexIsSavedWhenThatCostsLessThanReadingAgain(
    stale: Int, entries: Int, before: Int, saved: Bool
  ) {
    #expect(VaultIndex.isWorthSaving(stale: stale, entries: entries, before: before) == saved)
  }

  /// `count` contact files in `folder`, dated long ago (older than any trust window).
  private func writeOldContacts(_ count: Int, in folder: URL) throws {
    let past = Date(timeIntervalSince1970: 1_700_000_000)
    for number in 0..<count {
      let file = folder.appendingPathComponent("c\(number).md")
      try "---\nname: C\(number)\ncadence: 1w\n---\n".write(
        to: file, atomically: true, encoding: .utf8)
      try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: file.path)
    }
  }

  /// A few changed files in a large vault are read again at each load, and the index is
  /// left as it was; the answer is the same as without the index.
  @Test func aFewChangesInALargeVaultAreReadAgainNotSaved() throws {
    let folder = try makeTemporaryFolder("index-few")
    defer { try? FileManager.default.removeItem(at: folder) }
    try writeOldContacts(200, in: folder)
    let vault = try opened(folder)
    let (store, _) = store(at: folder.path + "/.index-test/index")
    _ = vault.load(index: store)
    let index = folder.path + "/.index-test/index"
    let before = try Data(contentsOf: URL(fileURLWithPath: index))
    try "---\nname: Changed\ncadence: 2w\n---\n".write(
      to: folder.appendingPathComponent("c7.md"), atomically: true, encoding: .utf8)
    let direct = vault.load()
    #expect(direct.summaries.contains { $0.contact.name == "Changed" })
    #expect(vault.load(index: store) == direct)
    #expect(try Data(contentsOf: URL(fileURLWithPath: index)) == before)
  }

  /// A file saved as too new to trust, unchanged since and old enough now, is read again
  /// once and the index saved: else the files copied last into a vault just copied stay
  /// read again at every run, too few of them for the index to be worth saving.
  @Test func filesTooNewToTrustWhenSavedAreSavedTrustedOnceTheyAreOldEnough() throws {
    let folder = try makeTemporaryFolder("index-settled")
    defer { try? FileManager.default.removeItem(at: folder) }
    try writeOldContacts(200, in: folder)
    let vault = try opened(folder)
    let (store, messages) = store(at: folder.path + "/.index-test/index")
    _ = vault.load(index: store)
    // As if c7.md had been copied a moment before that save.
    var saved = try #require(store.loadStamped(root: vault.root)).index
    saved.entries[7].isRacy = true
    try AtomicFile.replace(IndexCodec.encode(saved), at: store.path, permissions: 0o600)
    for expected in ["1 read in", "0 read in"] {
      messages.clear()
      #expect(vault.load(index: store) == vault.load())
      #expect(messages.all.contains { $0.contains(" of 200 files from the index, \(expected)") })
    }
    let resaved = try #require(store.loadStamped(root: vault.root)).index
    #expect(resaved.entries.allSatisfy { !$0.isRacy })
  }

  @Test func aDamagedIndexIsRebuiltSilently() throws {
    let folder = try copy(Self.repository.appendingPathComponent("sample-vault"))
    defer { try? FileManager.default.removeItem(at: folder) }
    let vault = try opened(folder)
    let (store, messages) = store(at: folder.path + "/.index-test/index")
    _ = vault.load(index: store)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: store.path))
    for damage in [Data(), bytes.prefix(bytes.count / 2), Data("garbage".utf8)] {
      try damage.write(to: URL(fileURLWithPath: store.path))
      #expect(vault.load(index: store) == vault.load())
      let rebuilt = try IndexCodec.decode(
        Array(try Data(contentsOf: URL(fileURLWithPath: store.path))))
      #expect(rebuilt.entries.count == vault.load().summaries.count)
    }
    #expect(messages.all.contains { $0.hasSuffix("rebuilding") })
  }

  @Test func anIndexOfAnotherFolderIsNotUsed() throws {
    let folder = try copy(Self.repository.appendingPathComponent("sample-vault"))
    defer { try? FileManager.default.removeItem(at: folder) }
    let vault = try opened(folder)
    let path = folder.path + "/.index-test/index"
    try FileManager.default.createDirectory(
      atPath: folder.path + "/.index-test", withIntermediateDirectories: true)
    var foreign = Self.sample
    foreign.entries[0].path = vault.load().summaries[0].contact.path
    try Data(IndexCodec.encode(foreign)).write(to: URL(fileURLWithPath: path))
    let (store, _) = store(at: path)
    #expect(vault.load(index: store) == vault.load())
  }

  // MARK: - Location

  @Test func theIndexLivesInTheVaultsFuFolderElseTheUsersCache() throws {
    let folder = try makeTemporaryFolder("index")
    defer { try? FileManager.default.removeItem(at: folder) }
    let vault = try Vault(path: folder.path)
    let hash = String(IndexCodec.fnv1a(vault.root.utf8), radix: 16)
    #expect(
      IndexStore.location(for: vault, environment: ["XDG_CACHE_HOME": "/c", "HOME": "/h"])
        == "/c/fu/\(hash)/index")
    #expect(
      IndexStore.location(for: vault, environment: ["XDG_CACHE_HOME": "rel", "HOME": folder.path])
        == folder.path + "/.cache/fu/\(hash)/index")
    #expect(IndexStore.location(for: vault, environment: [:]) == nil)
    // A home folder that is not there is not made (`/nonexistent` is cron's and nobody's).
    #expect(IndexStore.location(for: vault, environment: ["HOME": "/nonexistent"]) == nil)
    try FileManager.default.createDirectory(
      atPath: folder.path + "/.fu", withIntermediateDirectories: true)
    #expect(
      IndexStore.location(for: vault, environment: ["HOME": "/h"])
        == vault.root + "/.fu/cache/index")
  }
}

extension VaultIndexTests {
  @Test func savingRemovesWhatKilledSavesLeftBehind() throws {
    let folder = try makeTemporaryFolder("index-leftovers")
    defer { try? FileManager.default.removeItem(at: folder) }
    let (store, messages) = store(at: folder.path + "/index")
    let hoursAgo = Date(timeIntervalSinceNow: -2 * 3_600)
    let files: [(name: String, modified: Date, kept: Bool)] = [
      (".index.fu-4242-17.tmp", hoursAgo, false),
      (".index-folders.fu-4242-18.tmp", hoursAgo, false),
      (".index.fu-4243-19.tmp", Date(), true),  // a save that may still be running
      (".notes.md.fu-4242-20.tmp", hoursAgo, true),  // not the index's
      (".index.fu-4242-21.txt", hoursAgo, true),
    ]
    for file in files {
      let url = folder.appendingPathComponent(file.name)
      try Data("partial".utf8).write(to: url)
      try FileManager.default.setAttributes(
        [.modificationDate: file.modified], ofItemAtPath: url.path)
    }
    #expect(store.save(Self.sample) != nil)
    for file in files {
      let exists = FileManager.default.fileExists(
        atPath: folder.appendingPathComponent(file.name).path)
      #expect(exists == file.kept, "\(file.name)")
    }
    #expect(messages.all.filter { $0.contains("left by a killed save") }.count == 2)
    // Names and notes are the user's business alone.
    #expect(
      (try FileManager.default.attributesOfItem(atPath: store.path)[.posixPermissions] as? Int)
        == 0o600)
    let saved = try IndexCodec.decode(Array(Data(contentsOf: URL(fileURLWithPath: store.path))))
    #expect(saved.entries.map(\.path) == Self.sample.entries.map(\.path))
  }
}

extension VaultIndexTests {
  @Test func anIndexInsideTheVaultKeepsTheUsualModesForATeamSharingIt() throws {
    let folder = try makeTemporaryFolder("index-shared")
    defer { try? FileManager.default.removeItem(at: folder) }
    var store = IndexStore(path: folder.path + "/.fu/cache/index")
    store.isPrivate = false
    let mask = umask(0o022)
    defer { umask(mask) }
    #expect(store.save(Self.sample) != nil)
    func mode(_ path: String) throws -> Int? {
      try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int
    }
    #expect(try mode(store.path) == 0o644)
    #expect(try mode(folder.path + "/.fu/cache") == 0o755)
  }
}
