/// One card of `fu review`: which card it is, the contact, why it is due (as the agenda
/// says it), where its attempts stand, its notes and its last log entries; every line
/// fitted to the terminal's width.
public struct ReviewCard: Sendable {
  /// The contact as `fu show` reads it, with the config's settings applied.
  public var card: ContactCard
  /// The contact's rows of the review's agenda: what it is due for.
  public var rows: [Agenda.Row]
  /// Which card this is, from 1, and how many the review has.
  public var position: Int
  public var count: Int

  /// How many log entries a card shows, newest first.
  static let entryCount = 3
  /// How many lines the notes may take.
  static let noteLines = 3

  public init(card: ContactCard, rows: [Agenda.Row], position: Int, count: Int) {
    self.card = card
    self.rows = rows
    self.position = position
    self.count = count
  }

  /// The card as lines of at most `width` columns (not counting `style`'s colours).
  public func lines(width: Int, style: Style, dates: DateDisplay = .short) -> [String] {
    let width = max(20, width)
    let today = card.today
    let contact = card.contact
    var lines = [
      style.dim(TextLayout.truncate("\(position) of \(count)", to: width)), "",
      titleLine(width: width, style: style),
    ]
    // The facts: a label, then the value, wrapped under itself.
    var facts: [(label: String, value: String, colour: (String) -> String)] = []
    for row in rows {
      let (label, value) = words(for: row, dates: dates)
      let status = row.isInGrace ? nil : row.status
      facts.append((label, value, { text in status.map { style.status($0, text) } ?? text }))
    }
    if rows.isEmpty {
      facts.append(("due", "not any more (\(card.reason))", { $0 }))
    }
    if let progress = card.progress {
      let words = AttemptWords.describe(progress, today: today, dates: dates, isDue: true)
      facts.append(("waiting", words, { $0 }))
    }
    if let notes = contact.notes { facts.append((ContactKey.notes.spelling, notes, { $0 })) }
    if let cadence = contact.cadence {
      facts.append((ContactKey.cadence.spelling, "every \(cadence)", { $0 }))
    }
    let labelWidth = facts.map { TextLayout.width($0.label) }.max() ?? 0
    let room = width - 2 - labelWidth - 2
    lines.append("")
    for fact in facts {
      let limit = fact.label == ContactKey.notes.spelling ? ReviewCard.noteLines : 2
      let wrapped = TextLayout.wrap(TextLayout.printable(fact.value), width: room, limit: limit)
      for (index, text) in wrapped.enumerated() {
        let label = index == 0 ? fact.label : ""
        lines.append("  " + style.dim(TextLayout.pad(label, labelWidth)) + "  " + fact.colour(text))
      }
    }
    lines += [""] + logLines(width: width, style: style, dates: dates)
    return lines
  }

  /// The name, then the path when it fits.
  private func titleLine(width: Int, style: Style) -> String {
    let name = TextLayout.truncate(TextLayout.printable(card.contact.name), to: width)
    let room = width - TextLayout.width(name) - 2
    let path = TextLayout.printable(card.contact.path)
    guard room >= min(12, TextLayout.width(path)) else { return style.bold(name) }
    return style.bold(name) + "  " + style.dim(TextLayout.truncate(path, to: room))
  }

  /// A row's label and words: "due: Nov 16, 5d overdue (next_follow_up)", "task: Nov 20,
  /// 1d overdue: ☐ Send the deck", "birthday: Nov 21, today: turns 36".
  private func words(for row: Agenda.Row, dates: DateDisplay) -> (String, String) {
    let today = card.today
    let when =
      dates.format(row.followUp.due, today: today, aligned: false) + ", "
      + (row.isInGrace
        ? RelativeDate.ago(days: -row.days) + ", within the grace"
        : RelativeDate.describe(days: row.days))
    if let task = row.followUp.task { return ("task", "\(when): ☐ \(task.text)") }
    if let occasion = row.followUp.occasion {
      let label = occasion.key == "birthday" ? "birthday" : "date"
      return (label, "\(when): \(AgendaReport.words(for: occasion, on: row.followUp.due))")
    }
    // With attempts open, the next step is on the `waiting` line.
    let reason =
      row.followUp.source == .nextFollowUp ? ContactKey.nextFollowUp.spelling : card.reason
    return ("due", "\(when) (\(reason))")
  }

  /// The newest entries' first lines, under a heading that says how many there are.
  private func logLines(width: Int, style: Style, dates: DateDisplay) -> [String] {
    let log = card.log
    guard !log.isEmpty else { return [style.bold("Log") + style.dim(" (empty)")] }
    let shown = log.prefix(ReviewCard.entryCount)
    var about = log.count > shown.count ? " (\(shown.count) of \(log.count), newest first)" : ""
    if 3 + TextLayout.width(about) > width { about = " (\(shown.count) of \(log.count))" }
    var lines = [style.bold("Log") + style.dim(TextLayout.truncate(about, to: width - 3))]
    let dateWidth = shown.map { dates.format($0.date, today: card.today).count }.max() ?? 0
    for entry in shown {
      let firstLine = TextLayout.printable(String(entry.markdown.prefix { $0 != "\n" }))
      let date = TextLayout.pad(dates.format(entry.date, today: card.today), dateWidth)
      lines.append(
        "  " + style.dim(date) + "  "
          + TextLayout.truncate(firstLine, to: max(1, width - 4 - dateWidth)))
    }
    return lines
  }
}
