/// A picture of a year of keeping in touch: interactions per day over the last `weeks`
/// weeks, and per tag how many people, how many overdue, how long since you talked.
public struct Stats: Sendable {
  /// One tag's figures.
  public struct TagFigures: Sendable, Equatable {
    public var tag: String
    public var contacts: Int
    public var overdue: Int
    /// The mean of days since `last_contact`, over the tag's contacts that have one.
    public var averageDaysSinceContact: Int?
  }

  /// A contact and how long it has been.
  public struct Silence: Sendable, Equatable {
    public var contact: Contact
    public var days: Int
  }

  public var today: CalendarDate
  /// The Monday the first week of the calendar starts on.
  public var start: CalendarDate
  public var weeks: Int
  /// Logged interactions per day, from `start` to `today`.
  public var interactions: [CalendarDate: Int]
  /// Per tag, sorted by tag; contacts without tags are not counted here.
  public var tags: [TagFigures]
  /// The contacts you have gone longest without talking to (by `last_contact`), longest
  /// first.
  public var longestSilences: [Silence]

  /// The figures for `contacts` (with their logs) seen from `today`.
  public init(
    contacts: [Contact], today: CalendarDate, weeks: Int = 52, silences: Int = 5,
    grace: Cadence? = nil
  ) {
    self.today = today
    self.weeks = weeks
    start = today.adding(days: -(today.weekday - 1) - 7 * (weeks - 1))
    var interactions: [CalendarDate: Int] = [:]
    for contact in contacts {
      for entry in contact.log where entry.date >= start && entry.date <= today {
        interactions[entry.date, default: 0] += 1
      }
    }
    self.interactions = interactions

    var byTag: [String: [Contact]] = [:]
    for contact in contacts {
      for tag in Set(contact.tags.map(Contact.normalize(tag:))) {
        byTag[tag, default: []].append(contact)
      }
    }
    tags = byTag.keys.sorted().map { tag in
      let members = byTag[tag] ?? []
      let overdue = members.count {
        $0.followUp(today: today)?.status(today: today, grace: grace) == .overdue
      }
      let silences = members.compactMap { $0.lastContact.map { $0.days(to: today) } }
      return TagFigures(
        tag: tag, contacts: members.count, overdue: overdue,
        averageDaysSinceContact: silences.isEmpty
          ? nil : Int((Double(silences.reduce(0, +)) / Double(silences.count)).rounded()))
    }
    longestSilences = contacts.compactMap { contact in
      contact.lastContact.map { Silence(contact: contact, days: $0.days(to: today)) }
    }
    .sorted { ($0.days, $1.contact.name) > ($1.days, $0.contact.name) }
    .prefix(silences).map { $0 }
  }

  /// All interactions in the calendar.
  public var total: Int { interactions.values.reduce(0, +) }
}
