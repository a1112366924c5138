import Foundation

/// Finds the one contact a `WHO` argument means, case- and accent-insensitively, trying in
/// order: the file stem or relative path, `name`, an `aliases` entry, a whole word of any of
/// them, then a unique prefix of any of them or of any word in them (`dijkstra` finds
/// `Edsger Dijkstra`; `john` finds John McCarthy before Katherine Johnson).
public struct ContactMatcher: Sendable {
  private struct Candidate: Sendable {
    var contact: Contact
    /// The folded stem, path, path without extension and file name.
    var paths: [String]
    var name: String
    var aliases: [String]

    /// The whole words of the stem, name and aliases: only needed when no name matches
    /// whole, so they are split only then.
    var words: [String] { ([paths[0], name] + aliases).flatMap(ContactMatcher.words) }
  }

  private let candidates: [Candidate]

  public init(contacts: [Contact]) {
    candidates = contacts.map { contact in
      let path = ContactMatcher.fold(contact.path)
      // Found on bytes: `.` and `/` are ASCII, and a search by Character costs over a vault.
      let bytes = path.utf8
      let withoutExtension =
        bytes.lastIndex(of: UInt8(ascii: ".")).map { String(path[..<$0]) } ?? ""
      let fileName =
        bytes.lastIndex(of: UInt8(ascii: "/")).map { String(path[bytes.index(after: $0)...]) }
        ?? path
      return Candidate(
        contact: contact,
        paths: [ContactMatcher.fold(contact.stem), path, withoutExtension, fileName],
        name: ContactMatcher.fold(contact.name), aliases: contact.aliases.map(ContactMatcher.fold))
    }
  }

  /// The runs of letters and digits in folded `text`.
  private static func words(_ text: String) -> [String] {
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      return text.utf8.split(whereSeparator: { byte in
        !(0x30...0x39).contains(byte) && !(0x61...0x7A).contains(byte)
          && !(0x41...0x5A).contains(byte)
      }).map { String(Substring($0)) }
    }
    return text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
  }

  /// Whether two names are the same to WHO: equal once case, accents, `-`, `_` and runs
  /// of spaces are folded.
  public static func isSameName(_ lhs: String, _ rhs: String) -> Bool {
    fold(lhs) == fold(rhs)
  }

  /// The contact `who` names.
  public func match(_ who: String) throws(FuError) -> Contact {
    let key = ContactMatcher.fold(who.trimmingSpaces())
    guard !key.isEmpty else { throw .contactNotFound(who: who, suggestions: []) }
    let rules: [(Candidate, _ words: [String]) -> Bool] = [
      { candidate, _ in candidate.paths.contains(key) },
      { candidate, _ in candidate.name == key },
      { candidate, _ in candidate.aliases.contains(key) },
      { _, words in words.contains(key) },
      { candidate, words in
        (candidate.paths + [candidate.name] + candidate.aliases + words)
          .contains { $0.hasPrefix(key) }
      },
    ]
    var words: [[String]]?
    for (number, rule) in rules.enumerated() {
      if number == 3 { words = candidates.map(\.words) }
      let found = candidates.indices.filter { rule(candidates[$0], words?[$0] ?? []) }
        .map { candidates[$0] }
      if found.count == 1 { return found[0].contact }
      if found.count > 1 {
        throw .ambiguousContact(
          who: who, candidates: found.map { "\($0.contact.name) (\($0.contact.path))" })
      }
    }
    throw .contactNotFound(who: who, suggestions: suggestions(for: key))
  }

  /// Up to three names close to `key` by edit distance.
  private func suggestions(for key: String) -> [String] {
    let limit = max(2, key.count / 3)
    let scored = candidates.compactMap { candidate -> (Int, String)? in
      let distance =
        ([candidate.name] + candidate.aliases + candidate.words + [candidate.paths[0]])
        .map { ContactMatcher.editDistance($0, key) }.min() ?? Int.max
      return distance <= limit ? (distance, candidate.contact.name) : nil
    }
    var seen = Set<String>()
    return scored.sorted { $0 < $1 }.map(\.1).filter { seen.insert($0).inserted }.prefix(3)
      .map { $0 }
  }

  /// Lower-case, accents removed, `-`, `_` and runs of white space read as one space:
  /// `Søren`, `soren` compare equal, and so do `Edsger  Dijkstra` and `edsger-dijkstra`.
  static func fold(_ text: String) -> String {
    // Letters are folded one by one from a table where they can be (ASCII and the Latin
    // letters of most names); Foundation's folding, slow enough to matter over a whole
    // vault, only sees text with other characters.
    var folded: [UInt8] = []
    folded.reserveCapacity(text.utf8.count)
    var separated = false
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        let byte = UInt8(scalar.value)
        if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == 0x20
          || (0x09...0x0D).contains(byte)
        {
          separated = !folded.isEmpty
          continue
        }
        if separated { folded.append(0x20) }
        separated = false
        folded.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
      } else if let letter = latinLetters[scalar] {
        if separated { folded.append(0x20) }
        separated = false
        folded.append(contentsOf: letter)
      } else {
        return collapseSeparators(foldWithFoundation(text))
      }
    }
    return String(decoding: folded, as: UTF8.self)
  }

  /// `-`, `_` and runs of white space as one space, none at either end.
  static func collapseSeparators(_ text: String) -> String {
    text.split(whereSeparator: { $0 == "-" || $0 == "_" || $0.isWhitespace })
      .joined(separator: " ")
  }

  static func foldWithFoundation(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      .replacingOccurrences(of: "ø", with: "o").replacingOccurrences(of: "ł", with: "l")
      .replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "ß", with: "ss")
      .replacingOccurrences(of: "ı", with: "i").replacingOccurrences(of: "đ", with: "d")
      .replacingOccurrences(of: "ð", with: "d").replacingOccurrences(of: "œ", with: "oe")
      .replacingOccurrences(of: "þ", with: "th")
  }

  /// The Latin-1 and Latin Extended-A letters (U+00C0 to U+017F), each folded as
  /// Foundation folds it on its own: the same answer, looked up.
  private static let latinLetters: [Unicode.Scalar: [UInt8]] = {
    var table: [Unicode.Scalar: [UInt8]] = [:]
    for value in UInt32(0xC0)...0x17F {
      guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
      table[scalar] = Array(foldWithFoundation(String(scalar)).utf8)
    }
    return table
  }()

  /// Levenshtein distance over characters.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in stride(from: 1, through: b.count, by: 1) {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
  }
}
