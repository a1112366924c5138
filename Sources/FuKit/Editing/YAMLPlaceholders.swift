/// Fills a template's placeholders (`{{name}}`) in a front-matter line that is not one
/// plain `key: value` (a flow list, a block-list item, an indented key), so that the line
/// reads back with each value as it was given.
enum YAMLPlaceholders {
  /// `line` with each placeholder of `values` (keyed by their text, `{{name}}`) filled in:
  /// inside quotes, escaped for them; in a plain scalar, that whole scalar becomes one
  /// double-quoted string (`[it's {{name}}]` gives `["it's Lovelace, Ada"]`), unless it
  /// is then a date, which stays plain for YAML's readers. A comment is left as it is.
  static func fill(_ line: String, _ values: [String: String]) -> String {
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
      guard CalendarDate(parsing: text) == nil else { return }
      result.removeSubrange(index...)
      result += YAMLScalar.quoted(text) + scalar.dropFirst(text.count)
    }

    var rest = line[...]
    while let character = rest.first {
      let next = rest.dropFirst().first
      let isSeparated = next == nil || next == " " || next == "\t"
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
      if let open = quote {
        result.append(character)
        if character == "\\", open == "\"", let escaped = rest.first {
          result.append(escaped)  // `\"` and the like
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
      case ",", "[", "{":
        finishPlain()
        atScalarStart = true
      case "]", "}":
        finishPlain()
      case ":" where isSeparated, "-" where atScalarStart && isSeparated,
        "?" where atScalarStart && isSeparated:
        finishPlain()
        atScalarStart = true
      case "\"",
        "'" where atScalarStart:
        quote = character
        atScalarStart = false
      default:
        if plainStart == nil { plainStart = result.utf8.count }
        atScalarStart = false
      }
      result.append(character)
    }
    finishPlain()
    return result
  }
}
