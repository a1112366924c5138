import Foundation

/// Finds the one contact a `WHO` argument means, case- and accent-insensitively, trying in
/// order: the file stem or relative path, `name`, an `aliases` entry, a whole word of any of
/// them, then a unique prefix of any of them or of any word in them (`dijkstra` finds
/// `Edsger Dijkstra`; `john` finds John McCarthy before Katherine Johnson).
public struct ContactMatcher: Sendable {
  private struct Candidate: Sendable {
    var contact: Contact
    var paths: [String]
    var name: String
    var aliases: [String]
    var words: [String]
  }

  private let candidates: [Candidate]

  public init(contacts: [Contact]) {
    candidates = contacts.map { contact in
      let path = ContactMatcher.fold(contact.path)
      let withoutExtension = path.split(separator: ".").dropLast().joined(separator: ".")
      let fileName = path.split(separator: "/").last.map(String.init) ?? path
      let stem = ContactMatcher.fold(contact.stem)
      let name = ContactMatcher.fold(contact.name)
      let aliases = contact.aliases.map(ContactMatcher.fold)
      let words = ([stem, name] + aliases).flatMap {
        $0.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
      }
      return Candidate(
        contact: contact, paths: [stem, path, withoutExtension, fileName], name: name,
        aliases: aliases,
        words: words)
    }
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
    let rules: [(Candidate) -> Bool] = [
      { $0.paths.contains(key) },
      { $0.name == key },
      { $0.aliases.contains(key) },
      { $0.words.contains(key) },
      { candidate in
        (candidate.paths + [candidate.name] + candidate.aliases + candidate.words)
          .contains { $0.hasPrefix(key) }
      },
    ]
    for rule in rules {
      let found = candidates.filter(rule)
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
    // Most names are ASCII, where folding is lower-casing; Foundation's folding is slow
    // enough to matter over a whole vault.
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      return text.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" || $0.isWhitespace })
        .joined(separator: " ")
    }
    let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      .replacingOccurrences(of: "ø", with: "o").replacingOccurrences(of: "ł", with: "l")
      .replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "ß", with: "ss")
      .replacingOccurrences(of: "ı", with: "i").replacingOccurrences(of: "đ", with: "d")
      .replacingOccurrences(of: "ð", with: "d").replacingOccurrences(of: "œ", with: "oe")
      .replacingOccurrences(of: "þ", with: "th")
    return folded.split(whereSeparator: { $0 == "-" || $0 == "_" || $0.isWhitespace })
      .joined(separator: " ")
  }

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
