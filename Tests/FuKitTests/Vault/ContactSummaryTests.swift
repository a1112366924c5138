import Foundation
import FuTestSupport
import Testing

@testable import FuKit

/// A summary read from the front matter alone (the fast path of a cold index) must be the
/// summary of the whole file, whatever the file holds.
@Suite struct ContactSummaryTests {
  static let files = markdownFiles(under: ["sample-vault", "Tests/Fixtures/vaults"])

  /// The summary of the whole file, read the slow way.
  private func fullRead(_ path: String, _ bytes: [UInt8]) -> Result<ContactSummary, Diagnostic> {
    guard let document = TextDocument(bytes: bytes) else {
      return .failure(ContactFile.notUTF8(path: path, bytes: bytes))
    }
    return .success(ContactSummary(ContactFile(path: path, document: document)))
  }

  private func expectSame(_ path: String, _ bytes: [UInt8], _ comment: Comment? = nil) {
    let fast = ContactSummary.read(
      path: path, bytes: bytes, logSectionNames: ContactFile.defaultLogSectionNames)
    #expect(fast == fullRead(path, bytes), comment)
  }

  @Test(arguments: files)
  func everyFixtureReadsTheSameEitherWay(_ path: String) throws {
    let bytes = Array(try Data(contentsOf: repositoryRoot.appendingPathComponent(path)))
    expectSame(path, bytes)
  }

  @Test func generatedFilesReadTheSameEitherWay() {
    let pieces: [[UInt8]] =
      [
        "---\n", "--- \n", "---\r\n", "---\r", "...\n", "---", "\u{FEFF}", "name: Ada\n",
        "next_follow_up: 2026-12-01\n", "cadence: 2w\r\n", "tags: [a, b\n", "last_contact: x\n",
        "- [ ] call 📅 2026-12-01\n", "[ ]", "[x]", "<<<<<<< HEAD\n", ">>>>>>> b\n", "=======\n",
        "text\n", "\n", "\r", "# Log\n", "- 2026-11-01: tea\n", "é", "\t", "key:\n  - a\n",
        // Front-matter shapes the scanner reads, and ones it leaves to Yams.
        "tags: [a, \"b c\"]\n", "tags: x, #y\n", "aliases:\n", "  - Al\n", "notes: 'it''s'\n",
        "name: \"Q\" # c\n", "cadence: fortnightly\n", "Next-Follow-Up: 2026-01-02\n",
        "birthday: --12-10\n", "birthday: soon\n", "met: 2020-02-29\n", "name: a: b\n",
        "k: a\u{2028}b\n", "k: \u{85}\n", "notes: [a]\n", "k: &a x\n", "  nested: 1\n", "name:\n",
      ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xEF, 0xBB, 0xBF]]
    var generator = SplitMix64(seed: 0x5_0AA)
    for round in 0..<6000 {
      let bytes = (0..<generator.next(below: 9)).flatMap { _ in
        pieces[generator.next(below: pieces.count)]
      }
      expectSame(
        "p\(round).md", bytes, "\(String(decoding: bytes, as: UTF8.self).debugDescription)")
    }
  }

  @Test(
    arguments: [
      ("---\nname: a\n---\nbody\n", 16), ("---\n---", 7), ("---\r\n...\r\nx", 10),
      ("--- \t\nk: v\n--- \n", 16), ("\u{FEFF}---\n---\n", 11), ("---\rk: v\r---\r", 13),
      ("x\n---\n---\n", nil), ("---\nname: a\n", nil), ("...\n---\n", nil), ("", nil),
      ("----\n---\n", nil), ("---\n----\n", nil),
    ] as [(String, Int?)])
  func theFrontMatterEndsAfterItsClosingLine(_ text: String, _ count: Int?) {
    let extent = Array(text.utf8).withUnsafeBufferPointer { FrontMatterBlock.extent(in: $0) }
    guard case .closed(_, let end) = extent else {
      #expect(count == nil)
      return
    }
    #expect(end == count)
  }
}
