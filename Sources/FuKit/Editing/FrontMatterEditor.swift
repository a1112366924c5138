import Foundation

/// Changes front-matter values one line at a time: the key's spelling, the spacing, the
/// quoting and a trailing comment stay as the user wrote them; a missing key is added as a
/// line at the end of the block; a file without front matter gets one at the top.
struct FrontMatterEditor {
  let file: ContactFile
  private(set) var edits: [LineEdit] = []
  private var addedLines: [String] = []

  init(file: ContactFile) {
    self.file = file
  }

  /// Sets `key` (normalised, also its canonical spelling when added) to `value`, written as
  /// it is (a date, a cadence), or empties it when `value` is `nil`. An absent key is added
  /// only for a non-empty value.
  mutating func set(_ key: String, to value: String?) throws(FuError) {
    try set(key, written: value) { $0.with(value: value) }
  }

  /// Sets `key` to `text`, which YAML reads back exactly as given (quoted as the value was
  /// when its quotes can hold it, else only where needed); empties it when `text` is `nil`.
  mutating func set(_ key: String, toText text: String?) throws(FuError) {
    try set(key, written: text.map(YAMLScalar.render)) { line in
      text.map(line.with(text:)) ?? line.with(value: nil)
    }
  }

  /// Sets `key`: to `added` on a line of its own when the front matter has no such key,
  /// else to the line `changed` makes of the key's line.
  private mutating func set(
    _ key: String, written added: String?, changed: (KeyValueLine) -> String
  ) throws(FuError) {
    guard case .valid(let frontMatter) = file.frontMatter, let field = frontMatter.field(key)
    else {
      guard let value = added else { return }
      // One of fu's own keys is spelled as the file spells the others; a user's key (one
      // `fu import --merge` adds) as it comes.
      let spelled =
        if case .valid(let frontMatter) = file.frontMatter, ContactKey.named(key) != nil {
          Self.spelling(of: key, like: frontMatter)
        } else {
          key
        }
      addedLines.append("\(spelled): \(value)")
      return
    }
    // Another spelling of the key later on: fu reads the first, other tools may read the
    // last, and changing one would leave the two saying different things.
    if let repeated = frontMatter.fields.first(where: {
      $0.line > field.line && $0.normalizedKey == field.normalizedKey
    }) {
      throw .cannotEdit(
        Diagnostic(
          path: file.path, line: repeated.line + 1,
          message:
            "cannot update `\(field.key)`: `\(repeated.key)` here says it again; keep one of the two"
        ))
    }
    // Change the line only when it is, beyond doubt, this key with the value YAML read.
    guard field.line < file.document.lines.count,
      let line = KeyValueLine(String(file.document.content(ofLine: field.line))),
      line.normalizedKey == field.normalizedKey
    else {
      let text =
        field.line < file.document.lines.count
        ? String(file.document.content(ofLine: field.line)) : ""
      throw .cannotEdit(
        Diagnostic(
          path: file.path, line: field.line + 1,
          message: "cannot update `\(field.key)`: \(Self.whyNotPlain(text, key: key))"))
    }
    let sameValue: Bool =
      switch field.value {
      case .empty: line.quote == nil && FrontMatter.isNullSpelling(line.value)
      case .text(let text): line.value == text
      case .list, .structured: false
      }
    guard sameValue else {
      throw .cannotEdit(
        Diagnostic(
          path: file.path, line: field.line + 1,
          message:
            "cannot update `\(field.key)`: its value is not a single \(Self.isDate(key) ? "date" : "value") on the key's line; write it as one line, \(Self.example(of: key))"
        ))
    }
    edits.append(file.document.replacement(ofLine: field.line, with: changed(line)))
  }

  /// `key` (a canonical spelling, `next_follow_up`) spelled as `frontMatter` spells fu's
  /// other keys of several words: `Next-Follow-Up` beside `Last-Contact`, `next follow up`
  /// beside `last contact`; as it is when the file has none.
  static func spelling(of key: String, like frontMatter: FrontMatter) -> String {
    let words = key.split(separator: "_")
    guard words.count > 1,
      let model = frontMatter.fields.first(where: {
        $0.normalizedKey.contains("_") && ContactKey.named($0.normalizedKey) != nil
      })?.key,
      let separator = model.first(where: { $0 == "-" || $0 == " " || $0 == "_" })
    else { return key }
    let modelWords = model.split(separator: separator)
    let isCapital = modelWords.map { $0.first?.isUppercase == true }
    let shaped = words.enumerated().map { index, word -> String in
      if modelWords.allSatisfy({ $0 == $0.uppercased() }) { return word.uppercased() }
      if isCapital.allSatisfy({ $0 }) || (index == 0 && isCapital.first == true) {
        return word.capitalized
      }
      return String(word)
    }
    return shaped.joined(separator: String(separator))
  }

  /// Whether `key` is one of fu's date keys.
  private static func isDate(_ key: String) -> Bool { ContactKey.named(key)?.kind == .date }

  /// `key` written as fu can change it: `next_follow_up: YYYY-MM-DD`, `notes: one line`.
  private static func example(of key: String) -> String {
    "`\(key): \(isDate(key) ? "YYYY-MM-DD" : "one line")`"
  }

  /// What keeps `line`, where YAML read `key`, from being a plain `key: value` line fu can
  /// change, and how to write it.
  private static func whyNotPlain(_ line: String, key: String) -> String {
    let example = example(of: key)
    let trimmed = line.trimmingSpaces()
    let value = line.firstIndex(of: ":").map { line[line.index(after: $0)...].trimmingSpaces() }
    if trimmed.hasPrefix("?") {
      return "it is a `? key` entry; write it as \(example)"
    } else if line.first == " " || line.first == "\t" {
      return "the front matter is indented; start each key at the start of its line"
    } else if let value, let mark = value.first, "&*!".contains(mark) {
      return "its value has a YAML anchor, alias or tag (`\(mark)`); write \(example)"
    }
    return "write it as one line, \(example)"
  }

  /// All edits, the added key lines included.
  func finished() throws(FuError) -> [LineEdit] {
    guard !addedLines.isEmpty else { return edits }
    switch file.frontMatter {
    case .valid(let frontMatter):
      guard frontMatter.acceptsNewKeys else {
        throw .cannotEdit(
          Diagnostic(
            path: file.path, line: 2,
            message:
              "cannot add `\(addedLines[0])`: the front matter is not plain `key: value` lines"))
      }
      return edits + [file.document.insertion(of: addedLines, at: frontMatter.closingLine)]
    default:
      return edits + [file.document.insertion(of: ["---"] + addedLines + ["---"], at: 0)]
    }
  }
}
