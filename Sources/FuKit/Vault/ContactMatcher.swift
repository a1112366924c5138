import Foundation

/// Finds the one contact a `WHO` argument means, case- and accent-insensitively, trying in
/// order: the file stem or relative path, `name`, an `aliases` entry, a whole word of any of
/// them, then a unique prefix of any of them or of any word in them (`dijkstra` finds
/// `Edsger Dijkstra`; `john` finds John McCarthy before Katherine Johnson).
public struct ContactMatcher: Sendable {
  private let contacts: [Contact]
  /// Each contact's folded stem, path, path without extension and file name: all the first
  /// rule needs. Names and aliases are folded only when no path matches.
  private let paths: [[String]]

  public init(contacts: [Contact]) {
    self.contacts = contacts
    paths = contacts.map { contact in
      let path = ContactMatcher.fold(contact.path)
      // Found on bytes: `.` and `/` are ASCII, and a search by Character costs over a vault.
      let bytes = path.utf8
      let withoutExtension =
        bytes.lastIndex(of: UInt8(ascii: ".")).map { String(path[..<$0]) } ?? ""
      let fileName =
        bytes.lastIndex(of: UInt8(ascii: "/")).map { String(path[bytes.index(after: $0)...]) }
        ?? path
      return [ContactMatcher.fold(contact.stem), path, withoutExtension, fileName]
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

  /// The folded names, aliases and words of every contact, for the rules after the first.
  private struct Names {
    var names: [String]
    var aliases: [[String]]
    var words: [[String]]

    init(_ matcher: ContactMatcher) {
      names = matcher.contacts.map { ContactMatcher.fold($0.name) }
      aliases = matcher.contacts.map { $0.aliases.map(ContactMatcher.fold) }
      words = []
    }

    /// With `words` filled in: only needed when no name matches whole.
    mutating func splitWords(_ matcher: ContactMatcher) {
      words = names.indices.map {
        ([matcher.paths[$0][0], names[$0]] + aliases[$0]).flatMap(ContactMatcher.words)
      }
    }
  }

  /// The contact `who` names.
  public func match(_ who: String) throws(FuError) -> Contact {
    let key = ContactMatcher.fold(who.trimmingSpaces())
    guard !key.isEmpty else { throw .contactNotFound(who: who, suggestions: []) }
    /// The one contact passing `rule`, if there is one; an error when there are several.
    func only(_ rule: (Int) -> Bool) throws(FuError) -> Contact? {
      let found = contacts.indices.filter(rule)
      guard found.count > 1 else { return found.first.map { contacts[$0] } }
      throw .ambiguousContact(
        who: who, candidates: found.map { "\(contacts[$0].name) (\(contacts[$0].path))" })
    }
    if let found = try only({ paths[$0].contains(key) }) { return found }
    var folded = Names(self)
    if let found = try only({ folded.names[$0] == key }) { return found }
    if let found = try only({ folded.aliases[$0].contains(key) }) { return found }
    folded.splitWords(self)
    if let found = try only({ folded.words[$0].contains(key) }) { return found }
    if let found = try only({
      (paths[$0] + [folded.names[$0]] + folded.aliases[$0] + folded.words[$0])
        .contains { $0.hasPrefix(key) }
    }) {
      return found
    }
    throw .contactNotFound(who: who, suggestions: suggestions(for: key, folded))
  }

  /// Up to three names close to `key` by edit distance.
  private func suggestions(for key: String, _ folded: Names) -> [String] {
    let limit = max(2, key.count / 3)
    let scored = contacts.indices.compactMap { index -> (Int, String)? in
      let distance =
        ([folded.names[index]] + folded.aliases[index] + folded.words[index] + [paths[index][0]])
        .map { ContactMatcher.editDistance($0, key) }.min() ?? Int.max
      return distance <= limit ? (distance, contacts[index].name) : nil
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
    var folded = FoldedText(capacity: text.utf8.count)
    var text = text
    let isASCII = text.withUTF8 { bytes in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
      for byte in bytes { folded.add(ascii: byte) }  // the common case, on bytes in place
      return true
    }
    if !isASCII {
      for scalar in text.unicodeScalars {
        if scalar.isASCII {
          folded.add(ascii: UInt8(scalar.value))
        } else if let letter = latinLetters[scalar] {
          folded.add(letter: letter)
        } else {
          return collapseSeparators(foldWithFoundation(text))
        }
      }
    }
    return String(decoding: folded.bytes, as: UTF8.self)
  }

  /// Folded text as it is built: separators are held back until a letter follows.
  private struct FoldedText {
    var bytes: [UInt8] = []
    var separated = false

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    mutating func add(ascii byte: UInt8) {
      if byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == 0x20
        || (0x09...0x0D).contains(byte)
      {
        separated = !bytes.isEmpty
        return
      }
      add(letter: CollectionOfOne((0x41...0x5A).contains(byte) ? byte + 0x20 : byte))
    }

    mutating func add(letter: some Collection<UInt8>) {
      if separated { bytes.append(0x20) }
      separated = false
      bytes.append(contentsOf: letter)
    }
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
