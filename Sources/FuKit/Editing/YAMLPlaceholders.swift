/// Fills a template's placeholders (`{{name}}`) in a line of its front matter, so that the
/// line reads back with each value as it was given, whatever YAML makes of its commas,
/// quotes and colons.
enum YAMLPlaceholders {
  /// `line` with each placeholder of `values` (keyed by their text, `{{name}}`) filled in.
  /// Inside quotes, a value is escaped for them. A plain scalar holding a placeholder is
  /// written again whole: plain when YAML reads it back as the same text (`name: Ada
  /// Lovelace`, a date such as `created: 2026-11-21`), else as one double-quoted string
  /// (`[it's {{name}}]` gives `["it's Lovelace, Ada"]`). Keys, anchors, tags and comments
  /// are left as they are.
  ///
  /// `flowDepth` is how deep in flow collections (`[`, `{`) the line starts, from the
  /// lines before it, and is left at how deep it ends.
  static func fill(_ line: String, _ values: [String: String], flowDepth: inout Int) -> String {
    let indent = line.prefix { $0 == " " || $0 == "\t" }
    if line.dropFirst(indent.count).first == "#" { return line }  // a comment line
    var result = ""
    var quote: Character?
    var atScalarStart = true
    // Where in `result` (a UTF-8 offset) the plain scalar being read starts, and whether
    // it holds a placeholder.
    var plainStart: Int?
    var plainHasPlaceholder = false

    func finishPlain() {
      defer { (plainStart, plainHasPlaceholder) = (nil, false) }
      guard let start = plainStart, plainHasPlaceholder else { return }
      let index = result.utf8.index(result.utf8.startIndex, offsetBy: start)
      let scalar = String(result[index...])
      let text = scalar.trimmingSpaces()
      result.removeSubrange(index...)
      result += plainText(text, inFlow: flowDepth > 0) + scalar.dropFirst(text.count)
    }

    var rest = line[...]
    while let character = rest.first {
      if let (placeholder, value) = values.first(where: { rest.hasPrefix($0.key) }) {
        switch quote {
        case "\""?: result += YAMLScalar.quoted(value).dropFirst().dropLast()
        case "'"?: result += value.replacingOccurrences(of: "'", with: "''")
        default:
          if plainStart == nil { plainStart = result.utf8.count }
          result += value
          plainHasPlaceholder = true
          atScalarStart = false
        }
        rest = rest.dropFirst(placeholder.count)
        continue
      }
      rest = rest.dropFirst()
      let isSeparated = rest.first.map { $0 == " " || $0 == "\t" } ?? true
      if let open = quote {
        result.append(character)
        if character == "\\", open == "\"", let escaped = rest.first {
          result.append(escaped)  // `\"` and the like, kept as written
          rest = rest.dropFirst()
        } else if character == open {
          if open == "'", rest.first == "'" {
            result.append("'")  // `''`, a quote inside single quotes
            rest = rest.dropFirst()
          } else {
            quote = nil
          }
        }
        continue
      }
      switch character {
      case " ", "\t":
        if rest.first == "#" {  // a comment: the rest of the line
          finishPlain()
          return result + String(character) + rest
        }
      // Flow punctuation only in a flow collection, or opening one where a value starts:
      // in `who: Ada, x`, the comma is text.
      case "," where flowDepth > 0:
        finishPlain()
        atScalarStart = true
      case "[" where atScalarStart, "{" where atScalarStart:
        finishPlain()
        flowDepth += 1
        atScalarStart = true
      case "]" where flowDepth > 0, "}" where flowDepth > 0:
        finishPlain()
        flowDepth -= 1
      case ":" where isSeparated, "-" where atScalarStart && isSeparated,
        "?" where atScalarStart && isSeparated:
        finishPlain()
        atScalarStart = true
      case "\"" where atScalarStart, "'" where atScalarStart:
        quote = character
        atScalarStart = false
      case "&" where atScalarStart, "!" where atScalarStart, "*" where atScalarStart:
        // An anchor, a tag or an alias: its name, up to a space, then the scalar.
        let name = rest.prefix { $0 != " " && $0 != "\t" }
        result.append(character)
        result += name
        rest = rest.dropFirst(name.count)
        continue
      default:
        if plainStart == nil { plainStart = result.utf8.count }
        atScalarStart = false
      }
      result.append(character)
    }
    finishPlain()
    return result
  }

  /// `text` as a scalar that reads back as itself: plain when it can be, in a flow
  /// collection only when it is words, a date plain too.
  private static func plainText(_ text: String, inFlow: Bool) -> String {
    if CalendarDate(parsing: text) != nil { return text }
    let isWords = text.allSatisfy { $0.isLetter || $0.isNumber || " -_.".contains($0) }
    return inFlow && !isWords ? YAMLScalar.quoted(text) : YAMLScalar.render(text)
  }
}
