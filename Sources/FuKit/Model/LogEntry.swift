/// One entry of the interaction log (`- 2026-11-21: Coffee; sent the deck`).
public struct LogEntry: Sendable, Equatable {
  public var date: CalendarDate
  /// The entry's first paragraph after the date and its separator, its lines joined by
  /// spaces, as Markdown reads a paragraph.
  public var text: String
  /// The whole entry as written after the date and its separator: its first line, then
  /// each line below it (more lines, more paragraphs, a list) without the entry's
  /// indentation, line breaks kept. `text` when the entry is one line.
  public var markdown: String
  /// 0-based document lines the entry spans.
  public var lines: ClosedRange<Int>
  /// What stands before the date on the entry's first line: indentation and list marker
  /// (`- `, `  * `, `3. `).
  public var marker: String = "- "
  /// What stands between the date and the text, spaces after it left out: `:`, ` —` or
  /// ` -`.
  public var separator: String = ":"

  public init(date: CalendarDate, text: String, markdown: String? = nil, lines: ClosedRange<Int>) {
    self.date = date
    self.text = text
    self.markdown = markdown ?? text
    self.lines = lines
  }

  /// Whether this entry is an attempt: its first line carries the tag `#sent` (any case),
  /// so you reached out and have no answer yet. Any other entry is two-way.
  public var isAttempt: Bool {
    let firstLine = markdown.prefix { $0 != "\n" }
    return Hashtag.contains(LogEntry.sentTag, in: firstLine)
  }

  /// The tag that marks an attempt, without its `#`.
  public static let sentTag = "sent"

  /// `entries` (a log in file order) from the oldest to the newest: by date, and on one day
  /// in the list's own order, where a list running newest first (`runNewestFirst`) has the
  /// newer entry above.
  public static func timeline(_ entries: [LogEntry]) -> [LogEntry] {
    let inOrder = runNewestFirst(entries) ? Array(entries.reversed()) : entries
    return inOrder.enumerated().sorted { lhs, rhs in
      lhs.element.date != rhs.element.date
        ? lhs.element.date < rhs.element.date : lhs.offset < rhs.offset
    }.map(\.element)
  }

  /// Whether `entries` (a log in file order) run newest first: the first is newer than the
  /// last.
  public static func runNewestFirst(_ entries: [LogEntry]) -> Bool {
    guard let first = entries.first, let last = entries.last else { return false }
    return first.date > last.date
  }
}
