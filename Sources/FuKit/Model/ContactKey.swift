/// A front-matter key fu gives meaning to, declared once: the reader, the card, the JSON
/// of `fu agenda`, `fu list`, `fu show` and `fu export`, the CSV columns and the index all
/// follow this table. To add a key: add its case here (with its kind and where it shows),
/// and its storage and accessor cases to `Contact`; the compiler points at every switch
/// that needs it.
public enum ContactKey: String, CaseIterable, Sendable {
  case name
  case aliases
  case nextFollowUp = "next_follow_up"
  case lastContact = "last_contact"
  case cadence
  case notes
  case tags
  case sequence

  /// The canonical spelling: in the front matter, as a JSON field and as a CSV column.
  public var spelling: String { rawValue }

  /// What the key holds, which decides how it is read, encoded in JSON, CSV and the index.
  public var kind: Kind {
    switch self {
    case .name: .name
    case .aliases: .names
    case .nextFollowUp, .lastContact: .date
    case .cadence: .cadence
    case .notes: .text
    case .tags: .tags
    case .sequence: .sequence
    }
  }

  /// How `fu show`'s card shows it.
  public var card: CardDisplay {
    switch self {
    case .name, .aliases, .nextFollowUp, .lastContact, .cadence, .notes, .tags: .ownLine
    case .sequence: .asWritten
    }
  }

  /// What a key holds, and so how it is read and written.
  public enum Kind: String, Sendable {
    /// The contact's name: a single value, trimmed; an empty one leaves the file name.
    case name
    /// A single value, trimmed.
    case text
    /// A list, or one value split at commas.
    case names
    /// Tags: a list, or one value split at commas and spaces; a leading `#` dropped.
    case tags
    /// A calendar day, `YYYY-MM-DD`.
    case date
    /// A cadence: `2w`, `monthly`...
    case cadence
    /// A follow-up sequence: waits (`[2d, 1w email]`), one wait, or a sequence's name.
    case sequence
  }

  /// A key's value as fu reads it, by its kind.
  public enum Value: Sendable, Equatable {
    case text(String?)
    case names([String])
    case date(CalendarDate?)
    case cadence(Cadence?)
    case sequence(SequenceSetting?)
  }

  /// How the card shows a key.
  public enum CardDisplay: Sendable, Equatable {
    /// The card shows it in its own way (the name as the title, `next_follow_up` in `due`).
    case ownLine
    /// A line with this label and the value, after the card's own lines.
    case labelled(String)
    /// Among the user's own keys, as written (in `fields` in JSON and a column of its own
    /// in CSV): a key that files held as their own before fu read it.
    case asWritten
  }

  /// The key with `name` as it is normalised (`FrontMatter.normalize(key:)`); `nil` for a
  /// key of the user's own.
  public static func named(_ name: String) -> ContactKey? { ContactKey(rawValue: name) }

  // MARK: - Where each key shows, in order

  /// Every key fu reads, in the order the index stores them: the names first (`identity`),
  /// so that a reader after names only stops there.
  public static let all: [ContactKey] = identity + [
    .nextFollowUp, .lastContact, .cadence, .notes, .tags, .sequence,
  ]
  /// The keys a contact is found by (WHO): what the index's names-only read decodes.
  public static let identity: [ContactKey] = [.name, .aliases]

  /// The keys of each `fu agenda --json` row, after its due fields.
  public static let agendaJSON: [ContactKey] = [.lastContact, .cadence, .tags, .notes]
  /// The keys of each `fu list --json` row, after its due fields.
  public static let listJSON: [ContactKey] = [.lastContact, .cadence, .tags, .notes, .aliases]
  /// The keys of `fu show --json` and `fu export --json`, after the due fields.
  public static let cardJSON: [ContactKey] = [
    .nextFollowUp, .lastContact, .cadence, .tags, .aliases, .notes,
  ]
  /// The columns of `fu export --csv` between `path` and `due`.
  public static let exportColumns: [ContactKey] = [
    .aliases, .tags, .lastContact, .nextFollowUp, .cadence, .notes,
  ]
}
