/// What a draft's placeholders are filled with for one contact: fu's own names (`name`,
/// `first_name`, `me`, `last_topic`, `last_contact`, `waiting_since`, `attempts`), then
/// any key of the contact's front matter. `last_topic` is the newest log entry's text (of
/// those that say more than their tags), as a reader sees it (`InlineText`), its tags and
/// its final full stop removed, to sit inside a sentence. Dates read as the
/// config's `dates:` shows them elsewhere (`Sep 1`, or `2026-09-01` with `dates: iso`).
public struct DraftFacts: Sendable {
  /// The contact file, read with its log.
  public var file: ContactFile
  /// Your name (config `me:`).
  public var me: String?
  /// Where the contact's run of attempts stands; `nil` when none is open.
  public var progress: AttemptProgress?
  /// The day the draft is for, and how dates are written.
  public var today: CalendarDate
  public var dates: DateDisplay

  public init(
    file: ContactFile, me: String?, progress: AttemptProgress?, today: CalendarDate,
    dates: DateDisplay
  ) {
    self.file = file
    self.me = me
    self.progress = progress
    self.today = today
    self.dates = dates
  }

  /// What a placeholder gets: its text, or why it has none.
  public enum Value: Sendable, Equatable {
    case filled(String)
    /// Nothing to fill in; the reason, in words, for the warning.
    case unfilled(String)
  }

  /// The value of the placeholder called `name` (normalised, as `Placeholder.name`).
  public func value(of name: String) -> Value {
    let contact = file.contact
    switch name {
    case "name":
      return .filled(contact.name)
    case "first_name":
      if case .text(let own)? = frontMatter?.field(name)?.value, !own.trimmingSpaces().isEmpty {
        return .filled(own.trimmingSpaces())
      }
      return contact.name.split(separator: " ").first.map { .filled(String($0)) }
        ?? .unfilled("\(contact.name) has no name")
    case "me":
      return me.map(Value.filled)
        ?? .unfilled("set your name as `me:` in .fu/config.yml or ~/.config/fu/config.yml")
    case "last_topic":
      guard !timeline.isEmpty else { return .unfilled("\(fileName) has no log entries") }
      // The newest entry that says more than its tags.
      for entry in timeline.reversed() {
        var topic = InlineText.plain(DraftFacts.withoutTags(entry.text))
        // A full stop of its own would end the sentence the template puts it in.
        if topic.hasSuffix("."), !topic.hasSuffix("..") { topic.removeLast() }
        if !topic.isEmpty { return .filled(topic) }
      }
      return .unfilled("its log entries hold only tags")
    case "last_contact":
      let last = [contact.lastContact, timeline.last?.date].compactMap { $0 }.max()
      return last.map { .filled(show($0)) }
        ?? .unfilled("\(fileName) has no last_contact and no log entries")
    case "waiting_since":
      return progress.map { .filled(show($0.waitingSince)) }
        ?? .unfilled("no attempt (#sent) waits for an answer")
    case "attempts":
      return .filled(String(progress?.attempts ?? 0))
    default:
      return frontMatterValue(of: name)
    }
  }

  /// The value of front-matter key `name`: its text, a list's items joined by commas, a
  /// date as dates show.
  private func frontMatterValue(of name: String) -> Value {
    guard let field = frontMatter?.field(name) else {
      return .unfilled("\(fileName) has no `\(name)`")
    }
    switch field.value {
    case .text(let text) where !text.trimmingSpaces().isEmpty:
      let text = text.trimmingSpaces()
      return .filled(CalendarDate(parsing: text).map(show) ?? text)
    case .list(let items) where !items.isEmpty:
      return .filled(items.joined(separator: ", "))
    case .structured:
      return .unfilled("`\(field.key)` in \(fileName) is not text or a list")
    case .empty, .text, .list:
      return .unfilled("`\(field.key)` is empty in \(fileName)")
    }
  }

  /// The log's entries, oldest first.
  private var timeline: [LogEntry] {
    LogEntry.timeline(file.contact.log)
  }

  private var frontMatter: FrontMatter? {
    guard case .valid(let frontMatter) = file.frontMatter else { return nil }
    return frontMatter
  }

  private var fileName: String {
    file.path.split(separator: "/").last.map(String.init) ?? file.path
  }

  private func show(_ date: CalendarDate) -> String {
    dates.format(date, today: today, aligned: false)
  }

  /// `text` without its `#tags` (as `Hashtag` finds them), its spaces tidied where they
  /// stood: `Intro email #sent #email` gives `Intro email`.
  public static func withoutTags(_ text: String) -> String {
    var kept = ""
    var rest = text[...]
    for tag in Hashtag.tags(in: text[...]) {
      let hash = text.index(before: tag.startIndex)
      kept += rest[..<hash]
      rest = text[tag.endIndex...]
    }
    kept += rest
    return kept.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
  }
}
