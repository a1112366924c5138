/// Finds the one contact a `WHO` argument means, case- and accent-insensitively, trying in
/// order: the file stem or relative path, `name`, an `aliases` entry, a whole word of any of
/// them, then a unique prefix of any of them or of any word in them (`dijkstra` finds
/// `Edsger Dijkstra`; `john` finds John McCarthy before Katherine Johnson).
public struct ContactMatcher: Sendable {
  private let contacts: [Contact]

  public init(contacts: [Contact]) {
    self.contacts = contacts
  }

  /// The folded stem, path, path without extension and file name of a contact's `path`.
  static func pathForms(of path: String) -> [String] {
    var path = NameFolding.fold(path)
    return path.withUTF8 { bytes in
      let forms = formRanges(bytes)
      return [forms.stem, 0..<bytes.count, forms.withoutExtension, forms.fileName].map {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self)
      }
    }
  }

  /// Where the stem, the path without extension (empty when it has none) and the file
  /// name are in the bytes of a folded path. The stem is the file name up to its
  /// extension, less the space that separators before the dot fold into.
  private static func formRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> (
    stem: Range<Int>, withoutExtension: Range<Int>, fileName: Range<Int>
  ) {
    let dot = bytes.lastIndex(of: UInt8(ascii: "."))
    let nameStart = bytes.lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0
    var stemEnd = dot.flatMap { $0 > nameStart ? $0 : nil } ?? bytes.count
    if stemEnd > nameStart, bytes[stemEnd - 1] == 0x20 { stemEnd -= 1 }
    return (nameStart..<stemEnd, 0..<(dot ?? 0), nameStart..<bytes.count)
  }

  /// Whether folded `key` is one of `pathForms(of: path)` (with `wholePath`, the path with
  /// or without its extension only), found without making strings: the first rules run
  /// over every contact of the vault.
  private static func pathForm(
    of path: String, is key: [UInt8], _ buffer: inout [UInt8]
  ) -> PathMatch? {
    NameFolding.fold(path, into: &buffer)
    return buffer.withUnsafeBufferPointer { bytes in
      let forms = formRanges(bytes)
      if [0..<bytes.count, forms.withoutExtension].contains(where: { bytes[$0].elementsEqual(key) })
      {
        return .wholePath
      }
      return [forms.stem, forms.fileName].contains { bytes[$0].elementsEqual(key) }
        ? .fileName : nil
    }
  }

  /// How a `WHO` names a file by its path: the whole relative path (with or without its
  /// extension) first, then its file name or stem.
  private enum PathMatch {
    case wholePath, fileName
  }

  /// Whether `who` names the file at `path` by its path, file name or stem (the first rule
  /// of `match`), as it names a file fu cannot read as a contact.
  public static func isPath(_ who: String, of path: String) -> Bool {
    let key = NameFolding.fold(typedPath(who))
    return !key.isEmpty && pathForms(of: path).contains(key)
  }

  /// Whether `who` names the file at `path` by its whole relative path, with or without
  /// its extension: the rule that wins over every other.
  public static func isWholePath(_ who: String, of path: String) -> Bool {
    let key = NameFolding.fold(typedPath(who))
    return !key.isEmpty && pathForms(of: path)[1...2].contains(key)
  }

  /// `who` as `match` reads it: without spaces around it or a leading `./`.
  private static func typedPath(_ who: String) -> String {
    var typed = who.trimmingSpaces()
    while typed.hasPrefix("./") { typed.removeFirst(2) }
    return typed
  }

  /// Whether a text starting with `byte` may fold to one starting with `first`: `fold`
  /// keeps a leading ASCII letter or digit, lower-cased, so two that differ rule it out
  /// without folding; anything else (a separator, an accent) may fold to anything.
  static func mayFold(_ byte: UInt8?, toStartWith first: UInt8) -> Bool {
    func isAlphanumeric(_ byte: UInt8) -> Bool {
      (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
    guard let byte, isAlphanumeric(byte), isAlphanumeric(first) else { return true }
    return NameFolding.FoldedText.lowercased(byte) == first
  }

  /// Whether `text` folds to `key`, found without making a string.
  private static func folds(_ text: String, to key: [UInt8], _ buffer: inout [UInt8]) -> Bool {
    NameFolding.fold(text, into: &buffer)
    return buffer == key
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
    NameFolding.fold(lhs) == NameFolding.fold(rhs)
  }

  /// The folded path forms, names, aliases and words of every contact: what the rules
  /// after the first three need.
  private struct Folded {
    var paths: [[String]]
    var names: [String]
    var aliases: [[String]]
    var words: [[String]]

    init(_ contacts: [Contact]) {
      let (paths, names) = (
        contacts.map { ContactMatcher.pathForms(of: $0.path) },
        contacts.map { NameFolding.fold($0.name) }
      )
      let aliases = contacts.map { $0.aliases.map(NameFolding.fold) }
      words = names.indices.map {
        ([paths[$0][0], names[$0]] + aliases[$0]).flatMap(ContactMatcher.words)
      }
      (self.paths, self.names, self.aliases) = (paths, names, aliases)
    }
  }

  /// The contact `who` names.
  public func match(_ who: String) throws(FuError) -> Contact {
    let key = NameFolding.fold(ContactMatcher.typedPath(who))
    guard !key.isEmpty else { throw .contactNotFound(who: who, suggestions: []) }
    /// The one contact passing `rule`, if there is one; an error when there are several.
    func only(_ rule: (Int) -> Bool) throws(FuError) -> Contact? {
      try one(of: contacts.indices.filter(rule))
    }
    /// The one contact of `found`, if there is one; an error when there are several.
    func one(of found: [Int]) throws(FuError) -> Contact? {
      guard found.count > 1 else { return found.first.map { contacts[$0] } }
      throw .ambiguousContact(
        who: who, candidates: found.map { "\(contacts[$0].name) (\(contacts[$0].path))" })
    }
    let keyBytes = Array(key.utf8)
    let first = keyBytes[0]
    var buffer: [UInt8] = []
    buffer.reserveCapacity(256)
    // Each text is first judged by its first letter, and folded only when that may match:
    // these rules run over every contact of the vault. Each path is folded once; a whole
    // relative path wins, so that `a.md` is the file at the root, not also `x/a.md`.
    var wholePaths: [Int] = []
    var fileNames: [Int] = []
    for index in contacts.indices {
      // The first bytes of the path and of its file name, found in its UTF-8 buffer:
      // walking back through a `String.UTF8View` cost a tenth of `fu log` on 10,000 files.
      var path = contacts[index].path
      let (pathFirst, nameFirst) = path.withUTF8 { bytes -> (UInt8?, UInt8?) in
        let name = bytes.lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 } ?? 0
        return (bytes.first, name < bytes.count ? bytes[name] : nil)
      }
      guard
        ContactMatcher.mayFold(pathFirst, toStartWith: first)
          || ContactMatcher.mayFold(nameFirst, toStartWith: first)
      else { continue }
      switch ContactMatcher.pathForm(of: contacts[index].path, is: keyBytes, &buffer) {
      case .wholePath?: wholePaths.append(index)
      case .fileName?: fileNames.append(index)
      case nil: break
      }
    }
    if let found = try one(of: wholePaths) { return found }
    if let found = try one(of: fileNames) { return found }
    if let found = try only({
      ContactMatcher.mayFold(contacts[$0].name.utf8.first, toStartWith: first)
        && ContactMatcher.folds(contacts[$0].name, to: keyBytes, &buffer)
    }) {
      return found
    }
    if let found = try only({
      contacts[$0].aliases.contains {
        ContactMatcher.mayFold($0.utf8.first, toStartWith: first)
          && ContactMatcher.folds($0, to: keyBytes, &buffer)
      }
    }) {
      return found
    }
    let folded = Folded(contacts)
    if let found = try only({ folded.words[$0].contains(key) }) { return found }
    if let found = try only({
      (folded.paths[$0] + [folded.names[$0]] + folded.aliases[$0] + folded.words[$0])
        .contains { $0.hasPrefix(key) }
    }) {
      return found
    }
    throw .contactNotFound(who: who, suggestions: suggestions(for: key, folded))
  }

  /// The contacts `word` names whole as a person is named in a sentence: by a file stem, a
  /// whole name or alias, or the first word of a name (`jordan` names Jordan Lee; `lee`,
  /// `jor` and the `of` of an alias name nobody). What `fu log` checks a message's first
  /// word against.
  public func contacts(namedWholeBy word: String) -> [Contact] {
    contacts(called: word, orByFirstWord: true)
  }

  /// The contacts whose name, alias or file stem is `who`, whole (case, accents and
  /// separators aside): how a name that has a comma of its own is told from a list.
  public func contacts(calledExactly who: String) -> [Contact] {
    contacts(called: who, orByFirstWord: false)
  }

  /// The contacts whose file stem, whole name or alias is `text` (folded), or, when
  /// `orByFirstWord`, the first word of whose name is.
  private func contacts(called text: String, orByFirstWord: Bool) -> [Contact] {
    let key = NameFolding.fold(ContactMatcher.typedPath(text))
    guard let first = key.utf8.first else { return [] }
    // Each text is first judged by its first letter, and folded only when that may match.
    func folded(_ text: String) -> String? {
      ContactMatcher.mayFold(text.utf8.first, toStartWith: first) ? NameFolding.fold(text) : nil
    }
    return contacts.filter { contact in
      let name = folded(contact.name)
      return ContactMatcher.isStem(key, of: contact.path) || name == key
        || (orByFirstWord && name.map { ContactMatcher.words($0).first == key } == true)
        || contact.aliases.contains { folded($0) == key }
    }
  }

  /// Whether folded `key` is the file stem of `path`, judged first by its first letter.
  private static func isStem(_ key: String, of path: String) -> Bool {
    let bytes = path.utf8
    let name = bytes.lastIndex(of: UInt8(ascii: "/")).map(bytes.index(after:)) ?? bytes.startIndex
    guard let first = key.utf8.first,
      mayFold(name < bytes.endIndex ? bytes[name] : nil, toStartWith: first)
    else { return false }
    return pathForms(of: path).first == key
  }

  /// Up to three names close to `key`: first those where each word of `key` begins a word
  /// of the contact's, in any order (`marg ham`, `hamilton margaret`), then by edit distance.
  private func suggestions(for key: String, _ folded: Folded) -> [String] {
    let limit = max(2, key.count / 3)
    let keyWords = ContactMatcher.words(key)
    let scored = contacts.indices.compactMap { index -> (Int, String)? in
      if keyWords.count > 1,
        keyWords.allSatisfy({ word in folded.words[index].contains { $0.hasPrefix(word) } })
      {
        return (-1, contacts[index].name)
      }
      let distance =
        ([folded.names[index]] + folded.aliases[index] + folded.words[index] + [
          folded.paths[index][0]
        ])
        .map { EditDistance.between($0, key) }.min() ?? Int.max
      return distance <= limit ? (distance, contacts[index].name) : nil
    }
    var seen = Set<String>()
    return scored.sorted { $0 < $1 }.map(\.1).filter { seen.insert($0).inserted }.prefix(3)
      .map { $0 }
  }
}
