/// `fu stats`' two outputs: a calendar of interactions and tables for people, the same
/// figures as JSON for scripts.
public enum StatsReport {
  /// The calendar's marks, from no interaction on a day to four or more.
  static let levels: [Character] = ["·", "░", "▒", "▓", "█"]

  /// The stats as text for a terminal.
  public static func text(_ stats: Stats, style: Style) -> String {
    var out = style.bold("Interactions in the last \(stats.weeks) weeks: \(stats.total)") + "\n"
    out += calendar(stats, style: style)
    out += "     less " + levels.map { String($0) }.joined(separator: " ") + " more\n"
    if !stats.tags.isEmpty {
      out += "\n" + tagTable(stats.tags, style: style)
    }
    if stats.followUps.runs > 0 {
      out += "\n" + followUpTable([stats.followUps] + stats.followUpsByTag, style: style)
    }
    if !stats.longestSilences.isEmpty {
      out += "\n" + style.bold("Longest without talking") + "\n"
      let names = stats.longestSilences.map { TextLayout.printable($0.contact.name) }
      let width = min(24, names.map(TextLayout.width).max() ?? 0)
      for (silence, name) in zip(stats.longestSilences, names) {
        let contact = silence.contact
        let last =
          contact.attempts.waitingSince.map { " (no reply since \($0))" }
          ?? contact.lastContact.map { " (last \($0))" } ?? ""
        out += "  " + TextLayout.pad(TextLayout.truncate(name, to: width), width) + "  "
        out += RelativeDate.ago(days: silence.days) + last + "\n"
      }
    }
    return out
  }

  /// Seven rows, Monday to Sunday, a column a week, with the months above.
  private static func calendar(_ stats: Stats, style: Style) -> String {
    let months = [
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
    var header = Array(repeating: Character(" "), count: stats.weeks + 3)
    // Each month's label over its first week; the first month's, when too few of its weeks
    // are shown to hold it, gives way to the next month's.
    var starts: [(week: Int, month: Int)] = []
    for week in 0..<stats.weeks {
      let month = stats.start.adding(days: 7 * week).month
      if month != starts.last?.month { starts.append((week, month)) }
    }
    if starts.count > 1, starts[1].week < 4 { starts.removeFirst() }
    var free = 0  // the first column a label may start at
    for (week, month) in starts where week >= free {
      for (offset, letter) in months[month - 1].enumerated() { header[week + offset] = letter }
      free = week + 4
    }
    while header.last == " " { header.removeLast() }
    var out = "     " + String(header) + "\n"
    for weekday in 0..<7 {
      out += ["Mon  ", "     ", "Wed  ", "     ", "Fri  ", "     ", "Sun  "][weekday]
      for week in 0..<stats.weeks {
        let day = stats.start.adding(days: 7 * week + weekday)
        guard day <= stats.today else { break }
        let count = stats.interactions[day] ?? 0
        let mark = String(levels[min(count, levels.count - 1)])
        out += count == 0 ? style.dim(mark) : style.green(mark)
      }
      out += "\n"
    }
    return out
  }

  private static func tagTable(_ tags: [Stats.TagFigures], style: Style) -> String {
    let names = tags.map { TextLayout.printable($0.tag) }
    let width = max(3, min(20, names.map(TextLayout.width).max() ?? 0))
    var out =
      style.bold(
        TextLayout.pad("Tag", width) + "  Contacts  Overdue  Days since contact") + "\n"
    for (figures, name) in zip(tags, names) {
      out += TextLayout.pad(TextLayout.truncate(name, to: width), width)
      out += "  " + right(String(figures.contacts), 8) + "  " + right(String(figures.overdue), 7)
      out += "  " + right(figures.averageDaysSinceContact.map(String.init) ?? "-", 18) + "\n"
    }
    return out
  }

  /// How runs of attempts ended: all of them, then per tag.
  private static func followUpTable(_ rows: [Stats.FollowUpFigures], style: Style) -> String {
    let names = rows.map { $0.tag.map(TextLayout.printable) ?? "(all)" }
    let width = max(3, min(20, names.map(TextLayout.width).max() ?? 0))
    var out = style.bold("How follow-ups end (runs of #sent attempts)") + "\n"
    out +=
      style.bold(
        TextLayout.pad("Tag", width) + "  Answered  Unanswered  Waiting  Tries to an answer")
      + "\n"
    for (figures, name) in zip(rows, names) {
      out += TextLayout.pad(TextLayout.truncate(name, to: width), width)
      out += "  " + right(String(figures.answered), 8)
      out += "  " + right(String(figures.unanswered), 10)
      out += "  " + right(String(figures.waiting), 7) + "  "
      out += right(figures.averageTriesBeforeAnswer.map(oneDecimal) ?? "-", 18) + "\n"
    }
    return out
  }

  /// `1.5`, `2.0`: a mean as people read it.
  static func oneDecimal(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }

  /// How runs of attempts ended, in JSON.
  private static func followUpJSON(_ figures: Stats.FollowUpFigures) -> [(String, JSONValue)] {
    [
      ("answered", .int(figures.answered)), ("unanswered", .int(figures.unanswered)),
      ("waiting", .int(figures.waiting)),
      (
        "average_tries_before_answer",
        figures.averageTriesBeforeAnswer.map { .number(($0 * 100).rounded() / 100) } ?? .null
      ),
    ]
  }

  private static func right(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
  }

  /// The stats as one JSON object.
  public static func json(_ stats: Stats) -> JSONValue {
    .object([
      ("today", .string(stats.today.description)),
      ("start", .string(stats.start.description)),
      ("weeks", .int(stats.weeks)),
      ("total", .int(stats.total)),
      (
        "interactions",
        .array(
          stats.interactions.keys.sorted().map { day in
            .object([
              ("date", .string(day.description)), ("count", .int(stats.interactions[day] ?? 0)),
            ])
          })
      ),
      (
        "tags",
        .array(
          stats.tags.map { figures in
            .object([
              ("tag", .string(figures.tag)), ("contacts", .int(figures.contacts)),
              ("overdue", .int(figures.overdue)),
              (
                "average_days_since_contact",
                figures.averageDaysSinceContact.map(JSONValue.int) ?? .null
              ),
            ])
          })
      ),
      (
        "follow_ups",
        .object(
          followUpJSON(stats.followUps) + [
            (
              "tags",
              .array(
                stats.followUpsByTag.map { figures in
                  .object([("tag", .string(figures.tag ?? ""))] + followUpJSON(figures))
                })
            )
          ])
      ),
      (
        "longest_without_contact",
        .array(
          stats.longestSilences.map { silence in
            .object([
              (ContactKey.name.spelling, .string(silence.contact.name)),
              ("path", .string(silence.contact.path)),
              (
                ContactKey.lastContact.spelling,
                silence.contact[ContactKey.lastContact].json
              ),
              ("days", .int(silence.days)),
            ])
          })
      ),
    ])
  }
}
