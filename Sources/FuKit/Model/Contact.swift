/// One person: the facts from a contact file's front matter and body.
///
/// A value with its facts in one shared box, copied only when a copy is changed: the
/// agenda passes thousands of contacts from the index to its rows, and copying one is then
/// a single reference count instead of one per field.
public struct Contact: Sendable, Equatable {
  /// The file's path relative to the vault root, with `/` separators: the contact's identity.
  public var path: String {
    get { facts.values.path }
    set { mutableFacts.values.path = newValue }
  }
  /// `name` from the front matter, else the file name without its extension.
  public var name: String {
    get { facts.values.name }
    set { mutableFacts.values.name = newValue }
  }
  /// Other names the contact answers to.
  public var aliases: [String] {
    get { facts.values.aliases }
    set { mutableFacts.values.aliases = newValue }
  }
  /// When to get back to this person.
  public var nextFollowUp: CalendarDate? {
    get { facts.values.nextFollowUp }
    set { mutableFacts.values.nextFollowUp = newValue }
  }
  /// When you last talked.
  public var lastContact: CalendarDate? {
    get { facts.values.lastContact }
    set { mutableFacts.values.lastContact = newValue }
  }
  /// How often to stay in touch.
  public var cadence: Cadence? {
    get { facts.values.cadence }
    set { mutableFacts.values.cadence = newValue }
  }
  /// A one-line reminder.
  public var notes: String? {
    get { facts.values.notes }
    set { mutableFacts.values.notes = newValue }
  }
  /// Tags, without a leading `#`.
  public var tags: [String] {
    get { facts.values.tags }
    set { mutableFacts.values.tags = newValue }
  }
  /// Birthdays and other yearly days: every front-matter key whose value is a date or a
  /// month and day (`--12-10`), whether or not the vault's config names it an anniversary.
  public var occasions: [Occasion] {
    get { facts.values.occasions }
    set { mutableFacts.values.occasions = newValue }
  }
  /// Open tasks with a due date.
  public var tasks: [FollowUpTask] {
    get { facts.values.tasks }
    set { mutableFacts.values.tasks = newValue }
  }
  /// The follow-up sequence the contact's own `sequence` key gives, as written.
  public var sequence: SequenceSetting? {
    get { facts.values.sequence }
    set { mutableFacts.values.sequence = newValue }
  }
  /// The log's attempts still waiting for an answer.
  public var attempts: OpenAttempts {
    get { facts.values.attempts }
    set { mutableFacts.values.attempts = newValue }
  }
  /// The interaction log, in file order.
  public var log: [LogEntry] {
    get { facts.values.log }
    set { mutableFacts.values.log = newValue }
  }

  private var facts: Facts

  public init(path: String, name: String) {
    facts = Facts(Values(path: path, name: name))
  }

  public static func == (a: Contact, b: Contact) -> Bool {
    a.facts === b.facts || a.facts.values == b.facts.values
  }

  /// The box, made this value's own first when another value shares it.
  private var mutableFacts: Facts {
    mutating get {
      if !isKnownUniquelyReferenced(&facts) { facts = Facts(facts.values) }
      return facts
    }
  }

  private final class Facts: @unchecked Sendable {
    // Changed only through `mutableFacts`, i.e. while no other value can see the box.
    var values: Values
    init(_ values: Values) { self.values = values }
  }

  private struct Values: Equatable {
    var path: String
    var name: String
    var aliases: [String] = []
    var nextFollowUp: CalendarDate?
    var lastContact: CalendarDate?
    var cadence: Cadence?
    var notes: String?
    var tags: [String] = []
    var occasions: [Occasion] = []
    var sequence: SequenceSetting?
    var tasks: [FollowUpTask] = []
    var attempts = OpenAttempts.none
    var log: [LogEntry] = []

    subscript(key: ContactKey) -> ContactKey.Value {
      get {
        switch key {
        case .name: .text(name)
        case .aliases: .names(aliases)
        case .nextFollowUp: .date(nextFollowUp)
        case .lastContact: .date(lastContact)
        case .cadence: .cadence(cadence)
        case .notes: .text(notes)
        case .tags: .names(tags)
        case .sequence: .sequence(sequence)
        }
      }
      set {
        switch (key, newValue) {
        case (.name, .text(let name?)): self.name = name
        case (.aliases, .names(let names)): aliases = names
        case (.nextFollowUp, .date(let date)): nextFollowUp = date
        case (.lastContact, .date(let date)): lastContact = date
        case (.cadence, .cadence(let cadence)): self.cadence = cadence
        case (.notes, .text(let notes)): self.notes = notes
        case (.tags, .names(let tags)): self.tags = tags
        case (.sequence, .sequence(let sequence)): self.sequence = sequence
        default: break
        }
      }
    }
  }

  /// The value of a known key (`ContactKey`); setting a value of another kind than the
  /// key's changes nothing.
  public subscript(key: ContactKey) -> ContactKey.Value {
    get { facts.values[key] }
    set { mutableFacts.values[key] = newValue }
  }

  /// A contact at `path` whose known `keys` have the values `value` gives, made in one go:
  /// what reading the index does for every contact of the vault.
  init<Failure: Error>(
    path: String, keys: [ContactKey], value: (ContactKey) throws(Failure) -> ContactKey.Value
  ) throws(Failure) {
    var values = Values(path: path, name: "")
    for key in keys { values[key] = try value(key) }
    facts = Facts(values)
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

  /// Whether the contact carries every one of `tags`, each already normalised
  /// (`normalize(tag:)`).
  func hasEveryTag(_ tags: [String]) -> Bool {
    let own = self.tags.map(Contact.normalize(tag:))
    return tags.allSatisfy(own.contains)
  }

  /// The tags one command-line `--tag` value names: it splits on commas, and each part
  /// loses its spaces around and its leading `#`. Spaces inside a part stay (`new york`),
  /// which a `tags:` list may hold; a `tags:` string splits on spaces too.
  public static func tags(inArgument value: String) -> [String] {
    value.split(separator: ",").map { String($0.trimmingSpaces().drop { $0 == "#" }) }
      .filter { !$0.isEmpty }
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
