/// The agenda as an iCalendar file (RFC 5545) a calendar app can subscribe to: one all-day
/// event per follow-up, task, birthday and anniversary. Each event's UID comes from the
/// contact's path and what the event is, so a refreshed feed moves an event rather than
/// adding another; overdue ones stand on today.
public enum CalendarFeed {
  /// The feed for `agenda`, with CRLF line endings and lines folded at 75 octets.
  public static func render(_ agenda: Agenda) -> String {
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//fu//fu follow-ups//EN", "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH", "X-WR-CALNAME:fu follow-ups",
    ]
    let stamp = compact(agenda.today) + "T000000Z"
    for row in agenda.rows {
      let day = max(row.followUp.due, agenda.today)
      lines += [
        "BEGIN:VEVENT",
        "UID:" + uid(row),
        "DTSTAMP:" + stamp,
        "DTSTART;VALUE=DATE:" + compact(day),
        "DTEND;VALUE=DATE:" + compact(day.adding(days: 1)),
        "SUMMARY:" + escape(summary(row)),
      ]
      if let description = description(row) { lines.append("DESCRIPTION:" + escape(description)) }
      if !row.contact.tags.isEmpty {
        lines.append("CATEGORIES:" + row.contact.tags.map(escape).joined(separator: ","))
      }
      lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
    }
    lines.append("END:VCALENDAR")
    return lines.map(fold).joined(separator: "\r\n") + "\r\n"
  }

  /// What the event says in a calendar's day view: for a follow-up with attempts waiting
  /// for an answer, the try it is.
  private static func summary(_ row: Agenda.Row) -> String {
    let name = row.contact.name
    switch row.followUp.source {
    case .task: return "\(name): \(row.followUp.task?.text ?? "task")"
    case .birthday: return "\(name)'s birthday"
    case .anniversary:
      return "\(name): \(row.followUp.occasion?.key.replacing("_", with: " ") ?? "anniversary")"
    case .nextFollowUp, .cadence, .neverContacted:
      guard let progress = row.progress else { return "Follow up with \(name)" }
      switch progress.nextStep {
      case .tryAgain, .lastTry: return "Follow up with \(name) (\(AttemptWords.step(progress)))"
      case .reengage: return "Re-engage \(name) (\(AttemptWords.tries(progress.attempts)) so far)"
      }
    }
  }

  /// Where the attempts stand, the notes, how late it is, the age or years, and where the
  /// contact's file is.
  private static func description(_ row: Agenda.Row) -> String? {
    var parts: [String] = []
    if row.followUp.source != .task, !row.followUp.isOccasion, let progress = row.progress {
      let words = AttemptWords.describe(
        progress, today: row.followUp.due, dates: .iso, isDue: true)
      parts.append(words.prefix(1).uppercased() + words.dropFirst() + ".")
    }
    if row.followUp.source != .task, let notes = row.contact.notes { parts.append(notes) }
    if row.status == .overdue { parts.append("Overdue since \(row.followUp.due).") }
    if let occasion = row.followUp.occasion, let years = occasion.years(on: row.followUp.due) {
      parts.append(occasion.key == "birthday" ? "Turns \(years)." : "\(years) years.")
    }
    parts.append("File: \(row.contact.path)")
    return parts.joined(separator: "\n")
  }

  /// Stable across runs, dates and edits elsewhere in the file: the contact's path, the
  /// kind of event, and for a task its text (and which of the tasks with that text it is),
  /// an anniversary its key. Not a task's line: `fu log` adding an entry above the tasks
  /// would turn every one of them into a new event.
  static func uid(_ row: Agenda.Row) -> String {
    let detail =
      row.followUp.task.map { task in
        let twins = row.contact.tasks.filter { $0.text == task.text && $0.line < task.line }
        return twins.isEmpty ? task.text : "\(task.text)\u{0}\(twins.count)"
      } ?? row.followUp.occasion?.key ?? ""
    let kind =
      row.followUp.isOccasion || row.followUp.task != nil
      ? row.followUp.source.rawValue : "follow-up"
    let key = [row.contact.path, kind, detail].joined(separator: "\u{0}")
    return "fu-" + String(IndexCodec.fnv1a(key.utf8), radix: 16) + "-" + kind + "@fu.local"
  }

  /// `20261201`.
  private static func compact(_ date: CalendarDate) -> String {
    date.description.replacing("-", with: "")
  }

  /// A TEXT value with `\`, `;`, `,` and line breaks escaped, and other controls dropped.
  static func escape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case ";": out += "\\;"
      case ",": out += "\\,"
      case "\n": out += "\\n"
      case "\r": continue
      default:
        if TextLayout.isControl(scalar) { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// `line` cut into lines of at most 75 octets, each after the first starting with a
  /// space, never inside a UTF-8 sequence.
  static func fold(_ line: String) -> String {
    var out = ""
    var used = 0
    for scalar in line.unicodeScalars {
      let size = String(scalar).utf8.count
      if used + size > 75 {
        out += "\r\n "
        used = 1
      }
      out.unicodeScalars.append(scalar)
      used += size
    }
    return out
  }
}
