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

  /// The lines' text without terminators, one string: what identifies a log entry.
  static func identity(_ lines: some Sequence<String>) -> String {
    lines.map { String(TextDocument.stripTerminator($0)) }.joined(separator: "\n")
  }

  /// Whether `line` holds nothing but spaces and tabs.
  static func isBlank(_ line: String) -> Bool {
    TextDocument.stripTerminator(line).allSatisfy { $0 == " " || $0 == "\t" }
  }
}

/// Ours' and theirs' line endings (each file's first): lines from theirs placed among
/// ours' take ours' ending where they had theirs' usual one; any other ending (a lone `\r`
/// in a file of `\n`) stays as that line has it.
struct LineEndings {
  var ours: String
  var theirs: String

  /// `lines` from theirs, as they go into ours.
  func adopting(_ lines: [String]) -> [String] { adopting(lines, from: theirs) }

  /// `lines` from a file whose usual ending is `ending`, with that ending made ours'.
  func adopting(_ lines: [String], from ending: String) -> [String] {
    guard ours != ending else { return lines }
    return lines.map { line in
      TextDocument.terminator(of: line) == ending
        ? TextDocument.stripTerminator(line) + ours : line
    }
  }
}
