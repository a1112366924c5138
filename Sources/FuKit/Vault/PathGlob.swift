/// A gitignore-like glob over vault-relative paths (`/` separators), as the config's
/// `exclude:` list holds them.
///
/// - `*` matches any run of characters except `/`, `?` one character except `/`, and
///   `[abc]`, `[a-z]`, `[!a]` (or `[^a]`) one character of a class (a `]` first in the class
///   is literal). A backslash escapes the next character, in a class too.
/// - `**` as a whole segment matches zero or more segments (`archive/**`, `**/drafts/*.md`,
///   `a/**/b`); elsewhere it is a plain `*`.
/// - A pattern without a `/` (other than a trailing one) matches the name of a file or folder
///   at any depth; one with a `/` is anchored at the vault root (a leading `/` is ignored).
/// - A trailing `/` matches folders only.
/// - A pattern that matches a folder matches everything under it.
///
/// Matching is case-sensitive and compares Characters, so `é` matches whether a name was
/// saved precomposed or decomposed. The pattern is compiled once; a path is matched in place
/// (byte by byte for ASCII names, which gives the same answers), without copying it.
public struct PathGlob: Sendable, Equatable {
  /// The pattern as written.
  public let pattern: String
  /// The segments to match, first to last; an unanchored pattern starts with `**`.
  private let segments: [Segment]
  /// Whether the pattern ended with `/`.
  private let foldersOnly: Bool

  /// The compiled `pattern`, or nil when it is empty, has an empty segment (`a//b`), ends
  /// with a lone backslash, or has an unclosed or reversed (`[z-a]`) character class.
  public init?(_ pattern: String) {
    var body = Substring(pattern)
    var foldersOnly = false
    if body.hasSuffix("/") {
      body.removeLast()
      foldersOnly = true
    }
    var anchored = false
    if body.hasPrefix("/") {
      body.removeFirst()
      anchored = true
    }
    guard !body.isEmpty, let raw = PathGlob.splitSegments(body) else { return nil }
    var segments: [Segment] = []
    // A bare name matches at any depth: it is `**/name`.
    if raw.count == 1 && !anchored { segments.append(.doubleStar) }
    for text in raw {
      guard let segment = Segment(compiling: text) else { return nil }
      if segment.isDoubleStar, segments.last?.isDoubleStar == true { continue }
      segments.append(segment)
    }
    self.pattern = pattern
    self.segments = segments
    self.foldersOnly = foldersOnly
  }

  /// Whether the file (or, when `isFolder`, the folder) at vault-relative `relativePath`
  /// matches: the pattern matches the path itself or one of the folders holding it.
  public func matches(_ relativePath: String, isFolder: Bool) -> Bool {
    var path = relativePath
    return path.withUTF8 { bytes in
      matches(Path(text: relativePath, bytes: bytes), isFolder: isFolder)
    }
  }

  /// `matches(_:isFolder:)` over the path's UTF-8, segment by segment: each pattern segment
  /// but `**` takes one path segment; on a mismatch, the latest `**` takes one more path
  /// segment and matching resumes after it.
  private func matches(_ path: Path, isFolder: Bool) -> Bool {
    // A folders-only pattern matches a file only through one of its folders: the pattern
    // must then end before the path's last segment.
    let needsChild = foldersOnly && !isFolder
    let first = path.nextSegment(after: 0)
    guard first < path.bytes.count else { return false }
    var position = first
    var index = 0
    var starIndex = -1
    var starPosition = position
    while position < path.bytes.count {
      if index == segments.count {
        // The pattern matched a folder holding the path: everything under it matches. (Not
        // the vault root: `**/` matches no top-level file.)
        if position > first { return true }
      } else if segments[index].isDoubleStar {
        starIndex = index
        starPosition = position
        index += 1
        continue
      } else {
        let nameEnd = path.segmentEnd(from: position)
        if segments[index].matches(path, position..<nameEnd) {
          index += 1
          position = path.nextSegment(after: nameEnd)
          continue
        }
      }
      guard starIndex >= 0 else { return false }
      index = starIndex + 1
      starPosition = path.nextSegment(after: path.segmentEnd(from: starPosition))
      position = starPosition
    }
    while index < segments.count, segments[index].isDoubleStar { index += 1 }
    return index == segments.count && !needsChild
  }

  // MARK: - Compiling

  private static let slash = UInt8(ascii: "/")

  /// `body` split at its unescaped `/`, or nil when a segment is empty or a backslash ends
  /// the pattern.
  private static func splitSegments(_ body: Substring) -> [Substring]? {
    var result: [Substring] = []
    var start = body.startIndex
    var index = body.startIndex
    var inClass = false
    while index < body.endIndex {
      let character = body[index]
      if character == "\\" {
        index = body.index(after: index)
        guard index < body.endIndex else { return nil }
      } else if character == "[" && !inClass {
        inClass = true
        // A `]` right after `[` or `[!` belongs to the class.
        var next = body.index(after: index)
        if next < body.endIndex, body[next] == "!" || body[next] == "^" {
          next = body.index(after: next)
        }
        if next < body.endIndex, body[next] == "]" { index = next }
      } else if character == "]" && inClass {
        inClass = false
      } else if character == "/" && !inClass {
        guard start < index else { return nil }
        result.append(body[start..<index])
        start = body.index(after: index)
      }
      index = body.index(after: index)
    }
    guard start < body.endIndex else { return nil }
    result.append(body[start...])
    return result
  }

  // MARK: - Matching

  /// A path being matched: its text and UTF-8 bytes, and whether it is simple ASCII.
  fileprivate struct Path {
    var text: String
    var bytes: UnsafeBufferPointer<UInt8>
    /// Every byte is ASCII and none is a carriage return (which joins `\n` in one
    /// Character), so each byte is one Character: names can be matched byte by byte.
    var isSimple: Bool

    init(text: String, bytes: UnsafeBufferPointer<UInt8>) {
      self.text = text
      self.bytes = bytes
      isSimple = !bytes.contains { $0 >= 0x80 || $0 == UInt8(ascii: "\r") }
    }

    /// The end of the path segment starting at `start`: its next `/` or the path's end.
    func segmentEnd(from start: Int) -> Int {
      var index = start
      while index < bytes.count, bytes[index] != PathGlob.slash { index += 1 }
      return index
    }

    /// Where the path segment after the one ending at `end` starts: `/`s are skipped.
    func nextSegment(after end: Int) -> Int {
      var index = end
      while index < bytes.count, bytes[index] == PathGlob.slash { index += 1 }
      return index
    }

    /// Whether the bytes in `range` are simple, as `isSimple` is for the whole path.
    func isSimple(_ range: Range<Int>) -> Bool {
      !bytes[range].contains { $0 >= 0x80 || $0 == UInt8(ascii: "\r") }
    }

    /// The path segment at byte offsets `range`, as text.
    func name(_ range: Range<Int>) -> Substring {
      let utf8 = text.utf8
      let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
      let upper = utf8.index(lower, offsetBy: range.count)
      return text[lower..<upper]
    }
  }
}

extension PathGlob {
  /// One `/`-separated part of a compiled pattern.
  fileprivate enum Segment: Sendable, Equatable {
    /// `**`: zero or more path segments.
    case doubleStar
    /// A name without wildcards, escapes resolved, and its bytes when it can equal an
    /// ASCII name.
    case literal(String, ascii: [UInt8]?)
    /// A name with wildcards, and the same tokens for ASCII names.
    case wildcard([Token], ascii: [ByteToken])

    /// `text` compiled, or nil when a character class is unclosed or reversed or a
    /// backslash ends it.
    init?(compiling text: Substring) {
      if text == "**" {
        self = .doubleStar
        return
      }
      var tokens: [Token] = []
      var index = text.startIndex
      while index < text.endIndex {
        let character = text[index]
        index = text.index(after: index)
        switch character {
        case "\\":
          guard index < text.endIndex else { return nil }
          tokens.append(.character(text[index]))
          index = text.index(after: index)
        case "*":
          if tokens.last != .star { tokens.append(.star) }
        case "?":
          tokens.append(.any)
        case "[":
          guard let (characterClass, next) = CharacterClass.parse(text, from: index) else {
            return nil
          }
          tokens.append(.characterClass(characterClass))
          index = next
        default:
          tokens.append(.character(character))
        }
      }
      var literal = ""
      var ascii: [UInt8]? = []
      for token in tokens {
        guard case .character(let character) = token else {
          self = .wildcard(tokens, ascii: tokens.map(ByteToken.init))
          return
        }
        literal.append(character)
        if let byte = ByteToken.asciiByte(equalTo: character) {
          ascii?.append(byte)
        } else {
          ascii = nil
        }
      }
      self = .literal(literal, ascii: ascii)
    }

    /// Whether this is `**`.
    var isDoubleStar: Bool {
      if case .doubleStar = self { return true }
      return false
    }

    /// Whether the path segment at byte offsets `range` of `path` matches: byte by byte
    /// when it is ASCII, else Character by Character. Never called on `.doubleStar`.
    func matches(_ path: PathGlob.Path, _ range: Range<Int>) -> Bool {
      let isSimple = path.isSimple || path.isSimple(range)
      switch self {
      case .doubleStar:
        return true
      case .literal(let literal, let ascii):
        guard isSimple else { return path.name(range) == literal }
        guard let ascii, ascii.count == range.count else { return false }
        for offset in 0..<ascii.count where ascii[offset] != path.bytes[range.lowerBound + offset] {
          return false
        }
        return true
      case .wildcard(let tokens, let ascii):
        guard isSimple else { return Token.match(tokens, path.name(range)) }
        return ByteToken.match(ascii, path.bytes, range)
      }
    }
  }

  /// One element of a wildcard segment.
  fileprivate enum Token: Sendable, Equatable {
    /// This character.
    case character(Character)
    /// `?`: any one character.
    case any
    /// `*`: any run of characters.
    case star
    /// `[...]`: one character of the class.
    case characterClass(CharacterClass)

    /// Whether `tokens` match all of `name`.
    static func match(_ tokens: [Token], _ name: Substring) -> Bool {
      wildcardMatch(tokens, name, isStar: { $0 == .star }) { token, character in
        switch token {
        case .star: false
        case .any: true
        case .character(let expected): character == expected
        case .characterClass(let characterClass): characterClass.contains(character)
        }
      }
    }
  }

  /// A token as it applies to an ASCII name, where every byte is a Character.
  fileprivate enum ByteToken: Sendable, Equatable {
    /// This byte.
    case byte(UInt8)
    /// `?`: any one byte.
    case any
    /// `*`: any run of bytes.
    case star
    /// One byte of the set: a character class, or a character no ASCII byte equals (empty).
    case set(ByteSet)

    /// `token` for ASCII names, with the same meaning byte by byte.
    init(_ token: Token) {
      switch token {
      case .character(let character):
        self = ByteToken.asciiByte(equalTo: character).map(ByteToken.byte) ?? .set(ByteSet())
      case .any:
        self = .any
      case .star:
        self = .star
      case .characterClass(let characterClass):
        var set = ByteSet()
        for byte in UInt8(0)..<0x80 where characterClass.contains(Character(Unicode.Scalar(byte))) {
          set.insert(byte)
        }
        self = .set(set)
      }
    }

    /// The ASCII byte whose Character equals `character`: itself when ASCII, or the one it
    /// is canonically equivalent to (the Kelvin sign is `K`); nil when there is none.
    static func asciiByte(equalTo character: Character) -> UInt8? {
      guard character != "\r\n" else { return nil }  // its `asciiValue` is `\n`'s
      if let value = character.asciiValue { return value }
      return (UInt8(0)..<0x80).first { Character(Unicode.Scalar($0)) == character }
    }

    /// Whether `tokens` match all of `bytes[range]`, as `Token.match` does.
    static func match(
      _ tokens: [ByteToken], _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
    ) -> Bool {
      wildcardMatch(tokens, bytes[range], isStar: { $0 == .star }) { token, byte in
        switch token {
        case .star: false
        case .any: true
        case .byte(let expected): byte == expected
        case .set(let set): set.contains(byte)
        }
      }
    }
  }

  /// Whether `tokens` match all of `elements`: wildcard matching with backtracking to the
  /// latest star, which then takes one more element. Shared by the Character matcher and
  /// the byte matcher for ASCII names.
  fileprivate static func wildcardMatch<Token, Elements: Collection>(
    _ tokens: [Token], _ elements: Elements, isStar: (Token) -> Bool,
    matches: (Token, Elements.Element) -> Bool
  ) -> Bool {
    var index = 0
    var position = elements.startIndex
    var starIndex = -1
    var starPosition = position
    while position < elements.endIndex {
      if index < tokens.count {
        if isStar(tokens[index]) {
          starIndex = index
          starPosition = position
          index += 1
          continue
        }
        if matches(tokens[index], elements[position]) {
          index += 1
          position = elements.index(after: position)
          continue
        }
      }
      guard starIndex >= 0 else { return false }
      index = starIndex + 1
      starPosition = elements.index(after: starPosition)
      position = starPosition
    }
    while index < tokens.count, isStar(tokens[index]) { index += 1 }
    return index == tokens.count
  }

  /// A set of ASCII bytes, as a bitmap.
  fileprivate struct ByteSet: Sendable, Equatable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    /// Adds `byte`, which must be ASCII.
    mutating func insert(_ byte: UInt8) {
      if byte < 64 { low |= 1 << byte } else { high |= 1 << (byte - 64) }
    }

    /// Whether `byte` is in the set.
    func contains(_ byte: UInt8) -> Bool {
      if byte < 64 { return low & (1 << byte) != 0 }
      return byte < 128 && high & (1 << (byte - 64)) != 0
    }
  }

  /// A bracket expression: characters and ranges, maybe negated.
  fileprivate struct CharacterClass: Sendable, Equatable {
    var negated: Bool
    var ranges: [ClosedRange<Character>]

    /// Whether `character` is in the class.
    func contains(_ character: Character) -> Bool {
      ranges.contains { $0.contains(character) } != negated
    }

    /// The class whose body starts at `start` (just after `[`) and the index after its `]`,
    /// or nil when it is unclosed, reversed or a backslash ends it.
    static func parse(_ text: Substring, from start: String.Index) -> (Self, String.Index)? {
      var index = start
      var negated = false
      if index < text.endIndex, text[index] == "!" || text[index] == "^" {
        negated = true
        index = text.index(after: index)
      }
      var ranges: [ClosedRange<Character>] = []
      var first = true
      while index < text.endIndex {
        var character = text[index]
        index = text.index(after: index)
        if character == "]" && !first { return (Self(negated: negated, ranges: ranges), index) }
        first = false
        if character == "\\" {
          guard index < text.endIndex else { return nil }
          character = text[index]
          index = text.index(after: index)
        }
        // `a-z`, unless the `-` is last (`[a-]` holds `a` and `-`).
        var upper = character
        if index < text.endIndex, text[index] == "-" {
          let afterDash = text.index(after: index)
          if afterDash < text.endIndex, text[afterDash] != "]" {
            upper = text[afterDash]
            index = text.index(after: afterDash)
            if upper == "\\" {
              guard index < text.endIndex else { return nil }
              upper = text[index]
              index = text.index(after: index)
            }
            guard character <= upper else { return nil }
          }
        }
        ranges.append(character...upper)
      }
      return nil
    }
  }
}
