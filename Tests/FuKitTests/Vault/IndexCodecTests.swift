import Testing

@testable import FuKit

@Suite struct IndexCodecTests {
  /// A contact with every known key set, and with none: the index gives back the same
  /// summary, so the codec cannot drift from the key table.
  @Test(arguments: [true, false])
  func aContactWithEveryKeyRoundTrips(everyKeySet: Bool) throws {
    var contact = Contact(path: "people/ada.md", name: "Ada")
    if everyKeySet {
      for key in ContactKey.all {
        contact[key] = ContactKeyTests.sampleValue(of: key.kind)
      }
      contact.tasks = [
        FollowUpTask(text: "send the deck", due: CalendarDate(daysSinceEpoch: 20_600), line: 12)
      ]
      contact.occasions = [Occasion(key: "birthday", month: 12, day: 10, year: 1815)]
      contact.attempts = OpenAttempts(count: 3, waitingSince: CalendarDate(daysSinceEpoch: 20_590))
    }
    let summary = ContactSummary(
      contact: contact, diagnostics: [Diagnostic(path: contact.path, line: 3, message: "x")],
      hasConflict: everyKeySet)
    var index = VaultIndex(root: "/vault")
    index.entries.append(
      VaultIndex.Entry(
        path: contact.path,
        stamp: FileStamp(device: 1, inode: 2, size: 3, modified: 4, changed: 5),
        isRacy: false, result: .success(summary)))
    let decoded = try IndexCodec.decode(IndexCodec.encode(index))
    guard case .success(let read) = try #require(decoded.entries.first).result else {
      Issue.record("the entry did not decode as a summary")
      return
    }
    #expect(read == summary)
    for key in ContactKey.all {
      #expect(read.contact[key] == contact[key], "\(key.spelling)")
    }
    // The names-only read gives the identity keys, and only those.
    let names = try IndexCodec.decodeNames(IndexCodec.encode(index))
    let named = try #require(names.entries.first?.contact)
    for key in ContactKey.identity {
      #expect(named[key] == contact[key], "\(key.spelling)")
    }
  }

  @Test func theVersionChangesWithTheKeyTable() {
    // The table's fingerprint is in the version's low half; the encoding's own above it.
    #expect(IndexCodec.version >> 32 == 11)
    #expect(IndexCodec.version & 0xFFFF_FFFF != 0)
  }
}
