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
    // Every line a key, a comment, an indented continuation or a list item, and one key at
    // least: `Met at PyCon: a talk` between two rules is a note, not a key.
    var keys = 0
    for index in start + 1..<end where !document.isBlank(line: index) {
      let text = document.content(ofLine: index)
      if MisplacedFrontMatter.isKey(text, toml: isTOML) {
        keys += 1
      } else if !(text.hasPrefix("#") || text.hasPrefix(" ") || text.hasPrefix("\t")
        || text.hasPrefix("- ") || (isTOML && text.hasPrefix("[")))
      {
        return nil
      }
    }
    guard keys > 0 else { return nil }
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

  /// Whether `text` starts with a one-word key and `:` (`= ` in TOML): `last_contact:`.
  private static func isKey(_ text: Substring, toml: Bool) -> Bool {
    guard let first = text.first, first.isLetter || first == "_" else { return false }
    let key = text.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
    let rest = text.dropFirst(key.count)
    if toml { return rest.drop { $0 == " " || $0 == "\t" }.first == "=" }
    return rest.first == ":" && (rest.count == 1 || rest.dropFirst().first?.isWhitespace == true)
  }
}
