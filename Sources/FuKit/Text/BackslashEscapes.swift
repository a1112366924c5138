/// Undoes backslash escapes, as YAML's double-quoted scalars and vCard values write them.
enum BackslashEscapes {
  /// `text` with each `\c` replaced by `replacements[c]`, or by `c` itself when it has
  /// none; a backslash at the very end is kept.
  static func unescape(_ text: Substring, replacing replacements: [Character: Character])
    -> String
  {
    guard text.contains("\\") else { return String(text) }
    var result = ""
    var escaped = false
    for character in text {
      if escaped {
        result.append(replacements[character] ?? character)
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else {
        result.append(character)
      }
    }
    if escaped { result.append("\\") }
    return result
  }
}
