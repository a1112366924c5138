/// Undoes backslash escapes, as YAML's double-quoted scalars and vCard values write them.
enum BackslashEscapes {
  /// `text` with each `\c` replaced by `replacements[c]`, or by `c` itself when it has
  /// none and `literal` holds it (any `c` when `literal` is `nil`). A backslash before
  /// anything else, or at the very end, is kept.
  static func unescape(
    _ text: Substring, replacing replacements: [Character: Character],
    literal: Set<Character>? = nil
  ) -> String {
    guard text.contains("\\") else { return String(text) }
    var result = ""
    var escaped = false
    for character in text {
      if escaped {
        if let replacement = replacements[character] {
          result.append(replacement)
        } else {
          if let literal, !literal.contains(character) { result.append("\\") }
          result.append(character)
        }
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
