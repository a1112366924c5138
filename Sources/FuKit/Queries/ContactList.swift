/// The contacts `fu list` shows: filtered by tags and due state, in the order asked.
public struct ContactList: Sendable {
  /// Which contacts to keep by their follow-up.
  public enum Filter: Sendable {
    /// Due today or overdue.
    case due
    /// Due before today.
    case overdue
    /// With no follow-up date by any rule.
    case noDate
    /// With attempts waiting for an answer.
    case waiting
  }

  /// How to order the rows.
  public enum Order: String, Sendable, CaseIterable {
    /// By display name.
    case name
    /// Soonest follow-up first; contacts with none last.
    case due
    /// Longest since the last contact first; never contacted before everyone. A contact
    /// waiting for an answer counts from its first unanswered attempt.
    case last
    /// Longest wait for an answer first; contacts not waiting last.
    case waiting
  }

  /// One contact and where its follow-up stands.
  public struct Row: Sendable, Equatable {
    public var contact: Contact
    /// The contact's own follow-up (tasks are not counted), if any.
    public var followUp: FollowUp?
    /// Where the follow-up stands today.
    public var status: DueStatus?
    /// Due minus today, in days.
    public var days: Int?
    /// Where the contact's run of unanswered attempts stands, when one is open.
    public var progress: AttemptProgress?
  }

  /// The day the list is seen from.
  public var today: CalendarDate
  /// The contacts kept, in order.
  public var rows: [Row]
  /// How many contacts there were before filtering.
  public var total: Int

  public init(
    contacts: [Contact], today: CalendarDate, tags: [String] = [], filter: Filter? = nil,
    order: Order = .name, grace: Cadence? = nil, practice: FollowUpPractice = FollowUpPractice()
  ) {
    self.today = today
    total = contacts.count
    var rows: [Row] = []
    for contact in contacts where tags.allSatisfy(contact.hasTag) {
      let followUp = contact.followUp(today: today)
      let row = Row(
        contact: contact, followUp: followUp,
        status: followUp.map { $0.status(today: today, grace: grace) },
        days: followUp.map { today.days(to: $0.due) }, progress: practice.progress(of: contact))
      switch filter {
      case .due?: guard let days = row.days, days <= 0 else { continue }
      case .overdue?: guard row.status == .overdue else { continue }
      case .noDate?: guard row.followUp == nil else { continue }
      case .waiting?: guard row.progress != nil else { continue }
      case nil: break
      }
      rows.append(row)
    }
    // Sort small keys, not the rows: each row holds a whole contact, and a name folded
    // at every comparison (or looked up by path) showed in the time of a large list.
    let keys = rows.indices.map { index in
      let row = rows[index]
      let date: CalendarDate =
        switch order {
        case .name: .earliest
        case .due: row.followUp?.due ?? .latest
        case .last: row.progress?.waitingSince ?? row.contact.lastContact ?? .earliest
        case .waiting: row.progress?.waitingSince ?? .latest
        }
      return SortKey(
        date: date, name: NameFolding.fold(row.contact.name), path: row.contact.path,
        index: index)
    }
    rows = keys.sorted().map { rows[$0.index] }
    self.rows = rows
  }

  /// What orders the rows: the order's date, then the folded name, then the path.
  private struct SortKey: Comparable {
    var date: CalendarDate
    var name: String
    var path: String
    var index: Int

    static func < (a: SortKey, b: SortKey) -> Bool {
      if a.date != b.date { return a.date < b.date }
      if a.name != b.name { return a.name < b.name }
      return a.path < b.path
    }
  }
}
