/// The interaction log: the section under the first heading named `Interactions`, `Log` or
/// `History` (any level), and the dated list items in it.
public struct LogSection: Sendable, Equatable {
  /// The heading's 0-based lines.
  public var heading: ClosedRange<Int>
  /// The 0-based lines after the heading up to the next heading of the same or a higher
  /// level, or the end of the file.
  public var body: Range<Int>
  /// The entries, in file order.
  public var entries: [LogEntry]
  /// Whether the entries' list is loose: two entries with blank lines between them, at
  /// least one, and nothing else but items of the same list (undated notes). A blank line
  /// inside an entry, between the paragraphs of a message, is that entry's own; a heading
  /// or a paragraph between two entries starts another list.
  public var isLoose: Bool
  /// 0-based lines of items that start with a date that does not exist.
  public var invalidDateLines: [Int]

  /// Whether the entries run newest first.
  public var isNewestFirst: Bool { LogEntry.runNewestFirst(entries) }

  /// Finds the section in a parsed body; `nil` when no heading has one of `names`.
  public init?(outline: MarkdownOutline, document: TextDocument, names: [String]) {
    let wanted = Set(names.map { $0.lowercased() })
    guard
      let index = outline.headings.firstIndex(where: {
        wanted.contains($0.text.trimmingSpaces().lowercased())
      })
    else { return nil }
    let heading = outline.headings[index]
    let end =
      outline.headings[(index + 1)...].first { $0.level <= heading.level }?.lines.lowerBound
      ?? document.lines.count
    self.heading = heading.lines
    body = (heading.lines.upperBound + 1)..<max(end, heading.lines.upperBound + 1)
    entries = []
    isLoose = false
    invalidDateLines = []
    for item in outline.items where item.isTopLevel && body.contains(item.lines.lowerBound) {
      guard let text = MarkdownOutline.text(of: item, in: document),
        let (dateText, rest) = LogSection.entryStart(text)
      else { continue }
      guard let date = CalendarDate(parsing: dateText) else {
        invalidDateLines.append(item.lines.lowerBound)
        continue
      }
      var entry = LogEntry(
        date: date, text: String(text[rest...]),
        markdown: LogSection.markdown(of: item, in: document), lines: item.lines)
      var separator = text[dateText.endIndex..<rest]
      while let last = separator.last, last.isWhitespace { separator.removeLast() }
      entry.separator = String(separator)
      if let start = item.textStart, start.line == item.lines.lowerBound {
        let first = TextDocument.stripTerminator(document.lines[start.line]).utf8
        let marker = String(Substring(first.prefix(start.column)))
        if marker.trimmingSpaces().count <= 10 { entry.marker = marker }
      }
      entries.append(entry)
    }
    isLoose = zip(entries, entries.dropFirst()).contains { earlier, later in
      let between = earlier.lines.upperBound + 1..<later.lines.lowerBound
      let indent = earlier.marker.prefix { $0 == " " || $0 == "\t" }.count
      return between.contains(where: document.isBlank)
        && between.allSatisfy { index in
          let text = document.content(ofLine: index)
          let depth = text.prefix { $0 == " " || $0 == "\t" }.count
          return document.isBlank(line: index) || depth > indent
            || (depth == indent && LogSection.startsListItem(text.dropFirst(depth)))
        }
    }
  }

  /// Entry `item` as written after its date (`LogEntry.markdown`): its first line, then the
  /// lines below it with the indentation up to the entry's text column taken off; `nil`
  /// when its text does not start on its first line.
  static func markdown(of item: MarkdownOutline.Item, in document: TextDocument) -> String? {
    guard let start = item.textStart, start.line == item.lines.lowerBound,
      item.lines.upperBound < document.lines.count
    else { return nil }
    let firstLine = TextDocument.stripTerminator(document.lines[start.line]).utf8
    let first = String(Substring(firstLine.dropFirst(start.column)))
    guard let (_, rest) = entryStart(first) else { return nil }
    let textColumn = LogSection.column(after: Substring(firstLine.prefix(start.column)))
    var lines = [String(first[rest...])]
    for index in stride(from: start.line + 1, through: item.lines.upperBound, by: 1) {
      var column = 0
      let body = TextDocument.stripTerminator(document.lines[index]).drop { character in
        guard column < textColumn, character == " " || character == "\t" else { return false }
        column = LogSection.column(after: CollectionOfOne(character), from: column)
        return true
      }
      lines.append(String(body))
    }
    // Text that starts on the line below the date (`- 2026-11-01:` alone on its line).
    while lines.count > 1, lines[0].allSatisfy(\.isWhitespace) { lines.removeFirst() }
    return lines.joined(separator: "\n")
  }

  /// The column reached after `text`, starting at `column`, as Markdown counts columns: a
  /// tab reaches the next multiple of 4. Where an entry's text starts after its marker.
  static func column(after text: some Sequence<Character>, from column: Int = 0) -> Int {
    text.reduce(column) { column, character in
      character == "\t" ? (column / 4 + 1) * 4 : column + 1
    }
  }

  /// Whether `text` (without its indentation) opens a list item: `- `, `* `, `+ `, `1. `,
  /// `1) `.
  static func startsListItem(_ text: Substring) -> Bool {
    let digits = text.prefix { $0.isASCII && $0.isNumber }
    let rest = text.dropFirst(digits.count)
    guard let marker = rest.first else { return false }
    let isMarker = digits.isEmpty ? "-*+".contains(marker) : (marker == "." || marker == ")")
    return isMarker && (rest.dropFirst().first.map { $0 == " " || $0 == "\t" } ?? true)
  }

  /// An entry's `YYYY-MM-DD` and where its text starts, after the separator (`:`, ` - ` or
  /// ` — `) and any spaces; nil when the text does not start that way. Written out by hand:
  /// a regex literal is compiled anew each time it is evaluated, which a vault's worth of
  /// entries made the slowest part of reading logs.
  static func entryStart(_ text: String) -> (date: Substring, rest: String.Index)? {
    var index = text.startIndex
    for position in 0..<10 {
      guard index < text.endIndex else { return nil }
      let character = text[index]
      let ok =
        position == 4 || position == 7 ? character == "-" : character.isASCII && character.isNumber
      guard ok else { return nil }
      index = text.index(after: index)
    }
    let date = text[text.startIndex..<index]
    func skipSpaces(_ from: String.Index) -> String.Index {
      var index = from
      while index < text.endIndex, text[index].isWhitespace { index = text.index(after: index) }
      return index
    }
    guard index < text.endIndex else { return nil }
    if text[index] == ":" { return (date, skipSpaces(text.index(after: index))) }
    let dash = skipSpaces(index)
    guard dash > index, dash < text.endIndex, text[dash] == "-" || text[dash] == "—" else {
      return nil
    }
    let afterDash = text.index(after: dash)
    guard afterDash < text.endIndex, text[afterDash].isWhitespace else { return nil }
    return (date, skipSpaces(afterDash))
  }
}
