import Foundation

/// A one-line `key: value  # comment`, split so the value can be swapped.
struct KeyValueLine {
  /// Everything up to and including the `:`.
  var prefix: Substring
  /// Spaces between the `:` and the value.
  var leadingSpace: Substring
  /// The value without quotes.
  var value: String
  /// The quote character around the value, if any.
  var quote: Character?
  /// Spaces between the value and the comment.
  var trailingSpace: Substring
  /// `# comment`, or empty.
  var comment: Substring

  /// The key, unquoted and normalised as front-matter keys are.
  var normalizedKey: String {
    var key = prefix.dropLast().trimmingSpaces()
    if let first = key.first, first == "\"" || first == "'", key.count >= 2, key.last == first {
      key = String(key.dropFirst().dropLast())
    }
    return FrontMatter.normalize(key: key)
  }

  /// `nil` when the line is not a simple top-level `key: value` (block scalars, flow
  /// collections, anchors, tags, unterminated quotes).
  init?(_ line: String) {
    guard let colon = KeyValueLine.colonIndex(in: line) else { return nil }
    let afterColon = line.index(after: colon)
    prefix = line[..<afterColon]
    var rest = line[afterColon...]
    leadingSpace = rest.prefix { $0 == " " || $0 == "\t" }
    rest = rest.dropFirst(leadingSpace.count)
    if let first = rest.first, first == "\"" || first == "'" {
      quote = first
      guard let close = KeyValueLine.closingQuote(in: rest, quote: first) else { return nil }
      let inner = rest[rest.index(after: rest.startIndex)..<close]
      value =
        first == "'"
        ? inner.replacingOccurrences(of: "''", with: "'") : KeyValueLine.unescape(inner)
      rest = rest[rest.index(after: close)...]
      trailingSpace = rest.prefix { $0 == " " || $0 == "\t" }
      comment = rest.dropFirst(trailingSpace.count)
      guard comment.isEmpty || comment.first == "#" else { return nil }
    } else {
      quote = nil
      if let first = rest.first, "|>[{&*!%@`".contains(first) { return nil }
      if rest.first == "#" {
        value = ""
        trailingSpace = ""
        comment = rest
      } else {
        let hash = rest.indices.first { index in
          rest[index] == "#" && index > rest.startIndex
            && (rest[rest.index(before: index)] == " " || rest[rest.index(before: index)] == "\t")
        }
        let valuePart = rest[..<(hash ?? rest.endIndex)]
        let trimmed = valuePart.trimmingSpaces()
        value = trimmed
        trailingSpace = valuePart.dropFirst(valuePart.prefix { $0 == " " || $0 == "\t" }.count)
          .dropFirst(trimmed.count)
        comment = rest[(hash ?? rest.endIndex)...]
      }
    }
  }

  /// The line with `newValue` in place of the value (quoted as before), or with no value.
  func with(value newValue: String?) -> String {
    with(written: newValue.map { value in quote.map { "\($0)\(value)\($0)" } ?? value })
  }

  /// The line with `text` in place of the value, written so that YAML reads back exactly
  /// `text`: in the value's quotes when they can hold it, else as `YAMLScalar` writes it.
  func with(text: String) -> String {
    switch quote {
    case "'" where !text.unicodeScalars.contains(where: NoteText.isBreakOrControl):
      return with(written: "'" + text.replacing("'", with: "''") + "'")
    case "\"": return with(written: YAMLScalar.quoted(text))
    default: return with(written: YAMLScalar.render(text))
    }
  }

  /// The line with `written` (quotes and all) in place of the value, or with no value.
  private func with(written newValue: String?) -> String {
    let space = leadingSpace.isEmpty ? " " : String(leadingSpace)
    guard let newValue else {
      // The comment keeps the gap it had after the value (filling an empty value keeps
      // the gap it had after the `:`, so the two undo each other).
      let gap = trailingSpace.isEmpty ? space : String(trailingSpace)
      return String(prefix) + (comment.isEmpty ? "" : gap + comment)
    }
    if quote == nil && value.isEmpty {
      // The spaces after the `:` were the comment's gap: they stay its gap.
      return String(prefix) + " " + newValue + (comment.isEmpty ? "" : space + comment)
    }
    let gap = trailingSpace.isEmpty && !comment.isEmpty ? " " : String(trailingSpace)
    return String(prefix) + space + newValue + gap + comment
  }

  private static func colonIndex(in line: String) -> String.Index? {
    guard let first = line.first, first != " ", first != "\t", first != "#", first != "-" else {
      return nil
    }
    var index = line.startIndex
    if first == "\"" || first == "'" {
      guard let close = closingQuote(in: line[...], quote: first) else { return nil }
      index = line.index(after: close)
      guard index < line.endIndex, line[index] == ":" else { return nil }
      return index
    }
    while index < line.endIndex {
      if line[index] == ":" {
        let next = line.index(after: index)
        if next == line.endIndex || line[next] == " " || line[next] == "\t" { return index }
      }
      index = line.index(after: index)
    }
    return nil
  }

  private static func closingQuote(in text: Substring, quote: Character) -> String.Index? {
    var index = text.index(after: text.startIndex)
    while index < text.endIndex {
      let character = text[index]
      if quote == "\"" && character == "\\" {
        index = text.index(after: index)
        if index < text.endIndex { index = text.index(after: index) }
        continue
      }
      if character == quote {
        let next = text.index(after: index)
        if quote == "'" && next < text.endIndex && text[next] == "'" {
          index = text.index(after: next)
          continue
        }
        return index
      }
      index = text.index(after: index)
    }
    return nil
  }

  private static func unescape(_ text: Substring) -> String {
    BackslashEscapes.unescape(text, replacing: ["n": "\n", "t": "\t"])
  }
}
