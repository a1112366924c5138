/// Writes values into front matter so that YAML reads back exactly the text given.
enum YAMLScalar {
  /// `text` as a plain scalar when that is unambiguous, else double-quoted with escapes.
  static func render(_ text: String) -> String {
    isPlainSafe(text) ? text : quoted(text)
  }

  /// `[a, b]`, each item rendered as a scalar.
  static func flowList(_ items: [String]) -> String {
    let plain = { (item: String) in
      isPlainSafe(item) && item.allSatisfy { $0.isLetter || $0.isNumber || " -_.".contains($0) }
    }
    return "[" + items.map { plain($0) ? $0 : quoted($0) }.joined(separator: ", ") + "]"
  }

  /// Plain is safe for text that starts with a letter or digit (so no indicator can open
  /// it), holds no `: `, ` #` or control characters, ends without a space or `:`, and that
  /// YAML 1.1 or 1.2 would not read as a boolean, null or number.
  private static func isPlainSafe(_ text: String) -> Bool {
    guard let first = text.first, first.isLetter || first.isNumber,
      let last = text.last, last != " ", last != ":"
    else { return false }
    if text.contains(": ") || text.contains(" #") || text.contains("\t") { return false }
    if text.unicodeScalars.contains(where: NoteText.isBreakOrControl) { return false }
    let reserved: Set<String> = [
      "y", "n", "yes", "no", "true", "false", "on", "off", "null", "~", "nan", "inf",
    ]
    if reserved.contains(text.lowercased()) { return false }
    if Double(text) != nil || Int(text, radix: 10) != nil { return false }
    if text.allSatisfy({ $0.isNumber || "-:._+ ".contains($0) }) { return false }  // dates, times
    return true
  }

  /// `text` double-quoted, with every character YAML would not keep as is escaped: a JSON
  /// string is a YAML double-quoted scalar.
  static func quoted(_ text: String) -> String {
    QuotedString.quoted(text)
  }
}
