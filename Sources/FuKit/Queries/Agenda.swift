/// What is due: every follow-up and open task that is overdue, due today, or due within the
/// next `days` days, sorted by due date, then name.
public struct Agenda: Sendable {
  /// One dated thing to do about one contact.
  public struct Row: Sendable, Equatable {
    public var contact: Contact
    public var followUp: FollowUp
    public var status: DueStatus
    /// Due date minus today, in days (negative when overdue).
    public var days: Int
  }

  public var today: CalendarDate
  /// How many days ahead the agenda looks.
  public var days: Int
  public var rows: [Row]

  /// The agenda of `contacts` seen from `today`, keeping only contacts that carry every one
  /// of `tags`.
  public init(contacts: [Contact], today: CalendarDate, days: Int, tags: [String] = []) {
    self.today = today
    self.days = days
    let horizon = today.adding(days: days)
    rows =
      contacts
      .filter { contact in tags.allSatisfy { contact.hasTag($0) } }
      .flatMap { contact in
        contact.followUps(today: today).filter { $0.due <= horizon }.map { followUp in
          Row(
            contact: contact, followUp: followUp,
            status: DueStatus(due: followUp.due, today: today), days: today.days(to: followUp.due))
        }
      }
      .map { (key: $0.contact.name.lowercased(), row: $0) }  // lower-cased once, not per comparison
      .sorted(by: Agenda.order).map(\.row)
  }

  /// The rows with `status`, in agenda order.
  public func rows(_ status: DueStatus) -> [Row] { rows.filter { $0.status == status } }

  private static func order(_ a: (key: String, row: Row), _ b: (key: String, row: Row)) -> Bool {
    let (x, y) = (a.row, b.row)
    if x.followUp.due != y.followUp.due { return x.followUp.due < y.followUp.due }
    if a.key != b.key { return a.key < b.key }
    if x.contact.path != y.contact.path { return x.contact.path < y.contact.path }
    return (x.followUp.task?.line ?? 0) < (y.followUp.task?.line ?? 0)
  }
}
