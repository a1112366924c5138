/// A block of `key: value` lines between fences that would be a file's front matter were
/// it where, and what, the vault format asks (YAML between `---` lines, from line 1): below
/// blank lines, after a second byte-order mark, or TOML between `+++` lines. fu reads no
/// front matter in such a file, and a write would put a second one above it.
public struct MisplacedFrontMatter: Sendable, Equatable {
  /// The 1-based line of the block's opening fence.
  public var line: Int
  /// What to do so that fu reads it.
  public var fix: String

  /// The misplaced front matter of `document`, which has none where it should; `nil` when
  /// its first lines are anything else (a heading, notes, a rule between paragraphs).
  public init?(in document: TextDocument) {
    guard let start = document.lines.indices.first(where: { !document.isBlank(line: $0) })
    else { return nil }
    let opening = MisplacedFrontMatter.fence(document.content(ofLine: start))
    let isTOML = opening == "+++"
    guard opening == "---" || isTOML else { return nil }
    let closings: Set<Substring> = isTOML ? ["+++"] : ["---", "..."]
    guard
      let end = document.lines.indices.dropFirst(start + 1).first(where: {
        closings.contains(MisplacedFrontMatter.fence(document.content(ofLine: $0)))
      })
    else { return nil }
    // Every line a key, a comment, an indented continuation or a list item, and one key of
    // one word at least: `Met at PyCon: a talk` between two rules is a note.
    var oneWordKeys = 0
    for index in start + 1..<end where !document.isBlank(line: index) {
      let text = document.content(ofLine: index)
      if let key = MisplacedFrontMatter.key(of: text, toml: isTOML) {
        if !key.contains(" ") { oneWordKeys += 1 }
      } else if !(text.hasPrefix("#") || text.hasPrefix(" ") || text.hasPrefix("\t")
        || text.hasPrefix("- ") || text == "-" || (isTOML && text.hasPrefix("[")))
      {
        return nil
      }
    }
    guard oneWordKeys > 0 else { return nil }
    line = start + 1
    fix =
      if isTOML {
        "TOML front matter (`+++`) is not read; write it as YAML between `---` lines"
      } else if start > 0 {
        "front matter must open the file; delete the blank lines above it"
      } else {
        "a second byte-order mark stands before the `---`; delete it"
      }
  }

  /// A line's content without byte-order marks before it or spaces after it.
  private static func fence(_ content: Substring) -> Substring {
    var text = content.drop { $0 == "\u{FEFF}" }
    while let last = text.last, last == " " || last == "\t" { text.removeLast() }
    return text
  }

  /// The key `text` starts with, its quotes dropped, when it is a `key: value` line (`key =
  /// value` in TOML): `last_contact`, `Last contact`, `"name"`, `dc.title`.
  private static func key(of text: Substring, toml: Bool) -> Substring? {
    guard let first = text.first, !" \t#-[{".contains(first) else { return nil }
    let separator = toml ? " =" : ": "
    let end =
      text.range(of: separator)?.lowerBound
      ?? (!toml && text.hasSuffix(":") ? text.index(before: text.endIndex) : nil)
    guard let end else { return nil }
    var key = text[..<end]
    while let last = key.last, last == " " || last == "\t" { key.removeLast() }
    if let quote = key.first, quote == "\"" || quote == "'", key.count >= 2, key.last == quote {
      key = key.dropFirst().dropLast()
    }
    return key.isEmpty ? nil : key
  }
}
