import FuTestSupport
import Testing

@testable import FuKit

/// The file name and folder of a new contact: slugs that never leave their folder, names
/// and folders refused with the right error.
@Suite struct ContactFileNameTests {
  /// The reason `make(from:)` gives for refusing `name`, or nil when it makes a file name.
  private func refusal(_ name: String) -> String? {
    do {
      let made = try ContactFileName.make(from: name)
      Issue.record("\"\(name)\" made \(made)")
      return nil
    } catch {
      guard case .invalidName(let refused, let reason) = error else {
        Issue.record("not invalidName: \(error)")
        return nil
      }
      #expect(refused == name)
      return reason
    }
  }

  /// What is wrong with a made file name: it must be one `.md` name in the folder, not
  /// hidden, not cut at a dash, no longer than the maximum.
  private func problems(_ fileName: String) -> [String] {
    let stem = String(decoding: fileName.utf8.dropLast(3), as: UTF8.self)
    var problems: [String] = []
    // Compared by Characters too, as vault discovery looks for `.md` names.
    let bytesEndInMd = fileName.utf8.reversed().starts(with: ".md".utf8.reversed())
    if !bytesEndInMd || !fileName.hasSuffix(".md") { problems.append("does not end in .md") }
    if stem.isEmpty { problems.append("has an empty stem") }
    if fileName.unicodeScalars.contains("/") { problems.append("has a /") }
    if fileName.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
      problems.append("has a control character")
    }
    if fileName.hasPrefix(".") || fileName.hasPrefix("-") { problems.append("starts with . or -") }
    if stem.hasSuffix("-") { problems.append("ends with -") }
    if stem.utf8.count > ContactFileName.maximumBytes { problems.append("is too long") }
    return problems
  }

  private func expectSafe(
    _ fileName: String, from name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let found = problems(fileName)
    #expect(
      found.isEmpty, "\(name.debugDescription) made \(fileName.debugDescription): \(found)",
      sourceLocation: sourceLocation)
  }

  // MARK: - File names

  @Test(arguments: [
    ("Ada Lovelace", "ada-lovelace.md"),
    ("  Ada   Lovelace  ", "ada-lovelace.md"),
    ("José Núñez", "josé-núñez.md"),
    ("Zoë 李", "zoë-李.md"),
    ("李小龍", "李小龍.md"),
    ("O'Brien, Pat", "o-brien-pat.md"),
    ("R2-D2", "r2-d2.md"),
    ("Dr. Who?", "dr-who.md"),
    ("../x", "x.md"),
    ("/etc/passwd", "etc-passwd.md"),
    ("a/b", "a-b.md"),
    ("..\\..\\x", "x.md"),
    (".hidden", "hidden.md"),
    ("-rf", "rf.md"),
  ])
  func makesALowerCaseDashedName(_ name: String, _ fileName: String) throws {
    #expect(try ContactFileName.make(from: name) == fileName)
  }

  @Test(arguments: ["..", ".", "!!!", "", " ", "   ", "\u{3000}", "-", "/", "🙂 🙂"])
  func aNameWithoutLettersOrDigitsIsRefused(_ name: String) {
    #expect(refusal(name) != nil)
  }

  @Test(arguments: ["Ada\tLovelace", "Ada\nLovelace", "Ada\0", "Ada\r", "\u{7F}Ada", "Ada\u{85}"])
  func controlCharactersAreRefused(_ name: String) throws {
    let reason = try #require(refusal(name))
    #expect(reason.contains("control"))
  }

  @Test(arguments: [
    String(repeating: "a", count: 1_000),
    String(repeating: "ab ", count: 400),
    String(repeating: "a", count: 119) + " " + String(repeating: "b", count: 900),
    String(repeating: "é", count: 1_000),
    String(repeating: "李", count: 1_000),
    String(repeating: "e\u{301}", count: 1_000),
  ])
  func aLongNameIsCutToAtMostTheMaximumWithoutATrailingDash(_ name: String) throws {
    let fileName = try ContactFileName.make(from: name)
    expectSafe(fileName, from: name)
    #expect(fileName.utf8.count <= 120 + 3)
    #expect(fileName.utf8.count > 100, "cut no shorter than needed")
  }

  @Test func aCutAtADashDropsTheDash() throws {
    let name = String(repeating: "a", count: 119) + " " + String(repeating: "b", count: 900)
    #expect(try ContactFileName.make(from: name) == String(repeating: "a", count: 119) + ".md")
  }

  // A prepended letter (Malayalam dot reph, Sharada jihvamuliya...) forms one Character
  // with whatever follows, even a `/` or the `.` of `.md`.
  @Test(arguments: ["\u{0D4E}/etc/passwd", "x\u{111C2}/y", "\u{11A3A}./\u{11A3A}./x"])
  func aCharacterThatJoinsTheNextNeverCarriesASlash(_ name: String) throws {
    expectSafe(try ContactFileName.make(from: name), from: name)
  }

  @Test(arguments: ["Ada \u{0D4E}", "x\u{111C2}", "\u{11A3A}"])
  func aNameEndingInAJoiningLetterStillEndsInDotMd(_ name: String) throws {
    let fileName = try ContactFileName.make(from: name)
    expectSafe(fileName, from: name)
  }

  @Test func whateverItMakesIsASafeFileName() {
    let pieces: [String] = [
      "a", "Z", "é", "e\u{301}", "ß", "İ", "李", "한", "ي", "ש", "7", "٣", "½", "Ⅻ",
      " ", "  ", "\u{A0}", "\u{3000}", "\u{2028}", "\u{200B}", "\u{200D}", "\u{FEFF}",
      "\u{202E}", "\u{301}", "/", ".", "..", "-", "_", "\\", ":", "~", "'", "\"", "#",
      "\t", "\n", "\r", "\0", "\u{7F}", "\u{85}", "🙂", "👩‍👩‍👧", "🇫🇷",
      "\u{0600}", "\u{0D4E}", "\u{111C2}", "\u{11A3A}", "\u{0E40}", "\u{1100}",
    ]
    var generator = SplitMix64(seed: 20_261_121)
    var made = 0
    var unsafe: [String] = []
    for _ in 0..<5_000 {
      let length = Int.random(in: 0...12, using: &generator)
      let name = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
      guard let fileName = try? ContactFileName.make(from: name) else { continue }
      made += 1
      let found = problems(fileName)
      if !found.isEmpty { unsafe.append("\(name.debugDescription) → \(fileName): \(found)") }
    }
    #expect(made > 1_000, "the generator should mostly make usable names")
    #expect(
      unsafe.count == 0,
      "unsafe file names, such as:\n\(unsafe.prefix(8).joined(separator: "\n"))")
  }

  // MARK: - Folders

  @Test(arguments: [
    ("work/clients", "work/clients"),
    ("./work/", "work"),
    ("work//clients/", "work/clients"),
    ("work/./clients", "work/clients"),
    ("Équipe/李", "Équipe/李"),
  ])
  func aRelativeFolderIsKept(_ folder: String, _ cleaned: String) throws {
    #expect(try ContactFileName.folder(folder) == cleaned)
  }

  @Test(arguments: [
    "/abs", "/", "../x", "..", "a/..", "a/../../b", ".hidden", "a/.git", "a/.git/b",
    "a\tb", "a\nb", "a\0b", "work/\u{7F}",
  ])
  func aFolderOutsideTheVaultHiddenOrWithControlsIsRefused(_ folder: String) {
    do {
      let made = try ContactFileName.folder(folder)
      Issue.record("\(folder.debugDescription) gave \(made)")
    } catch {
      guard case .invalidFolder(let path, _) = error else {
        Issue.record("not invalidFolder: \(error)")
        return
      }
      #expect(path == folder)
    }
  }
}
