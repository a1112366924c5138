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
    /// Whether a cadence fell due before today but the config's `grace` still runs: the row
    /// counts as due today, not overdue.
    public var isInGrace = false
    /// Where the contact's run of unanswered attempts stands, when one is open.
    public var progress: AttemptProgress?
  }

  public var today: CalendarDate
  /// How many days ahead the agenda looks.
  public var days: Int
  public var rows: [Row]

  /// The agenda of `contacts` seen from `today`, keeping only contacts that carry every one
  /// of `tags`. Birthdays, and the keys named in `anniversaries`, are rows too when they
  /// fall within the window. A contact's rows say where its attempts stand by `practice`.
  /// Unless `ordered` is false (for a caller that only counts them: sorting is most of the
  /// work), the rows are in agenda order.
  public init(
    contacts: [Contact], today: CalendarDate, days: Int, tags: [String] = [],
    anniversaries: [String] = [], grace: Cadence? = nil,
    practice: FollowUpPractice = FollowUpPractice(), ordered: Bool = true
  ) {
    self.today = today
    self.days = days
    let horizon = today.adding(days: days)
    // A list: a config names a few, and a process's first Set<String> costs more.
    let anniversaryKeys = anniversaries.map { FrontMatter.normalize(key: $0) }
    let wanted = tags.map(Contact.normalize(tag:))
    var rows: [Row] = []
    rows.reserveCapacity(contacts.count)
    for contact in contacts where wanted.isEmpty || contact.hasEveryTag(wanted) {
      let progress = practice.progress(of: contact)
      // The contact's follow-up, then its open tasks, each a row when in the window.
      func add(_ followUp: FollowUp) {
        guard followUp.due <= horizon else { return }
        rows.append(
          Row(
            contact: contact, followUp: followUp,
            status: followUp.status(today: today, grace: grace),
            days: today.days(to: followUp.due),
            isInGrace: followUp.isInGrace(today: today, grace: grace), progress: progress))
      }
      if let followUp = contact.followUp(today: today) { add(followUp) }
      for task in contact.tasks { add(FollowUp(task)) }
      for occasion in contact.occasions {
        let isBirthday = occasion.key == "birthday"
        guard isBirthday || anniversaryKeys.contains(occasion.key),
          let due = occasion.next(onOrAfter: today), due <= horizon
        else { continue }
        let followUp = FollowUp(
          due: due, source: isBirthday ? .birthday : .anniversary, occasion: occasion)
        rows.append(
          Row(
            contact: contact, followUp: followUp, status: DueStatus(due: due, today: today),
            days: today.days(to: due), progress: progress))
      }
    }
    // Sorted as positions, then the rows moved into that order once, swapped rather than
    // copied: a copy retains a row's contact and strings, and on a large vault the rows
    // are tens of thousands.
    if ordered { rows.permute(to: Agenda.order(of: rows)) }
    self.rows = rows
  }

  /// The positions of `rows` in agenda order: by due date, then name (folded as `fu list`
  /// sorts it: ignoring case and accents), then path, then the task's line, then position.
  private static func order(of rows: [Row]) -> [Int] {
    rows.withUnsafeBufferPointer { rows in
      // First by day, as integers: the day in the high bits, the position in the low ones
      // keeping rows of one day in the order they were made.
      var byDay = rows.indices.map {
        UInt64(clamping: rows[$0].followUp.due.ordinal) << 32 | UInt64($0)
      }
      byDay.sort()
      let order = byDay.map { Int(truncatingIfNeeded: $0 & 0xFFFF_FFFF) }
      // Names folded in row order, on all cores: rows follow their contacts, whose
      // facts lie in memory in that order, where the day order jumps about (a cache miss
      // for every row of a large vault).
      let names = parallelChunks(of: rows.count, minimumSize: 2048) { range in
        range.map { NameFolding.fold(rows[$0].contact.name) }
      }.flatMap { $0 }
      // Then each day's rows by name and the rest, the days spread over all cores.
      var dayStarts = [0]
      for index in order.indices.dropFirst() where byDay[index] >> 32 != byDay[index - 1] >> 32 {
        dayStarts.append(index)
      }
      dayStarts.append(order.count)
      let sortedDays = names.withUnsafeBufferPointer { names in
        parallelChunks(of: dayStarts.count - 1, minimumSize: 16) { days in
          var positions: [Int] = []
          for day in days {
            var members = Array(order[dayStarts[day]..<dayStarts[day + 1]])
            if members.count > 1 {
              members.sort { precedes($0, $1, in: rows, names: names) }
            }
            positions += members
          }
          return positions
        }
      }
      return sortedDays.flatMap { $0 }
    }
  }

  /// Whether the row at `a` comes before the row at `b` of the same day: by folded name
  /// (`names`), then path, then the task's line, then position.
  private static func precedes(
    _ a: Int, _ b: Int, in rows: UnsafeBufferPointer<Row>, names: UnsafeBufferPointer<String>
  ) -> Bool {
    if names[a] != names[b] { return names[a] < names[b] }
    let (pathA, pathB) = (rows[a].contact.path, rows[b].contact.path)
    if pathA != pathB { return pathA < pathB }
    let (lineA, lineB) = (rows[a].followUp.task?.line ?? 0, rows[b].followUp.task?.line ?? 0)
    if lineA != lineB { return lineA < lineB }
    return a < b
  }
}

extension Array {
  /// Puts the elements in `order`: the element at `order[i]` moves to `i`. `order` must be
  /// a permutation of the indices. Elements are swapped, never copied.
  mutating func permute(to order: [Int]) {
    var placed = [Bool](repeating: false, count: count)
    withUnsafeMutableBufferPointer { elements in
      for start in elements.indices where !placed[start] {
        // Follow the cycle through `start`: each position takes the element it wants.
        var position = start
        while true {
          placed[position] = true
          let source = order[position]
          if source == start { break }
          elements.swapAt(position, source)
          position = source
        }
      }
    }
  }
}
