internal import Yams

/// The YAML block at the top of a contact file, with where each top-level key stands, so
/// that an edit can touch one key's line and nothing else.
public struct FrontMatter: Sendable, Equatable {
  /// A top-level key and its value.
  public struct Field: Sendable, Equatable {
    /// The key as written (`Next Follow-Up`).
    public var key: String
    /// The key normalised: lower-case, `-` and spaces read as `_` (`next_follow_up`).
    public var normalizedKey: String
    /// The 0-based index of the key's line in the document.
    public var line: Int
    /// The value.
    public var value: Value
  }

  /// A key as written with its value, wherever its line is.
  struct KeyedValue: Equatable {
    var key: String
    var value: Value
  }

  /// A front-matter value, kept as the text the user wrote.
  public enum Value: Sendable, Equatable {
    /// No value (`key:`, `key: ~`, `key: null`).
    case empty
    /// A scalar, without its quotes.
    case text(String)
    /// A list of scalars (flow `[a, b]` or block `- a`).
    case list([String])
    /// A nested mapping or anything else fu does not read.
    case structured
  }

  /// 0-based index of the closing `---` or `...` line; the opening line is line 0.
  public var closingLine: Int
  /// The top-level keys, in file order.
  public var fields: [Field]
  /// Whether the block is plain `key: value` lines starting at column 1 (or empty), so that
  /// a key line can be added at its end. A flow mapping (`{a: 1}`) or an indented one is not.
  public var acceptsNewKeys: Bool

  /// How YAML writes an empty plain value.
  public static let nullSpellings: Set<String> = ["", "~", "null", "Null", "NULL"]

  /// Whether the plain value `text` is one of `nullSpellings`: checked for every value of
  /// every file, so longer text is told apart by its length, without hashing it.
  static func isNullSpelling(_ text: String) -> Bool {
    text.utf8.count <= 4 && nullSpellings.contains(text)
  }

  /// The first field whose normalised key is `key`.
  public func field(_ key: String) -> Field? {
    fields.first { $0.normalizedKey == key }
  }

  /// Lower-case, with `-` and spaces read as `_`.
  public static func normalize(key: String) -> String {
    if key.utf8.allSatisfy({ $0 < 0x80 && !(0x41...0x5A).contains($0) && $0 != 0x2D && $0 != 0x20 })
    {
      return key  // already lower-case ASCII with no `-` or space: most keys
    }
    return String(
      key.lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 }
    )
  }
}

/// What the top of a file holds.
public enum FrontMatterBlock: Sendable, Equatable {
  /// The file does not start with `---`.
  case none
  /// A `---` opening line with no closing one.
  case unclosed
  /// A block whose YAML does not parse, or is not a mapping: the 0-based index of its
  /// closing line, and the 1-based line and message of the problem.
  case invalid(closingLine: Int, line: Int, message: String)
  /// A well-formed block.
  case valid(FrontMatter)

  /// Finds and parses the front matter of `document`.
  public init(document: TextDocument) {
    guard let first = document.lines.first, FrontMatterBlock.isFence(first, allowDots: false)
    else {
      self = .none
      return
    }
    guard
      let closing = document.lines.indices.dropFirst().first(where: {
        FrontMatterBlock.isFence(document.lines[$0], allowDots: true)
      })
    else {
      self = .unclosed
      return
    }
    let yaml = document.lines[1..<closing].joined()
    if let fields = FrontMatterScanner.fields(yaml, firstLine: 1) {
      self = .valid(FrontMatter(closingLine: closing, fields: fields, acceptsNewKeys: true))
      return
    }
    do {
      let (fields, acceptsNewKeys) = try FrontMatterBlock.fields(of: yaml)
      self = .valid(
        FrontMatter(closingLine: closing, fields: fields, acceptsNewKeys: acceptsNewKeys))
    } catch let problem as YAMLProblem {
      self = .invalid(closingLine: closing, line: problem.line + 1, message: problem.message)
    } catch {
      self = .invalid(closingLine: closing, line: 1, message: "\(error)")
    }
  }

  /// Every field's key as written and its value, except those with one of the normalised
  /// `keys`: what must read the same before and after a write that changes only those
  /// keys. (Compared as values: made into `key=value` text, each took Swift's reflection.)
  func fields(except keys: Set<String>) -> [FrontMatter.KeyedValue] {
    guard case .valid(let frontMatter) = self else { return [] }
    return frontMatter.fields.filter { !keys.contains($0.normalizedKey) }
      .map { FrontMatter.KeyedValue(key: $0.key, value: $0.value) }
  }

  /// The 0-based index of the first body line.
  public var bodyStart: Int {
    switch self {
    case .none, .unclosed: 0
    case .invalid(let closing, _, _): closing + 1
    case .valid(let frontMatter): frontMatter.closingLine + 1
    }
  }

  private static func isFence(_ line: String, allowDots: Bool) -> Bool {
    isFence(TextDocument.stripTerminator(line).utf8, allowDots: allowDots)
  }

  /// Whether a line's content (without its terminator) is `---` (or `...` when
  /// `allowDots`), spaces and tabs after it allowed.
  private static func isFence(
    _ content: some BidirectionalCollection<UInt8>, allowDots: Bool
  ) -> Bool {
    var end = content.endIndex
    while end > content.startIndex {
      let last = content[content.index(before: end)]
      guard last == 0x20 || last == 0x09 else { break }
      end = content.index(before: end)
    }
    let trimmed = content[..<end]
    return trimmed.elementsEqual("---".utf8) || (allowDots && trimmed.elementsEqual("...".utf8))
  }

  /// Where a file's front matter lies in its bytes.
  enum Extent: Equatable {
    /// The file does not start with `---`.
    case none
    /// A `---` opening line with no closing one.
    case unclosed
    /// The YAML between the fence lines, and where the line closing it ends.
    case closed(yaml: Range<Int>, end: Int)
  }

  /// Where the front matter of `bytes`, a whole file, lies: what a `FrontMatterBlock`
  /// reads, found without splitting the file into lines.
  static func extent(in bytes: UnsafeBufferPointer<UInt8>) -> Extent {
    var lineStart = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var yamlStart: Int?
    var index = lineStart
    while index < bytes.count {
      let byte = bytes[index]
      guard byte == 0x0A || byte == 0x0D else {
        index += 1
        continue
      }
      let contentEnd = index
      index += byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
      let isFenceLine = isFence(bytes[lineStart..<contentEnd], allowDots: yamlStart != nil)
      if let yamlStart {
        if isFenceLine { return .closed(yaml: yamlStart..<lineStart, end: index) }
      } else {
        guard isFenceLine else { return .none }
        yamlStart = index
      }
      lineStart = index
    }
    // The last line, with no line break after it.
    let isFenceLine = isFence(bytes[lineStart...], allowDots: yamlStart != nil)
    if let yamlStart {
      return lineStart < bytes.count && isFenceLine
        ? .closed(yaml: yamlStart..<lineStart, end: bytes.count) : .unclosed
    }
    return isFenceLine ? .unclosed : .none
  }

  /// A YAML error with its 1-based line within the YAML text.
  fileprivate struct YAMLProblem: Error {
    var line: Int
    var message: String
  }

  /// The fields as Yams reads them: the reference the fast scanner must agree with.
  static func fields(of yaml: String) throws -> (
    fields: [FrontMatter.Field], acceptsNewKeys: Bool
  ) {
    let lines = YAMLLineMap(yaml)
    let root: Node?
    do {
      // No implicit typing: fu reads every scalar as the text the user wrote, and the
      // default resolver's regular expressions cost more than the parse itself.
      // UTF-8 named explicitly: Yams' default reads the process environment on every call.
      root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
    } catch let error as YamlError {
      var problem = YAMLProblem(error, yaml: yaml, fileLine: lines.textLine)
      if case .duplicatedKeysInMapping(let keys, let context) = error, let key = keys.first {
        problem.line =
          repeatLine(of: key, in: yaml, after: lines.textLine(context.mark.line)) ?? problem.line
      }
      throw problem
    }
    guard let root else { return ([], true) }
    guard case .mapping(let mapping) = root else {
      throw YAMLProblem(
        line: lines.textLine(root.mark?.line ?? 1),
        message: "front matter is not a list of `key: value` lines")
    }
    let fields = mapping.map { key, value in
      let written = key.scalar?.string ?? "\(key)"
      return FrontMatter.Field(
        key: written, normalizedKey: FrontMatter.normalize(key: written),
        line: lines.textLine(key.mark?.line ?? 0), value: FrontMatterBlock.value(of: value))
    }
    // Keys in column 1 means block style (a flow mapping's keys follow its `{`). Yams'
    // mapping style is not used: 6.2 reads it from the mapping's end event. An empty
    // mapping can only be a flow one, `{}` (a block with no keys has no mapping at all).
    let acceptsNewKeys =
      !mapping.keys.isEmpty && mapping.keys.allSatisfy { $0.mark?.column == 1 }
    return (fields, acceptsNewKeys)
  }

  /// Line numbers as libyaml counts them, turned into the text's own: libyaml also breaks
  /// lines at U+0085, U+2028 and U+2029, which `TextDocument` keeps inside a line.
  private struct YAMLLineMap {
    /// The libyaml line each text line starts on (1-based), when the text has such breaks.
    private var starts: [Int] = []

    init(_ yaml: String) {
      let extraBreaks: Set<Unicode.Scalar> = ["\u{85}", "\u{2028}", "\u{2029}"]
      guard yaml.unicodeScalars.contains(where: extraBreaks.contains) else { return }
      var next = 1
      for line in TextDocument(text: yaml).lines {
        starts.append(next)
        next += 1 + line.unicodeScalars.count(where: extraBreaks.contains)
      }
    }

    /// The 1-based text line of libyaml's 1-based line `line`.
    func textLine(_ line: Int) -> Int {
      guard !starts.isEmpty else { return line }
      return (starts.lastIndex { $0 <= line } ?? 0) + 1
    }
  }

  /// The 1-based line of the first top-level `key:` (or `"key":`, `'key':`) after line
  /// `first`, where Yams, which marks a duplicated key's first occurrence, found it again.
  private static func repeatLine(of key: String, in yaml: String, after first: Int) -> Int? {
    let lines = yaml.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    let spellings = [key, "\"\(key)\"", "'\(key)'"].map { $0 + ":" }
    return lines.indices.dropFirst(first).first { index in
      spellings.contains { lines[index].hasPrefix($0) }
    }.map { $0 + 1 }
  }

  private static func value(of node: Node) -> FrontMatter.Value {
    switch node {
    case .scalar(let scalar):
      if scalar.style == .plain, FrontMatter.isNullSpelling(scalar.string) {
        return .empty
      }
      return .text(scalar.string)
    case .sequence(let sequence):
      var items: [String] = []
      for item in sequence {
        guard case .scalar(let scalar) = item else { return .structured }
        items.append(scalar.string)
      }
      return .list(items)
    case .mapping, .alias:
      return .structured
    }
  }
}

extension FrontMatterBlock.YAMLProblem {
  /// `error`, from parsing `yaml`, whose line `n` is line `fileLine(n)` of the file.
  fileprivate init(_ error: YamlError, yaml: String, fileLine: (Int) -> Int) {
    switch error {
    case .scanner(let context, let problem, let mark, _),
      .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      // Counted in the file's lines (the YAML starts below the opening `---`) for the
      // message; the problem's line stays the YAML's, as every problem's here.
      let syntax = YAMLSyntaxError(
        context: context, problem: problem, mark: mark, yaml: yaml,
        fileLine: { fileLine($0) + 1 })
      self.init(
        line: syntax.line - 1, message: "front matter is not valid YAML: \(syntax.detail)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      // Yams names a key that is not a scalar (`[a, b]: x`) with a placeholder of its own.
      let named = duplicates.filter { $0 != "<uncovertable>" }
      let keys =
        named.isEmpty
        ? "a key that is a list or a map"
        : "the key " + named.map { "`\($0)`" }.joined(separator: ", ")
      self.init(
        line: fileLine(context.mark.line), message: "front matter has \(keys) more than once")
    case .reader(let problem, _, _, _):
      self.init(line: fileLine(1), message: "front matter cannot be read: \(problem)")
    default:
      self.init(line: fileLine(1), message: "front matter is not valid YAML: \(error)")
    }
  }
}
