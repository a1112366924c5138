/// A front-matter key fu gives meaning to, declared once: the reader, the card, the JSON
/// of `fu agenda`, `fu list`, `fu show` and `fu export`, the CSV columns and the index all
/// follow this table. To add a key: declare it below, give `Contact` a property for it, and
/// list it where it shows (`all`, and the listings' key lists under it).
public struct ContactKey: Sendable, Equatable {
  /// The canonical spelling: in the front matter, as a JSON field and as a CSV column.
  public let spelling: String
  /// What the key holds, which decides how it is read, encoded in JSON, CSV and the index.
  public let kind: Kind
  /// How `fu show`'s card shows it.
  public let card: CardDisplay
  /// The contact's value for the key.
  let get: @Sendable (Contact) -> Value
  /// Sets the contact's value for the key.
  let set: @Sendable (inout Contact, Value) -> Void

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
  }

  /// A key's value as fu reads it, by its kind.
  public enum Value: Sendable, Equatable {
    case text(String?)
    case names([String])
    case date(CalendarDate?)
    case cadence(Cadence?)
  }

  /// How the card shows a key.
  public enum CardDisplay: Sendable, Equatable {
    /// The card shows it in its own way (the name as the title, `next_follow_up` in `due`).
    case ownLine
    /// A line with this label and the value, after the card's own lines.
    case labelled(String)
  }

  public static func == (lhs: ContactKey, rhs: ContactKey) -> Bool { lhs.spelling == rhs.spelling }

  /// The key with `name` as it is normalised (`FrontMatter.normalize(key:)`); `nil` for a
  /// key of the user's own.
  public static func named(_ name: String) -> ContactKey? {
    all.first { $0.spelling == name }
  }

  /// The contact's value for the key.
  public func value(of contact: Contact) -> Value { get(contact) }

  /// `contact` with `value` for the key.
  public func setValue(_ value: Value, of contact: inout Contact) { set(&contact, value) }
}

// MARK: - The keys

extension ContactKey {
  public static let name = ContactKey(
    spelling: "name", kind: .name, card: .ownLine, get: { .text($0.name) },
    set: { contact, value in if case .text(let name?) = value { contact.name = name } })
  public static let aliases = ContactKey(
    spelling: "aliases", kind: .names, card: .ownLine, get: { .names($0.aliases) },
    set: { contact, value in if case .names(let names) = value { contact.aliases = names } })
  public static let nextFollowUp = ContactKey(
    spelling: "next_follow_up", kind: .date, card: .ownLine, get: { .date($0.nextFollowUp) },
    set: { contact, value in if case .date(let date) = value { contact.nextFollowUp = date } })
  public static let lastContact = ContactKey(
    spelling: "last_contact", kind: .date, card: .ownLine, get: { .date($0.lastContact) },
    set: { contact, value in if case .date(let date) = value { contact.lastContact = date } })
  public static let cadence = ContactKey(
    spelling: "cadence", kind: .cadence, card: .ownLine, get: { .cadence($0.cadence) },
    set: { contact, value in if case .cadence(let cadence) = value { contact.cadence = cadence } })
  public static let notes = ContactKey(
    spelling: "notes", kind: .text, card: .ownLine, get: { .text($0.notes) },
    set: { contact, value in if case .text(let notes) = value { contact.notes = notes } })
  public static let tags = ContactKey(
    spelling: "tags", kind: .tags, card: .ownLine, get: { .names($0.tags) },
    set: { contact, value in if case .names(let tags) = value { contact.tags = tags } })

  /// Every key fu reads, in the order the index stores them: the names first (`identity`),
  /// so that a reader after names only stops there.
  public static let all: [ContactKey] =
    identity + [
      .nextFollowUp, .lastContact, .cadence, .notes, .tags,
    ]
  /// The keys a contact is found by (WHO): what the index's names-only read decodes.
  public static let identity: [ContactKey] = [.name, .aliases]

  // MARK: Where each key shows, in order

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
