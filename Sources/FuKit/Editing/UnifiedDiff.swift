/// A unified diff (`git diff` style) of a planned edit, built from the edits themselves.
public enum UnifiedDiff {
  /// The diff of `edit`, with `path` in the `---`/`+++` headers and `context` lines around
  /// each change. Lines are shown without their terminators.
  public static func render(_ edit: ContactEdit, path: String, context: Int = 3) -> [DiffLine] {
    // Edits that touch are shown as one change, removals first, as git shows them.
    var edits: [LineEdit] = []
    for change in edit.edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
      if let last = edits.last, last.range.upperBound == change.range.lowerBound {
        edits[edits.count - 1] = LineEdit(
          range: last.range.lowerBound..<change.range.upperBound,
          replacement: last.replacement + change.replacement)
      } else {
        edits.append(change)
      }
    }
    guard !edits.isEmpty else { return [] }
    // git's prefixes; an absolute path keeps one slash (`a/tmp/v/ada.md`, as git writes it).
    let shown = path.hasPrefix("/") ? String(path.dropFirst()) : path
    var output: [DiffLine] = [.header("--- a/\(shown)"), .header("+++ b/\(shown)")]
    var groups: [[LineEdit]] = []
    for change in edits {
      if let previous = groups.last?.last,
        change.range.lowerBound - previous.range.upperBound <= 2 * context
      {
        groups[groups.count - 1].append(change)
      } else {
        groups.append([change])
      }
    }
    let old = edit.original.lines
    var shift = 0  // lines added minus lines removed by the groups before this one
    for group in groups {
      guard let firstChange = group.first, let lastChange = group.last else { continue }
      let start = max(0, firstChange.range.lowerBound - context)
      let end = min(old.count, lastChange.range.upperBound + context)
      var body: [DiffLine] = []
      var cursor = start
      var added = 0
      for change in group {
        for index in cursor..<change.range.lowerBound { body += lines(old[index], .context) }
        for index in change.range { body += lines(old[index], .removed) }
        for line in change.replacement { body += lines(line, .added) }
        added += change.replacement.count - change.range.count
        cursor = change.range.upperBound
      }
      for index in cursor..<end { body += lines(old[index], .context) }
      let oldCount = end - start
      let newCount = oldCount + added
      let oldStart = oldCount == 0 ? start : start + 1
      let newStart = newCount == 0 ? start + shift : start + shift + 1
      output.append(.hunk("@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@"))
      output += body
      shift += added
    }
    return output
  }

  private static func lines(_ line: String, _ kind: DiffLine.Kind) -> [DiffLine] {
    let content = String(TextDocument.stripTerminator(line))
    let marker: String =
      switch kind {
      case .context: " "
      case .removed: "-"
      case .added: "+"
      }
    var result = [DiffLine.line(kind, marker + content)]
    if content.utf8.count == line.utf8.count { result.append(.noNewline) }
    return result
  }
}

/// One line of a unified diff, with what it is so that a terminal can colour it.
public enum DiffLine: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    case context
    case removed
    case added
  }

  case header(String)
  case hunk(String)
  case line(Kind, String)
  case noNewline

  /// The line's text.
  public var text: String {
    switch self {
    case .header(let text), .hunk(let text), .line(_, let text): text
    case .noNewline: "\\ No newline at end of file"
    }
  }
}
