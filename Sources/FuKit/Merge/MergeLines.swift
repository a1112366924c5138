/// Comparing and carrying lines between the sides of a merge, whose line endings may
/// differ.
enum MergeLines {
  /// Whether two lists of lines say the same, terminators aside (`nil` is no lines at all,
  /// unlike an empty list).
  static func same(_ a: [String]?, _ b: [String]?) -> Bool {
    guard let a, let b else { return a == nil && b == nil }
    return a.count == b.count
      && zip(a, b).allSatisfy {
        TextDocument.stripTerminator($0) == TextDocument.stripTerminator($1)
      }
  }

  /// `lines` with each terminator made `ending` (a line without one keeps none): lines from
  /// theirs, placed among ours, take ours' line ending.
  static func adopting(_ ending: String, _ lines: [String]) -> [String] {
    lines.map { line in
      TextDocument.terminator(of: line).isEmpty || TextDocument.terminator(of: line) == ending
        ? line : TextDocument.stripTerminator(line) + ending
    }
  }

  /// The lines' text without terminators, one string: what identifies a log entry.
  static func identity(_ lines: some Sequence<String>) -> String {
    lines.map { String(TextDocument.stripTerminator($0)) }.joined(separator: "\n")
  }

  /// Whether `line` holds nothing but spaces and tabs.
  static func isBlank(_ line: String) -> Bool {
    TextDocument.stripTerminator(line).allSatisfy { $0 == " " || $0 == "\t" }
  }
}
