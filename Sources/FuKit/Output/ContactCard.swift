/// `fu show`'s outputs: one contact's facts, due state, open tasks and log.
public struct ContactCard: Sendable {
  /// A front-matter key fu does not read itself, with its value as the user wrote it.
  public struct Field: Sendable, Equatable {
    /// The key as written.
    public var key: String
    public var value: Value

    /// What a user's key holds.
    public enum Value: Sendable, Equatable {
      case empty
      case text(String)
      case list([String])
      /// A nested value, as its YAML lines.
      case yaml(String)
    }
  }

  /// The contact, its open tasks by due date.
  public var contact: Contact
  /// The day the card is seen from.
  public var today: CalendarDate
  /// The contact's own follow-up (tasks apart).
  public var followUp: FollowUp?
  /// The config's `grace`: how long a cadence may be late before it is overdue.
  public var grace: Cadence?
  /// The tag whose `cadence_by_tag` gives the contact its cadence, when the file has none.
  public var cadenceTag: String?
  /// The user's own front-matter keys, in file order.
  public var fields: [Field]
  /// The log, newest first.
  public var log: [LogEntry]
  /// The log's attempts still waiting for an answer, oldest first.
  public var openAttempts: [LogEntry]
  /// Where the run of those attempts stands, when one is open.
  public var progress: AttemptProgress?

  /// The keys fu reads itself; every other key is the user's.
  static let knownKeys = Set(ContactKey.all.filter { $0.card != .asWritten }.map(\.spelling))

  /// The card for `file`, read with its log; its attempts told by `practice`.
  public init(
    file: ContactFile, today: CalendarDate, grace: Cadence? = nil,
    practice: FollowUpPractice = FollowUpPractice()
  ) {
    self.grace = grace
    contact = file.contact
    contact.tasks.sort { $0.due != $1.due ? $0.due < $1.due : $0.line < $1.line }
    self.today = today
    followUp = contact.followUp(today: today)
    fields = []
    if case .valid(let frontMatter) = file.frontMatter {
      let starts = frontMatter.fields.map(\.line) + [frontMatter.closingLine]
      for (index, field) in frontMatter.fields.enumerated()
      where !ContactCard.knownKeys.contains(field.normalizedKey) {
        let value: Field.Value
        switch field.value {
        case .empty: value = .empty
        case .text(let text): value = .text(text)
        case .list(let items): value = .list(items)
        case .structured:
          value = .yaml(
            ContactCard.source(of: field, upTo: starts[index + 1], in: file.document))
        }
        fields.append(Field(key: field.key, value: value))
      }
    }
    // Newest first; entries of one day keep the order they were written in, latest first.
    log = LogEntry.timeline(contact.log).reversed()
    openAttempts = OpenAttempts.entries(in: contact.log)
    progress = practice.progress(of: contact)
  }

  /// The YAML of a nested value as written: what follows the key on its line, then the
  /// lines below it, without their common indentation, comment lines or trailing blanks.
  static func source(of field: FrontMatter.Field, upTo end: Int, in document: TextDocument)
    -> String
  {
    var lines: [String] = []
    let keyLine = document.content(ofLine: field.line)
    if let colon = keyLine.firstIndex(of: ":") {
      let rest = keyLine[keyLine.index(after: colon)...].trimmingSpaces()
      if !rest.isEmpty { lines.append(rest) }
    }
    var below = ((field.line + 1)..<end).map { String(document.content(ofLine: $0)) }
      .filter { !$0.hasPrefix("#") }
    while let last = below.last, last.trimmingSpaces().isEmpty { below.removeLast() }
    let indent =
      below.filter { !$0.trimmingSpaces().isEmpty }.map { $0.prefix { $0 == " " }.count }.min()
      ?? 0
    lines += below.map { String($0.dropFirst(min(indent, $0.count))) }
    return lines.joined(separator: "\n")
  }

  /// Why the contact is due when it is, in words.
  public var reason: String {
    guard let followUp else {
      return contact.cadence == nil
        ? "no next_follow_up and no cadence" : "no date"
    }
    switch followUp.source {
    case .nextFollowUp:
      guard let progress else { return ContactKey.nextFollowUp.spelling }
      let step = AttemptWords.step(progress, isDue: true)
      return "\(ContactKey.nextFollowUp.spelling): \(step)"
    case .cadence:
      return "last contact + \(contact.cadence?.description ?? "cadence")"
    case .neverContacted:
      return "cadence \(contact.cadence?.description ?? "") and never contacted"
    case .task: return "task"
    case .birthday, .anniversary: return followUp.source.rawValue
    }
  }

  /// The card as text for a terminal.
  public func text(style: Style, dates: DateDisplay = .short) -> String {
    func date(_ value: CalendarDate) -> String {
      dates.format(value, today: today, aligned: false)
    }
    var lines = [
      style.bold(TextLayout.printable(contact.name)) + "  "
        + style.dim(TextLayout.printable(contact.path))
    ]
    var facts: [(String, String)] = []
    if let followUp {
      let status = followUp.status(today: today, grace: grace)
      let days = today.days(to: followUp.due)
      let when =
        followUp.isInGrace(today: today, grace: grace)
        ? RelativeDate.ago(days: -days) + ", within the grace" : RelativeDate.describe(days: days)
      facts.append(
        ("due", "\(date(followUp.due)), \(style.status(status, when))  \(style.dim("(\(reason))"))")
      )
    } else {
      facts.append(("due", style.dim("nothing planned (\(reason))")))
    }
    var lastContact =
      contact.lastContact.map { "\(date($0)), \(RelativeDate.ago(days: $0.days(to: today)))" }
      ?? "never"
    // An entry typed into the log by hand moves no date: said where it shows.
    if let newest = contact.log.map(\.date).max(), contact.lastContact.map({ newest > $0 }) ?? true
    {
      lastContact += " (the log has \(date(newest)); set last_contact to count it)"
    } else if let progress {
      lastContact += " (no reply since \(date(progress.waitingSince)))"
    }
    facts.append(("last contact", lastContact))
    if let cadence = contact.cadence {
      let origin = cadenceTag.map { " (cadence_by_tag: \($0))" } ?? ""
      facts.append((ContactKey.cadence.spelling, "every \(cadence)" + origin))
    }
    if !contact.tags.isEmpty {
      facts.append((ContactKey.tags.spelling, contact.tags.joined(separator: ", ")))
    }
    if !contact.aliases.isEmpty {
      facts.append((ContactKey.aliases.spelling, contact.aliases.joined(separator: ", ")))
    }
    if let notes = contact.notes { facts.append((ContactKey.notes.spelling, notes)) }
    for key in ContactKey.all {
      guard case .labelled(let label) = key.card else { continue }
      let value: String
      switch contact[key] {
      case .names(let names): value = names.joined(separator: ", ")
      case .sequence(let setting): value = setting?.items?.joined(separator: ", ") ?? ""
      case .text(let text): value = text ?? ""
      case .date(let day): value = day.map(date) ?? ""
      case .cadence(let cadence): value = cadence?.description ?? ""
      }
      if !value.isEmpty { facts.append((label, value)) }
    }
    for field in fields {
      switch field.value {
      case .empty: facts.append((field.key, ""))
      case .text(let text): facts.append((field.key, text))
      case .list(let items): facts.append((field.key, items.joined(separator: ", ")))
      case .yaml(let yaml): facts.append((field.key, yaml))
      }
    }
    let keyWidth = facts.map { TextLayout.width(TextLayout.printable($0.0)) }.max() ?? 0
    lines.append("")
    for (key, value) in facts {
      let label = style.dim(TextLayout.pad(TextLayout.printable(key), keyWidth))
      // A block scalar's final line break ends the value; it opens no line of its own.
      var valueLines = value.split(separator: "\n", omittingEmptySubsequences: false)
      while valueLines.count > 1, valueLines.last?.trimmingSpaces().isEmpty == true {
        valueLines.removeLast()
      }
      lines.append(
        "  \(label)  \(TextLayout.printable(String(valueLines.first ?? "")))".trailingTrimmed())
      for more in valueLines.dropFirst() {
        lines.append(
          ("  " + String(repeating: " ", count: keyWidth + 2) + TextLayout.printable(String(more)))
            .trailingTrimmed())
      }
    }
    if !contact.tasks.isEmpty {
      lines += ["", style.bold("Open tasks") + style.dim(" (\(contact.tasks.count))")]
      let tasks = contact.tasks
      let dateWidth = tasks.map { dates.format($0.due, today: today).count }.max() ?? 0
      let whenWidth =
        tasks.map { RelativeDate.describe(days: today.days(to: $0.due)).count }.max() ?? 0
      for task in tasks {
        let days = today.days(to: task.due)
        let status = DueStatus(due: task.due, today: today)
        lines.append(
          "  " + style.dim(TextLayout.pad(dates.format(task.due, today: today), dateWidth)) + "  "
            + style.status(status, TextLayout.pad(RelativeDate.describe(days: days), whenWidth))
            + "  ☐ " + TextLayout.printable(task.text))
      }
    }
    if let progress {
      let since = dates.format(progress.waitingSince, today: today, aligned: false)
      let next = AttemptWords.step(progress, isDue: true)
      let about = "since \(since) (\(AttemptWords.tries(progress.attempts)); next: \(next))"
      lines += ["", style.bold("Waiting for an answer") + style.dim(" " + about)]
      let dateWidth = openAttempts.map { dates.format($0.date, today: today).count }.max() ?? 0
      for entry in openAttempts {
        let firstLine = entry.markdown.prefix { $0 != "\n" }
        lines.append(
          ("  " + style.dim(TextLayout.pad(dates.format(entry.date, today: today), dateWidth))
            + "  " + TextLayout.printable(String(firstLine))).trailingTrimmed())
      }
    }
    lines += [""]
    if log.isEmpty {
      lines.append(style.bold("Log") + style.dim(" (empty)"))
    } else {
      lines.append(style.bold("Log") + style.dim(" (\(log.count), newest first)"))
      let dateWidth = log.map { dates.format($0.date, today: today).count }.max() ?? 0
      for entry in log {
        // The whole entry, its lines below the first under its text.
        let text = entry.markdown.split(separator: "\n", omittingEmptySubsequences: false)
        lines.append(
          ("  " + style.dim(TextLayout.pad(dates.format(entry.date, today: today), dateWidth))
            + "  " + TextLayout.printable(String(text[0]))).trailingTrimmed())
        let indent = String(repeating: " ", count: 4 + dateWidth)
        lines += text.dropFirst().map {
          (indent + TextLayout.printable(String($0))).trailingTrimmed()
        }
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The card as one JSON object: the contract's agenda fields, `next_follow_up`, `aliases`,
  /// the due state (`due`, `status`, `days`, `source`, or nulls), the user's own keys under
  /// `fields`, open `tasks` and the `log` newest first.
  public func json() -> JSONValue {
    let status = followUp.map { $0.status(today: today, grace: grace) }
    let fieldValues: [(String, JSONValue)] = fields.map { field in
      switch field.value {
      case .empty: (field.key, .null)
      case .text(let text): (field.key, .string(text))
      case .list(let items): (field.key, .array(items.map { .string($0) }))
      case .yaml(let yaml): (field.key, .string(yaml))
      }
    }
    return ContactJSON.object(
      contact, followUp: followUp, status: status, days: followUp.map { today.days(to: $0.due) },
      keys: ContactKey.cardJSON,
      more: [
        ("fields", .object(fieldValues)),
        (
          "tasks",
          .array(
            contact.tasks.map { task in
              .object([
                ("text", .string(task.text)),
                ("due", .string(task.due.description)),
                ("status", .string(DueStatus(due: task.due, today: today).rawValue)),
                ("days", .int(today.days(to: task.due))),
                ("line", .int(task.line)),
              ])
            })
        ),
        (
          "log",
          .array(
            log.map { entry in
              .object([
                ("date", .string(entry.date.description)),
                ("text", .string(entry.text)),
                ("markdown", .string(entry.markdown)),
                ("line", .int(entry.lines.lowerBound + 1)),
              ])
            })
        ),
      ], progress: progress)
  }
}

extension String {
  fileprivate func trailingTrimmed() -> String {
    var text = self
    while text.hasSuffix(" ") { text.removeLast() }
    return text
  }
}
