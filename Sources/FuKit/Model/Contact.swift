/// One person: the facts from a contact file's front matter and body.
public struct Contact: Sendable, Equatable {
  /// The file's path relative to the vault root, with `/` separators: the contact's identity.
  public var path: String
  /// `name` from the front matter, else the file name without its extension.
  public var name: String
  /// Other names the contact answers to.
  public var aliases: [String] = []
  /// When to get back to this person.
  public var nextFollowUp: CalendarDate?
  /// When you last talked.
  public var lastContact: CalendarDate?
  /// How often to stay in touch.
  public var cadence: Cadence?
  /// A one-line reminder.
  public var notes: String?
  /// Tags, without a leading `#`.
  public var tags: [String] = []
  /// Birthdays and other yearly days: every front-matter key whose value is a date or a
  /// month and day (`--12-10`), whether or not the vault's config names it an anniversary.
  public var occasions: [Occasion] = []
  /// Open tasks with a due date.
  public var tasks: [FollowUpTask] = []
  /// The interaction log, in file order.
  public var log: [LogEntry] = []

  public init(path: String, name: String) {
    self.path = path
    self.name = name
  }

  /// The file name without its folder and extension.
  public var stem: String {
    let file =
      path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[path.index(after: $0)...]) }
      ?? path
    guard let dot = file.lastIndex(of: "."), dot != file.startIndex else { return file }
    return String(file[..<dot])
  }

  /// Whether the contact carries `tag` (case-insensitive, a leading `#` ignored).
  public func hasTag(_ tag: String) -> Bool {
    let wanted = Contact.normalize(tag: tag)
    return tags.contains { Contact.normalize(tag: $0) == wanted }
  }

  /// A tag without its leading `#`, lower-cased.
  public static func normalize(tag: String) -> String {
    String(tag.trimmingSpaces().drop { $0 == "#" }).lowercased()
  }
}

/// An open task in a contact's body (`- [ ] text 📅 2026-12-01` or `due:2026-12-01`).
public struct FollowUpTask: Sendable, Equatable {
  /// The task's text without the checkbox and the due marker.
  public var text: String
  public var due: CalendarDate
  /// The 1-based line of the task.
  public var line: Int
}

/// One entry of the interaction log (`- 2026-11-21: Coffee; sent the deck`).
public struct LogEntry: Sendable, Equatable {
  public var date: CalendarDate
  /// The entry's text after the date and its separator.
  public var text: String
  /// 0-based document lines the entry spans.
  public var lines: ClosedRange<Int>
  /// What stands before the date on the entry's first line: indentation and list marker
  /// (`- `, `  * `, `3. `).
  public var marker: String = "- "
}
