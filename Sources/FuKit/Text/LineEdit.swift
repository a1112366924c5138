/// One change to a document: the lines `range` (0-based, half-open) are replaced by
/// `replacement`, each a full line with its terminator.
public struct LineEdit: Sendable, Equatable {
  /// The old lines this edit replaces; an empty range inserts before `range.lowerBound`.
  public var range: Range<Int>
  /// The new lines, with their terminators.
  public var replacement: [String]

  public init(range: Range<Int>, replacement: [String]) {
    self.range = range
    self.replacement = replacement
  }
}

extension TextDocument {
  /// An edit that inserts `contents` (lines without terminators) before line `index`, with
  /// the line ending of the line before it (else the file's). At the end of a file that
  /// lacks a final newline, the old last line gains one and the new last line goes without,
  /// so the file still ends the way it did.
  public func insertion(of contents: [String], at index: Int) -> LineEdit {
    let neighbour = index > 0 ? TextDocument.terminator(of: lines[index - 1]) : ""
    let ending = neighbour.isEmpty ? lineEnding : neighbour
    var replacement = contents.map { $0 + ending }
    if index == lines.count, let last = lines.last, TextDocument.stripTerminator(last) == last {
      replacement.insert(last + ending, at: 0)
      replacement[replacement.count - 1].removeLast(ending.count)
      return LineEdit(range: (index - 1)..<index, replacement: replacement)
    }
    return LineEdit(range: index..<index, replacement: replacement)
  }

  /// An edit that replaces the content of line `index`, keeping its terminator.
  public func replacement(ofLine index: Int, with content: String) -> LineEdit {
    LineEdit(
      range: index..<(index + 1), replacement: [content + TextDocument.terminator(of: lines[index])]
    )
  }

  /// The document with `edits` applied. Edits must not overlap; insertions at one place
  /// land in the order given, before a replacement that starts there.
  public func applying(_ edits: [LineEdit]) -> TextDocument {
    var result = self
    let order = edits.enumerated().sorted {
      ($0.element.range.lowerBound, $0.element.range.upperBound, $0.offset)
        > ($1.element.range.lowerBound, $1.element.range.upperBound, $1.offset)
    }
    for (_, edit) in order {
      result.lines.replaceSubrange(edit.range, with: edit.replacement)
    }
    return result
  }
}
