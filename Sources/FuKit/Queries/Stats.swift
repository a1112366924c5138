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

  /// How runs of attempts ended, over all contacts or one tag's.
  public struct FollowUpFigures: Sendable, Equatable {
    /// The tag, or `nil` for every contact.
    public var tag: String?
    public var answered = 0
    public var unanswered = 0
    public var waiting = 0
    /// The mean number of tries of the answered runs.
    public var averageTriesBeforeAnswer: Double?

    init(tag: String?, runs: [AttemptRun]) {
      self.tag = tag
      var tries = 0
      for run in runs {
        switch run.outcome {
        case .answered:
          answered += 1
          tries += run.tries
        case .unanswered: unanswered += 1
        case .waiting: waiting += 1
        }
      }
      averageTriesBeforeAnswer = answered == 0 ? nil : Double(tries) / Double(answered)
    }

    /// How many runs there are.
    public var runs: Int { answered + unanswered + waiting }
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
  /// The contacts you have gone longest without talking to (by `last_contact`, or the
  /// first unanswered attempt), longest first.
  public var longestSilences: [Silence]
  /// How follow-ups ended: every contact's runs of attempts.
  public var followUps: FollowUpFigures
  /// The same per tag, for the tags with runs, sorted by tag.
  public var followUpsByTag: [FollowUpFigures]

  /// The figures for `contacts` (with their logs) seen from `today`; a run of attempts
  /// with `maxAttempts` tries and no answer is unanswered.
  public init(
    contacts: [Contact], today: CalendarDate, weeks: Int = 52, silences: Int = 5,
    grace: Cadence? = nil, maxAttempts: Int = FollowUpPractice().maxAttempts
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
    // A contact waiting for an answer has not talked to you since its first attempt.
    longestSilences = contacts.compactMap { contact in
      (contact.attempts.waitingSince ?? contact.lastContact).map {
        Silence(contact: contact, days: $0.days(to: today))
      }
    }
    .sorted { ($0.days, $1.contact.name) > ($1.days, $0.contact.name) }
    .prefix(silences).map { $0 }

    let runs = contacts.map { AttemptRun.runs(in: $0.log, maxAttempts: maxAttempts) }
    followUps = FollowUpFigures(tag: nil, runs: runs.flatMap { $0 })
    var runsByTag: [String: [AttemptRun]] = [:]
    for (contact, runs) in zip(contacts, runs) where !runs.isEmpty {
      for tag in Set(contact.tags.map(Contact.normalize(tag:))) {
        runsByTag[tag, default: []] += runs
      }
    }
    followUpsByTag = runsByTag.keys.sorted().map {
      FollowUpFigures(tag: $0, runs: runsByTag[$0] ?? [])
    }
  }

  /// All interactions in the calendar.
  public var total: Int { interactions.values.reduce(0, +) }
}
