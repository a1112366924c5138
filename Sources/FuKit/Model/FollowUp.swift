/// A date by which to get back to someone, and the rule that set it.
public struct FollowUp: Sendable, Equatable {
  /// Which rule made a contact due.
  public enum Source: String, Sendable, Equatable {
    /// The `next_follow_up` key.
    case nextFollowUp = "next_follow_up"
    /// `last_contact + cadence`.
    case cadence
    /// A cadence but no `last_contact`: due today.
    case neverContacted = "never_contacted"
    /// An open task in the body.
    case task
    /// A birthday (the `birthday` key).
    case birthday
    /// An anniversary: a key the vault's config lists under `anniversaries`.
    case anniversary
  }

  public var due: CalendarDate
  public var source: Source
  /// The task, for `source == .task`.
  public var task: FollowUpTask? {
    get { details?.task }
    set { details = Details(task: newValue, occasion: occasion) }
  }
  /// The birthday or anniversary, for those sources.
  public var occasion: Occasion? {
    get { details?.occasion }
    set { details = Details(task: task, occasion: newValue) }
  }

  /// The task and the occasion, in a box of their own: most follow-ups have neither, and
  /// every agenda row holds a follow-up, so it is kept small to copy and sort.
  private var details: Details?

  private final class Details: Sendable {
    let task: FollowUpTask?
    let occasion: Occasion?

    /// The box for `task` and `occasion`; `nil` when there is neither.
    init?(task: FollowUpTask?, occasion: Occasion?) {
      guard task != nil || occasion != nil else { return nil }
      self.task = task
      self.occasion = occasion
    }
  }

  public init(
    due: CalendarDate, source: Source, task: FollowUpTask? = nil, occasion: Occasion? = nil
  ) {
    self.due = due
    self.source = source
    details = Details(task: task, occasion: occasion)
  }

  public static func == (a: FollowUp, b: FollowUp) -> Bool {
    a.due == b.due && a.source == b.source && a.task == b.task && a.occasion == b.occasion
  }

  /// The follow-up an open task makes.
  public init(_ task: FollowUpTask) { self.init(due: task.due, source: .task, task: task) }

  /// Whether this is a birthday or an anniversary: a day to remember, never overdue.
  public var isOccasion: Bool { occasion != nil }

  /// Where this stands on `today`: overdue once its day has passed, but a cadence that fell
  /// due within `grace` (the config's) is still only due today.
  public func status(today: CalendarDate, grace: Cadence? = nil) -> DueStatus {
    isInGrace(today: today, grace: grace) ? .today : DueStatus(due: due, today: today)
  }

  /// Whether a cadence fell due before `today` but no longer ago than `grace`.
  public func isInGrace(today: CalendarDate, grace: Cadence?) -> Bool {
    guard let grace, source == .cadence, due < today else { return false }
    return today <= grace.after(due)
  }
}

/// Where a follow-up stands on a given day.
public enum DueStatus: String, Sendable, Equatable {
  case overdue
  case today
  case upcoming

  /// The status of `due` seen from `today`.
  public init(due: CalendarDate, today: CalendarDate) {
    self = due < today ? .overdue : due == today ? .today : .upcoming
  }
}

extension Contact {
  /// When this contact is due, by the vault format's rules, in order: `next_follow_up`;
  /// else `last_contact + cadence`; else, with a cadence and no `last_contact`, `today`;
  /// else never.
  public func followUp(today: CalendarDate) -> FollowUp? {
    if let nextFollowUp { return FollowUp(due: nextFollowUp, source: .nextFollowUp) }
    guard let cadence else { return nil }
    if let lastContact { return FollowUp(due: cadence.after(lastContact), source: .cadence) }
    return FollowUp(due: today, source: .neverContacted)
  }
}
