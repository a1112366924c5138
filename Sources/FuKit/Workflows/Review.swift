/// `fu review`, without the terminal: the contacts `fu agenda` lists, one card at a time,
/// and what is done about each. A draft is `fu draft`'s. A log goes through `LogPlanner`,
/// a snooze through `SnoozePlanner`, both written by `ContactChange`, as `fu log` and
/// `fu snooze` write them; each card reads its file again, so a change made meanwhile (in
/// an editor, by another fu) is what the card shows and what the next write is planned on.
public struct Review: Sendable {
  /// How many of each thing the review did.
  public struct Tally: Sendable, Equatable {
    public var logged = 0
    public var sent = 0
    public var snoozed = 0
    public var skipped = 0
    public var edited = 0
    public var drafted = 0

    public init() {}
  }

  /// The vault, settings and day; its reporter may be changed (a full-screen command keeps
  /// warnings to show on its screen).
  public var workspace: Workspace
  /// The agenda's window (`--days`) and tags (`--tag`).
  public let days: Int
  public let tags: [String]
  /// The contacts to review, by vault-relative path, in agenda order: each once, at the
  /// place of its first row.
  public let paths: [String]
  /// Where the review is in `paths`; `paths.count` once every card is done.
  public private(set) var position = 0
  public private(set) var tally = Tally()
  /// What each write did, in words, in order (`Logged Ada Lovelace; next follow-up...`).
  public private(set) var done: [String] = []

  /// The review of what the agenda of the next `days` days lists for the contacts with
  /// every one of `tags` (0 days: what is due today or earlier).
  public init(workspace: Workspace, days: Int, tags: [String]) {
    self.workspace = workspace
    self.days = days
    self.tags = tags
    var seen = Set<String>()
    paths = workspace.agenda(days: days, tags: tags).rows.map(\.contact.path).filter {
      seen.insert($0).inserted
    }
  }

  /// Whether every card has been dealt with.
  public var isFinished: Bool { position >= paths.count }

  /// The vault-relative path of the contact on the current card.
  public var path: String? { isFinished ? nil : paths[position] }

  /// The current card, its file read again (`nil` once the review is finished); throws
  /// when the file cannot be read now (removed, broken by an edit): the card for that is
  /// the error, and the file can still be edited or skipped.
  public func card() throws(FuError) -> ReviewCard? {
    guard let path else { return nil }
    let file = try workspace.vault.readFile(path).mapError(FuError.unreadable).get()
    let card = workspace.card(of: file)
    let settings = workspace.settings
    // The contact is on the review already: its rows whatever its tags say now.
    let agenda = Agenda(
      contacts: [card.contact], today: workspace.today, days: days,
      anniversaries: settings.anniversaries ?? [], grace: settings.grace,
      practice: settings.practice)
    return ReviewCard(
      card: card, rows: agenda.rows, position: position + 1, count: paths.count)
  }

  /// The next follow-up `fu log` would set without `--next`, for `message` (logged as an
  /// attempt when `sent`): what Enter means at the review's prompt. Throws what the log
  /// would (a file fu will not write, a sequence it cannot read).
  public func usualNextFollowUp(message: String, sent: Bool) throws -> CalendarDate? {
    let file = try currentFile()
    return try LogPlanner.plan(file, request(message: message, next: nil, sent: sent))
      .nextFollowUp
  }

  /// Logs `message` today for the current contact, as `fu log` does (`--sent` when
  /// `sent`, `--next` when `next` is given), and moves on to the next card. Returns what
  /// was done, in words.
  @discardableResult
  public mutating func log(message: String, next: NextFollowUp?, sent: Bool) throws -> String {
    let file = try currentFile()
    let request = request(message: message, next: next, sent: sent)
    let change = try ContactChange(file, in: workspace) { try LogPlanner.plan($0, request) }
    let name = file.contact.name
    let written = try change.write(
      commitMessage: CommitMessage.log(name: name, message: request.writtenFirstLine))
    let follow =
      written.nextFollowUp.map { "next follow-up \(workspace.describe($0))" } ?? "no follow-up date"
    let what = sent ? "Logged an attempt with \(name)" : "Logged \(name)"
    if sent { tally.sent += 1 } else { tally.logged += 1 }
    return finish("\(what); \(follow).")
  }

  /// Moves the current contact's next follow-up to `next` (or empties it), as `fu snooze`
  /// does, and moves on to the next card. Returns what was done, in words.
  @discardableResult
  public mutating func snooze(to next: NextFollowUp) throws -> String {
    let file = try currentFile()
    let change = try ContactChange(file, in: workspace) { try SnoozePlanner.plan($0, to: next) }
    let name = file.contact.name
    let written = try change.write(
      commitMessage: CommitMessage.snooze(name: name, to: next.date))
    let when = next.date.map(workspace.describe)
    // A snooze to the date the contact has already changes nothing: a skip, in the summary.
    guard written.result.bytes != written.original.bytes else {
      tally.skipped += 1
      return finish(SnoozeWords.already(name, at: when) + ".")
    }
    tally.snoozed += 1
    return finish(SnoozeWords.moved(name, to: when) + ".")
  }

  /// Leaves the current contact as it is and moves on to the next card.
  public mutating func skip() {
    guard !isFinished else { return }
    tally.skipped += 1
    position += 1
  }

  /// Counts an edit of the current contact's file (the card stays, read again).
  public mutating func noteEdited() { tally.edited += 1 }

  /// The message `fu draft` gives for the current contact, from the template its state
  /// calls for (its placeholders left empty told as warnings); counted. Writes nothing.
  public mutating func draft() throws(FuError) -> Draft {
    let draft = try workspace.draft(for: currentFile(), template: nil)
    tally.drafted += 1
    return draft
  }

  /// What the review did: "Reviewed 4 of 5: 1 logged, 1 sent, 1 snoozed, 1 skipped."
  /// (edits and drafts too, when there were any).
  public var summary: String {
    var counts = [
      "\(tally.logged) logged", "\(tally.sent) sent", "\(tally.snoozed) snoozed",
      "\(tally.skipped) skipped",
    ]
    if tally.edited > 0 { counts.append("\(tally.edited) edited") }
    if tally.drafted > 0 { counts.append("\(tally.drafted) drafted") }
    return "Reviewed \(position) of \(paths.count): \(counts.joined(separator: ", "))."
  }

  /// What to say when there is nothing to review.
  public var nothingDue: String {
    let window = AgendaReport.window(days: days)
    let tagged =
      tags.isEmpty
      ? "" : " with the tag\(tags.count == 1 ? "" : "s") \(tags.joined(separator: ", "))"
    return "Nothing due \(window)\(tagged): nothing to review."
  }

  // MARK: - Private

  /// The current contact's file, read again, with its log.
  private func currentFile() throws(FuError) -> ContactFile {
    guard let path else { preconditionFailure("the review is finished: no card to act on") }
    return try workspace.vault.readFile(path).mapError(FuError.unreadable).get()
  }

  /// What `fu log` would be asked, today.
  private func request(message: String, next: NextFollowUp?, sent: Bool) -> LogRequest {
    workspace.logRequest(date: workspace.today, message: message, next: next, sent: sent)
  }

  /// Records `words` as done and moves on to the next card.
  private mutating func finish(_ words: String) -> String {
    done.append(words)
    position += 1
    return words
  }
}
