import Foundation
import FuTestSupport
import Glibc
import Testing

@testable import FuKit

/// Finding a contact in the index without walking the vault: trusted only while the
/// folders show that no file came, went or was renamed, and the settings are the same.
@Suite struct IndexedLookupTests {
  /// A backdated copy of the sample vault, and a store for its index outside it (a folder
  /// made in the vault's root on the first save would change the root's stamp).
  private func sampleVault() throws -> (URL, Vault, IndexStore) {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("fu-lookup-\(UUID().uuidString)")
    try FileManager.default.copyItem(
      at: VaultIndexTests.repository.appendingPathComponent("sample-vault"), to: folder)
    backdate(folder)
    let vault = try Vault(path: folder.path)
    return (folder, vault, IndexStore(path: folder.path + "-index/index"))
  }

  private func remove(_ folder: URL) {
    try? FileManager.default.removeItem(at: folder)
    try? FileManager.default.removeItem(atPath: folder.path + "-index")
  }

  private func names(_ contacts: [Contact]) -> [String] {
    contacts.map { "\($0.path) \($0.name) \($0.aliases)" }
  }

  private func write(_ text: String, to file: URL) throws {
    try text.write(to: file, atomically: false, encoding: .utf8)
  }

  @Test func folderStampsRoundTripAndRefuseDamage() throws {
    let stamp = FileStamp(device: 1, inode: 2, size: 3, modified: 4, changed: 5)
    let stamps = FolderStamps(
      index: stamp, settings: "drafts/\n--\nInteractions",
      folders: [
        .init(path: "", stamp: stamp, names: nil), .init(path: "work/é", stamp: stamp, names: 42),
      ])
    let bytes = stamps.encoded()
    #expect(try FolderStamps(decoding: bytes) == stamps)
    for cut in [0, 8, bytes.count / 2, bytes.count - 1] {
      #expect(throws: IndexCodec.DecodeError.self) {
        try FolderStamps(decoding: Array(bytes.prefix(cut)))
      }
    }
    var damaged = bytes
    damaged[damaged.count - 3] ^= 0x40
    #expect(throws: IndexCodec.DecodeError.self) { try FolderStamps(decoding: damaged) }
  }

  @Test func theIndexAnswersUntilAFileComesGoesOrIsRenamed() throws {
    let (folder, vault, store) = try sampleVault()
    defer { remove(folder) }
    #expect(vault.indexedContacts(store: store) == nil, "no index yet")
    let contents = vault.load(index: store)
    #expect(
      try names(#require(vault.indexedContacts(store: store)).contacts) == names(contents.contacts))

    // A change inside a file is not the index's to vouch for: the file is read again.
    let ada = folder.appendingPathComponent("ada-lovelace.md")
    try write(String(contentsOf: ada, encoding: .utf8) + "\nMore.\n", to: ada)
    #expect(vault.indexedContacts(store: store) != nil)

    try write("---\nname: New\n---\n", to: folder.appendingPathComponent("work/new.md"))
    #expect(vault.indexedContacts(store: store) == nil, "added")
    _ = vault.load(index: store)
    #expect(
      try #require(vault.indexedContacts(store: store)).contacts.contains { $0.name == "New" })

    try FileManager.default.moveItem(
      at: folder.appendingPathComponent("work/new.md"),
      to: folder.appendingPathComponent("friends/new.md"))
    #expect(vault.indexedContacts(store: store) == nil, "moved")
    _ = vault.load(index: store)
    #expect(vault.indexedContacts(store: store) != nil)

    try FileManager.default.removeItem(at: folder.appendingPathComponent("friends/new.md"))
    #expect(vault.indexedContacts(store: store) == nil, "removed")
    _ = vault.load(index: store)
    #expect(
      try names(#require(vault.indexedContacts(store: store)).contacts) == names(contents.contacts))

    var excluding = vault
    excluding.exclude = [try #require(PathGlob("work/"))]
    #expect(excluding.indexedContacts(store: store) == nil, "other settings")
  }

  @Test func aFileReplacedKeepsTheIndexTrustedButNotANewName() throws {
    let (folder, vault, store) = try sampleVault()
    defer { remove(folder) }
    _ = vault.load(index: store)
    let path = "work/grace-hopper.md"
    func replace() throws {
      let text = try #require(try vault.readText(path))
      try AtomicFile.write(
        Array((text + "\nMore.\n").utf8),
        toTarget: AtomicFile.target(of: vault.absolutePath(of: path), inside: vault.root))
    }

    try replace()
    #expect(vault.indexedContacts(store: store) != nil, "the same names in the folder")
    // A hidden file (an editor's swap file) is no contact.
    try write("swap", to: folder.appendingPathComponent("work/.grace-hopper.md.swp"))
    #expect(vault.indexedContacts(store: store) != nil)

    try write("---\nname: Sneaky\n---\n", to: folder.appendingPathComponent("work/sneaky.md"))
    try replace()
    #expect(vault.indexedContacts(store: store) == nil, "a file came")
    _ = vault.load(index: store)
    try FileManager.default.moveItem(
      at: folder.appendingPathComponent("work/sneaky.md"),
      to: folder.appendingPathComponent("work/sneakier.md"))
    #expect(vault.indexedContacts(store: store) == nil, "renamed in its folder")
  }

  @Test func aStampIsSavedOnceItCannotHideALaterChange() {
    let stamp = FileStamp(device: 1, inode: 2, size: 3, modified: 10_000_000_000, changed: 0)
    let folder = FolderStamps.Folder(path: "work", stamp: stamp, names: 7)
    let later = { (seconds: Int64) in
      FolderStamps.Folder(racyIfRecent: folder, now: stamp.modified + seconds * 1_000_000_000)
    }
    #expect(later(10) == folder)
    #expect(later(1).stamp == FolderStamps.Folder.changingNow)
    #expect(later(1).names == 7)
  }

  @Test func theNamesDigestIsAboutVisibleNamesAndTypesInAnyOrder() throws {
    let folder = try makeTemporaryFolder("digest")
    defer { try? FileManager.default.removeItem(at: folder) }
    func digest() throws -> UInt64? {
      try FileSystem.withListing(of: folder.path) { listing, _ in listing.visibleNamesDigest }
    }
    let empty = try digest()
    for name in ["b.md", "a.md", "notes.txt"] {
      try write("x", to: folder.appendingPathComponent(name))
    }
    let three = try digest()
    #expect(three != empty)
    try write("x", to: folder.appendingPathComponent(".hidden.md"))
    #expect(try digest() == three)
    try FileManager.default.moveItem(
      at: folder.appendingPathComponent("a.md"), to: folder.appendingPathComponent("c.md"))
    #expect(try digest() != three)
    try FileManager.default.moveItem(
      at: folder.appendingPathComponent("c.md"), to: folder.appendingPathComponent("a.md"))
    #expect(try digest() == three)
    try FileManager.default.removeItem(at: folder.appendingPathComponent("a.md"))
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("a.md"), withIntermediateDirectories: false)
    #expect(try digest() != three, "a folder where a file was")
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("link.md").path, withDestinationPath: "b.md")
    #expect(try digest() == nil, "a link can lead elsewhere under the same name")
  }

  // MARK: - What folder stamps cannot see, found by review

  /// The index's answer, and the vault's.
  private func answers(_ vault: Vault, _ store: IndexStore) -> (VaultContents, VaultContents) {
    (vault.load(index: store), vault.load())
  }

  @Test func aFileReplacedByAHardLinkToAnotherIsSeen() throws {
    let (folder, vault, store) = try sampleVault()
    defer { remove(folder) }
    _ = vault.load(index: store)
    let (ada, grace) = (
      vault.absolutePath(of: "ada-lovelace.md"), vault.absolutePath(of: "work/grace-hopper.md")
    )
    #expect(unlink(grace) == 0 && link(ada, grace) == 0)
    let (indexed, direct) = answers(vault, store)
    #expect(indexed == direct)
    #expect(direct.summaries.count == 18, "one file, two names: listed once")
  }

  @Test func filesTheIndexHoldsButFuSkipsAreNamed() throws {
    let (folder, vault, store) = try sampleVault()
    defer { remove(folder) }
    let bad = folder.appendingPathComponent("work/bad.md")
    try Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0x0A]).write(to: bad)
    backdate(folder)
    _ = vault.load(index: store)
    let indexed = try #require(vault.indexedContacts(store: store))
    #expect(indexed.skippedPaths == ["work/bad.md"])
    #expect(!indexed.contacts.contains { $0.path == "work/bad.md" })
    #expect(indexed.contacts.count == 19)
  }

  @Test func filesWithHardLinksKeepTheVaultWalked() throws {
    let (folder, vault, store) = try sampleVault()
    defer { remove(folder) }
    let (ada, copy) = (
      vault.absolutePath(of: "ada-lovelace.md"), vault.absolutePath(of: "ada-2.md")
    )
    #expect(link(ada, copy) == 0)
    _ = vault.load(index: store)
    _ = vault.load(index: store)
    // An editor saves one name by renaming a new file over it: now two files.
    let text = try String(contentsOfFile: ada, encoding: .utf8)
    try text.write(toFile: copy + ".new", atomically: false, encoding: .utf8)
    #expect(rename(copy + ".new", copy) == 0)
    let (indexed, direct) = answers(vault, store)
    #expect(indexed == direct)
    #expect(direct.summaries.count == 20)
  }

  @Test func aLinkToAPlaceNotWalkedKeepsTheVaultWalked() throws {
    let (folder, vault, store) = try sampleVault()
    defer { remove(folder) }
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent(".archive"), withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("people").path,
      withDestinationPath: ".archive/people")
    _ = vault.load(index: store)
    _ = vault.load(index: store)
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent(".archive/people"), withIntermediateDirectories: true)
    try write("---\nname: Bravo\n---\n", to: folder.appendingPathComponent(".archive/people/b.md"))
    let (indexed, direct) = answers(vault, store)
    #expect(indexed == direct)
    #expect(direct.summaries.contains { $0.contact.name == "Bravo" })
    #expect(vault.indexedContacts(store: store) == nil)
  }

  @Test func aFolderDatedPast2262IsNoCrash() throws {
    let (folder, vault, store) = try sampleVault()
    defer { remove(folder) }
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSince1970: 10_500_000_000)],
      ofItemAtPath: folder.appendingPathComponent("work").path)
    let (indexed, direct) = answers(vault, store)
    #expect(indexed == direct)
    #expect(vault.load(index: store) == direct)
  }

  @Test func settingsThatDifferNeverReadTheSame() throws {
    let (folder, vault, _) = try sampleVault()
    defer { remove(folder) }
    var dashes = vault
    dashes.exclude = [try #require(PathGlob("--"))]
    var sections = vault
    sections.logSectionNames = ["--"] + vault.logSectionNames
    #expect(FolderStamps.settings(of: dashes) != FolderStamps.settings(of: sections))
  }
}
