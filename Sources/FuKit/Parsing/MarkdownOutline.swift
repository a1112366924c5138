internal import Ccmark

/// The parts of a Markdown body that fu reads, located by cmark's source positions:
/// the headings of the document itself (not those inside quotes, lists or code) and every
/// list item.
///
/// All cmark memory is freed before `init` returns; only Swift values remain.
public struct MarkdownOutline: Sendable, Equatable {
  /// A heading that is a direct child of the document.
  public struct Heading: Sendable, Equatable {
    public var level: Int
    /// The heading's text, inline markup removed.
    public var text: String
    /// 0-based document lines of the heading (two lines for a setext heading).
    public var lines: ClosedRange<Int>
  }

  /// A list item anywhere in the body.
  public struct Item: Sendable, Equatable {
    /// 0-based document lines the item spans, trailing blank lines excluded.
    public var lines: ClosedRange<Int>
    /// Where the item's first paragraph starts: 0-based line and 0-based byte column.
    public var textStart: (line: Int, column: Int)?
    /// The 0-based last line of the first paragraph.
    public var textEndLine: Int?
    /// Whether the item's list is a direct child of the document.
    public var isTopLevel: Bool
    /// Whether the item's list is tight as cmark renders it (no `<p>` around item text).
    public var isInTightList = true

    public static func == (lhs: Item, rhs: Item) -> Bool {
      lhs.lines == rhs.lines && lhs.textStart?.line == rhs.textStart?.line
        && lhs.textStart?.column == rhs.textStart?.column && lhs.textEndLine == rhs.textEndLine
        && lhs.isTopLevel == rhs.isTopLevel && lhs.isInTightList == rhs.isInTightList
    }
  }

  public var headings: [Heading] = []
  public var items: [Item] = []

  /// Parses the lines of `document` from `firstLine` on with cmark.
  public init(document: TextDocument, from firstLine: Int) {
    let lines = document.lines[firstLine...]
    let text = lines.joined()
    guard !text.isEmpty else { return }
    guard
      let root = text.withCString({ cmark_parse_document($0, text.utf8.count, CMARK_OPT_SOURCEPOS) }
      )
    else { return }
    defer { cmark_node_free(root) }

    /// cmark's 1-based line as a document index, kept inside the body whatever cmark says.
    func line(_ cmarkLine: Int32) -> Int {
      min(max(firstLine, firstLine + Int(cmarkLine) - 1), document.lines.count - 1)
    }
    /// The last non-blank line in `start...end` (cmark may count trailing blank lines).
    func lastContentLine(_ start: Int, _ end: Int) -> Int {
      var last = min(end, document.lines.count - 1)
      while last > start,
        document.isBlank(line: last)
      {
        last -= 1
      }
      return last
    }

    var child = cmark_node_first_child(root)
    while let node = child {
      if cmark_node_get_type(node) == CMARK_NODE_HEADING {
        let start = line(cmark_node_get_start_line(node))
        let end = MarkdownOutline.headingEnd(
          from: start, through: line(cmark_node_get_end_line(node)), in: document)
        headings.append(
          Heading(
            level: Int(cmark_node_get_heading_level(node)),
            text: MarkdownOutline.plainText(of: node),
            lines: start...end))
      }
      child = cmark_node_next(node)
    }

    guard let iterator = cmark_iter_new(root) else { return }
    defer { cmark_iter_free(iterator) }
    while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
      guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
        cmark_node_get_type(node) == CMARK_NODE_ITEM
      else { continue }
      let start = line(cmark_node_get_start_line(node))
      let end = lastContentLine(start, line(cmark_node_get_end_line(node)))
      let list = cmark_node_parent(node)
      var item = Item(
        lines: start...max(start, end), textStart: nil, textEndLine: nil,
        isTopLevel: list.map { cmark_node_parent($0) == root } ?? false,
        isInTightList: list.map { cmark_node_get_list_tight($0) != 0 } ?? true)
      if let paragraph = cmark_node_first_child(node),
        cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH
      {
        item.textStart = (
          line(cmark_node_get_start_line(paragraph)),
          Int(cmark_node_get_start_column(paragraph)) - 1
        )
        item.textEndLine = line(cmark_node_get_end_line(paragraph))
      }
      items.append(item)
    }
  }

  /// The last line of the heading starting at `start`: the same line for `# ATX`, the
  /// `===`/`---` underline for a setext heading (cmark 0.30 may report a line past it).
  private static func headingEnd(from start: Int, through end: Int, in document: TextDocument)
    -> Int
  {
    func content(_ index: Int) -> Substring {
      TextDocument.stripTerminator(document.lines[index]).drop { $0 == " " }
    }
    if content(start).first == "#" { return start }
    for index in stride(from: start + 1, through: end, by: 1) {
      let text = content(index).trimmingSpaces()
      if let mark = text.first, mark == "=" || mark == "-", text.allSatisfy({ $0 == mark }) {
        return index
      }
    }
    return max(start, end)
  }

  /// The first paragraph of `item` as written, its lines joined by single spaces.
  public static func text(of item: Item, in document: TextDocument) -> String? {
    guard let start = item.textStart, let end = item.textEndLine, start.line < document.lines.count,
      end >= start.line
    else { return nil }
    let first = TextDocument.stripTerminator(document.lines[start.line]).utf8
    let column = first.index(first.startIndex, offsetBy: min(start.column, first.count))
    var parts = [String(Substring(first[column...]))]
    if end > start.line {
      for index in (start.line + 1)...min(end, document.lines.count - 1) {
        parts.append(
          String(
            TextDocument.stripTerminator(document.lines[index]).drop {
              $0 == " " || $0 == "\t" || $0 == ">"
            }))
      }
    }
    return parts.map { $0.trimmingSpaces() }.joined(separator: " ")
  }

  /// The text of `node`'s inlines, markup removed and line breaks as spaces.
  static func plainText(of node: OpaquePointer) -> String {
    var text = ""
    var child = cmark_node_first_child(node)
    while let current = child {
      switch cmark_node_get_type(current) {
      case CMARK_NODE_TEXT, CMARK_NODE_CODE:
        if let literal = cmark_node_get_literal(current) { text += String(cString: literal) }
      case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
        text += " "
      default:
        text += plainText(of: current)
      }
      child = cmark_node_next(current)
    }
    return text
  }
}

extension StringProtocol {
  /// The text without leading and trailing spaces and tabs.
  func trimmingSpaces() -> String {
    // Most text has nothing to trim. A character that is a space or a tab starts or ends
    // with that byte, so the ends' bytes tell.
    let hasSpaceAtAnEnd = utf8.withContiguousStorageIfAvailable { bytes in
      guard let first = bytes.first, let last = bytes.last else { return true }
      return first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09
    }
    if hasSpaceAtAnEnd == false { return String(self) }
    var slice = self[...]
    while let first = slice.first, first == " " || first == "\t" { slice.removeFirst() }
    while let last = slice.last, last == " " || last == "\t" { slice.removeLast() }
    return String(slice)
  }
}
