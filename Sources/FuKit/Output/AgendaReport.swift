/// `fu agenda`'s two outputs: aligned columns for people, a JSON array for scripts.
public enum AgendaReport {
  /// The agenda as text no wider than `width` columns (`nil`: as wide as it takes), one
  /// section per status.
  public static func text(
    _ agenda: Agenda, width: Int?, style: Style, dates: DateDisplay = .short
  ) -> String {
    String(decoding: utf8Text(agenda, width: width, style: style, dates: dates), as: UTF8.self)
  }

  /// `text` as the UTF-8 bytes to write: the agenda of a large vault is megabytes, not
  /// worth checking again as a `String`.
  public static func utf8Text(
    _ agenda: Agenda, width: Int?, style: Style, dates: DateDisplay = .short
  ) -> [UInt8] {
    guard !agenda.rows.isEmpty else {
      return Array("Nothing due \(window(days: agenda.days)).\n".utf8)
    }
    // The rows are read in place: a row taken out of the array is a copy, which retains
    // its contact and strings, and a large vault's agenda has tens of thousands of rows.
    return agenda.rows.withUnsafeBufferPointer { rows in
      utf8Text(rows, of: agenda, width: width, style: style, dates: dates)
    }
  }

  private static func utf8Text(
    _ rows: UnsafeBufferPointer<Agenda.Row>, of agenda: Agenda, width: Int?, style: Style,
    dates: DateDisplay
  ) -> [UInt8] {
    // Each cell is worked out once, and a day's date cells once per day: on a large vault
    // the agenda has thousands of rows over a few hundred days. Rows come sorted by day,
    // so a day's cells are looked up only where the day changes.
    var cellsByDay: [CalendarDate: (date: String, relative: String)] = [:]
    var previous: CalendarDate?
    for index in rows.indices where rows[index].followUp.due != previous {
      previous = rows[index].followUp.due
      guard cellsByDay[rows[index].followUp.due] == nil else { continue }
      cellsByDay[rows[index].followUp.due] = (
        dates.format(rows[index].followUp.due, today: agenda.today),
        RelativeDate.describe(days: rows[index].days)
      )
    }
    // The names and the rows are worked out on all cores, in ranges of rows.
    let nameCells = parallelChunks(of: rows.count, minimumSize: 2048) { range in
      range.map { TextLayout.printable(rows[$0].contact.name) }
    }.flatMap { $0 }
    let dateWidth = cellsByDay.values.map { TextLayout.width($0.date) }.max() ?? 0
    let relativeWidth = cellsByDay.values.map { TextLayout.width($0.relative) }.max() ?? 0
    // Names are cut at 24 columns to fit a terminal; without one, nothing is cut.
    let widestName = nameCells.map(TextLayout.width).max() ?? 0
    let nameWidth = width == nil ? widestName : min(24, widestName)
    // What a row starts with: its date columns as printed (padded, coloured), per day.
    func leadingColumns(_ date: String, _ relative: String, _ colour: (String) -> String)
      -> String
    {
      "\n  " + style.dim(TextLayout.pad(date, dateWidth)) + "  "
        + colour(TextLayout.pad(relative, relativeWidth)) + "  "
    }
    let dayColumns = Dictionary(
      uniqueKeysWithValues: cellsByDay.map { day, cells in
        let status = DueStatus(due: day, today: agenda.today)
        return (day, leadingColumns(cells.date, cells.relative) { style.status(status, $0) })
      })
    // Too little room for a word of the detail: leave it out rather than show `…`.
    let room = width.map { $0 - (2 + dateWidth + 2 + relativeWidth + 2 + nameWidth + 2) } ?? .max
    let sections: [(DueStatus?, String)] = [
      (.overdue, "Overdue"), (.today, "Today"),
      (.upcoming, agenda.days == 1 ? "Tomorrow" : "Next \(agenda.days) days"),
      (
        nil,
        !rows.indices.contains { rows[$0].followUp.source == .anniversary }
          ? "Birthdays" : "Birthdays and anniversaries"
      ),
    ]
    // Follow-ups by status; birthdays and anniversaries in a section of their own.
    var sectionRows = [[Int]](repeating: [], count: sections.count)
    for index in rows.indices {
      let section =
        rows[index].followUp.isOccasion
        ? 3 : sections.firstIndex { $0.0 == rows[index].status } ?? 3
      sectionRows[section].append(index)
    }
    /// Writes the rows at `members` as bytes: the agenda of a large vault is thousands of
    /// rows.
    func write(_ members: ArraySlice<Int>) -> [UInt8] {
      var out: [UInt8] = []
      out.reserveCapacity(members.count * (min(width ?? 120, 240) + 1))
      var day: (due: CalendarDate, columns: String)?
      for index in members {
        let due = rows[index].followUp.due
        if day?.due != due { day = (due, dayColumns[due] ?? "") }
        if rows[index].isInGrace {
          // Late, but within the grace the config gives: in a softer colour.
          out +=
            leadingColumns(
              cellsByDay[due]?.date ?? "", RelativeDate.ago(days: -rows[index].days), style.dim
            ).utf8
        } else if let day {
          out += day.columns.utf8
        }
        let nameColumns = TextLayout.append(nameCells[index], fittedTo: nameWidth, to: &out)
        guard room >= 4 else { continue }
        let detail = TextLayout.printable(
          detail(of: rows.baseAddress! + index, today: agenda.today, dates: dates, room: room))
        guard !detail.isEmpty else { continue }
        out += repeatElement(UInt8(ascii: " "), count: nameWidth - nameColumns + 2)
        TextLayout.append(detail, fittedTo: room, to: &out)
      }
      return out
    }
    let chunks = sectionRows.enumerated().flatMap { section, members in
      stride(from: 0, to: members.count, by: 2048).map {
        (section: section, members: members[$0..<min(members.count, $0 + 2048)])
      }
    }
    let written = parallelMap(chunks) { write($0.members) }
    var out: [UInt8] = []
    out.reserveCapacity(written.reduce(64) { $0 + $1.count })
    for (section, ((status, title), members)) in zip(sections, sectionRows).enumerated() {
      guard !members.isEmpty else { continue }
      if !out.isEmpty { out += "\n\n".utf8 }
      out += style.bold(status.map { style.status($0, title) } ?? style.green(title)).utf8
      out += style.dim(" (\(members.count))").utf8
      for (chunk, bytes) in zip(chunks, written) where chunk.section == section {
        out += bytes
      }
    }
    out.append(UInt8(ascii: "\n"))
    return out
  }

  /// The agenda's window in words: "today or earlier" (`--days 0`), "by tomorrow", "in the
  /// next 7 days".
  public static func window(days: Int) -> String {
    switch days {
    case 0: "today or earlier"
    case 1: "by tomorrow"
    default: "in the next \(days) days"
    }
  }

  /// How many follow-ups (tasks included, birthdays and anniversaries not) the agenda has
  /// of each status, in the order the text shows them.
  public static func counts(_ agenda: Agenda) -> [(DueStatus, Int)] {
    [DueStatus.overdue, .today, .upcoming].map { status in
      (status, agenda.rows.count { $0.status == status && !$0.followUp.isOccasion })
    }
  }

  /// The agenda as a JSON array of rows, each with the fields of the CLI contract.
  public static func json(_ agenda: Agenda) -> JSONValue {
    .array(
      agenda.rows.map { row in
        ContactJSON.object(
          row.contact, followUp: row.followUp, status: row.status, days: row.days,
          keys: ContactKey.agendaJSON, more: [("task", .optional(row.followUp.task?.text))],
          progress: row.progress)
      })
  }

  /// A birthday or anniversary on `day`, in words: "turns 36", "work anniversary, 5 years".
  static func words(for occasion: Occasion, on day: CalendarDate) -> String {
    let name = occasion.key.replacing("_", with: " ")
    guard let years = occasion.years(on: day) else { return name }
    return occasion.key == "birthday" ? "turns \(years)" : "\(name), \(years) years"
  }

  /// What to say next to the name: the task; else where the attempts stand (shorter when
  /// the words do not fit in `room` columns), then the contact's notes when there is room
  /// for some of them; else the notes, or why it is due.
  /// The row is read in place (a copy would retain all it holds).
  private static func detail(
    of row: UnsafePointer<Agenda.Row>, today: CalendarDate, dates: DateDisplay, room: Int
  ) -> String {
    if let task = row.pointee.followUp.task { return "☐ " + task.text }
    if let occasion = row.pointee.followUp.occasion {
      return words(for: occasion, on: row.pointee.followUp.due)
    }
    if let progress = row.pointee.progress {
      let words = AttemptWords.fitted(
        progress, today: today, dates: dates, room: room, isDue: row.pointee.status != .upcoming)
      // The notes after the words, when a few of their words fit too.
      guard let notes = row.pointee.contact.notes, TextLayout.width(words) + 13 <= room else {
        return words
      }
      return "\(words) · \(notes)"
    }
    if let notes = row.pointee.contact.notes { return notes }
    switch row.pointee.followUp.source {
    case .neverContacted:
      return "never contacted"
    case .cadence:
      let contact = row.pointee.contact
      let cadence = contact.cadence.map { "every \($0)" } ?? ""
      let last = contact.lastContact.map { ", last \($0)" } ?? ""
      return cadence + last
    case .nextFollowUp, .task, .birthday, .anniversary:
      return ""
    }
  }
}
