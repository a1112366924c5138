/// What a command works with: the vault, its settings (the user's config, then the vault's),
/// the day, and the index. Everything a command reads goes through here, so the settings
/// that change what a contact means (`cadence_by_tag`, `grace`, `anniversaries`) are
/// applied once, the same way for every command.
public struct Workspace: Sendable {
  public var vault: Vault
  public var settings: Configuration
  /// The day the command runs for.
  public var today: CalendarDate
  /// The vault's index; `nil` reads every file (`--no-cache`).
  public var index: IndexStore?
  /// Where warnings and writes are told.
  public var reporter: Reporter
  /// Whether what is loaded is kept until the process exits rather than freed (see
  /// `KeptUntilExit`): right for a command that exits when done, not for a library user.
  public var keepsWhatItLoads = false
  /// The contacts the last lookup of a WHO looked among.
  let lookedAmong = LookedAmong()

  public init(
    vault: Vault, settings: Configuration, today: CalendarDate, index: IndexStore?,
    reporter: Reporter = .silent
  ) {
    self.vault = vault
    self.settings = settings
    self.today = today
    self.index = index
    self.reporter = reporter
  }

  /// Where a workspace tells what happens besides its results: warnings (a file fu could not
  /// read, a commit not made), and that a file of the vault has been written.
  public struct Reporter: Sendable {
    /// A warning, in words, on one line or several.
    public var warning: @Sendable (String) -> Void
    /// Called after each file written.
    public var wrote: @Sendable () -> Void

    public init(
      warning: @escaping @Sendable (String) -> Void, wrote: @escaping @Sendable () -> Void = {}
    ) {
      self.warning = warning
      self.wrote = wrote
    }

    /// Tells nothing.
    public static let silent = Reporter(warning: { _ in })
  }

  /// How human output writes dates.
  public var dates: DateDisplay { settings.dates ?? .short }

  /// `date` as the settings write dates, and how far it is: `Nov 25 (in 4d)`.
  public func describe(_ date: CalendarDate) -> String {
    "\(dates.format(date, today: today, aligned: false)) (\(RelativeDate.describe(days: today.days(to: date))))"
  }

  /// Where `FU_DEBUG` messages go (with the index's: `--no-cache` has none).
  public var debug: (@Sendable (String) -> Void)? { index?.debug }

  /// Tells `message` as a warning.
  public func warn(_ message: String) { reporter.warning(message) }

  /// Warns when `next` is a day already past, as `fu log`, `fu snooze` and `fu review` do:
  /// the contact stays overdue. `option` names where the date was given (`--next`).
  public func warnIfPassed(_ next: NextFollowUp?, given option: String? = nil) {
    guard let date = next?.date, date < today else { return }
    warn("\(option.map { $0 + " " } ?? "")\(date) has already passed; the contact stays overdue")
  }

  /// Tells each of `diagnostics` as a warning on one line, its path as the user can open
  /// it (a line break in a value it quotes written as an escape).
  public func warn(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics {
      reporter.warning(
        TextLayout.escaped(diagnostic.located(at: vault.displayPath(of: diagnostic.path))))
    }
  }

  /// Keeps `value` until the process exits, when `keepsWhatItLoads`.
  public func keep(_ value: Any) {
    if keepsWhatItLoads { KeptUntilExit.keep(value) }
  }

  // MARK: - Reading

  /// What every contact file says, its problems told as warnings (a `sequence` fu cannot
  /// follow among them), and the config's `cadence_by_tag` given to contacts with no
  /// cadence of their own.
  public func load() -> VaultContents {
    var contents = vault.load(index: index)
    warn(contents.diagnostics)
    warn(sequenceProblems(of: contents.summaries.lazy.map(\.contact)))
    if settings.cadenceByTag?.isEmpty == false {
      for index in contents.summaries.indices {
        contents.summaries[index].contact = withTagCadence(contents.summaries[index].contact)
      }
    }
    keep(contents)
    return contents
  }

  /// Every contact file read with its log, its problems told as warnings, files with
  /// merge-conflict markers left out and tag cadences applied: what `fu stats` and `fu
  /// export` report on.
  public func settledFiles() -> [ContactFile] {
    let contents = vault.readAll(readLog: true)
    warn(contents.diagnostics)
    return contents.files.filter { $0.conflictLine == nil }.map { file in
      var file = file
      file.contact = withTagCadence(file.contact)
      return file
    }
  }

  /// The problems with `contacts`' own `sequence` keys that fu cannot follow: waits it
  /// cannot read, or a name the config does not have (each at the key's line).
  public func sequenceProblems(of contacts: some Sequence<Contact>) -> [Diagnostic] {
    let practice = settings.practice
    return contacts.compactMap { contact in
      guard contact.sequence != nil, case .failure(let problem) = practice.sequence(for: contact)
      else { return nil }
      return problem
    }
  }

  /// Where the run of attempts of `contact` stands after `edit` (of its file), if one is
  /// open: what `fu log` says after writing.
  public func progress(of contact: Contact, after edit: ContactEdit) -> AttemptProgress? {
    var contact = contact
    contact.attempts = edit.attempts
    return settings.practice.progress(of: contact)
  }

  /// The card of `file` (`fu show`), with the config's tag cadence, grace and follow-up
  /// practice; a `sequence` fu cannot follow is told as a warning.
  public func card(of file: ContactFile) -> ContactCard {
    warn(sequenceProblems(of: [file.contact]))
    var file = file
    let tagCadence = file.contact.tagCadence(from: settings.cadenceByTag ?? [])
    file.contact = withTagCadence(file.contact)
    var card = ContactCard(
      file: file, today: today, grace: settings.grace, practice: settings.practice)
    card.cadenceTag = tagCadence?.tag
    return card
  }

  /// `contact` with the config's `cadence_by_tag` when it has no cadence of its own.
  public func withTagCadence(_ contact: Contact) -> Contact {
    contact.withCadence(from: settings.cadenceByTag ?? [])
  }

  /// The agenda of the next `days` days of the contacts with all of `tags`, with the
  /// config's anniversaries and grace: what `fu agenda` and `fu ics` show; its rows in
  /// no particular order unless `ordered` (`fu agenda --count` only counts them).
  public func agenda(days: Int, tags: [String], ordered: Bool = true) -> Agenda {
    let contacts = load().settledContacts
    var stopwatch = Stopwatch()
    let agenda = Agenda(
      contacts: contacts, today: today, days: days, tags: tags,
      anniversaries: settings.anniversaries ?? [], grace: settings.grace,
      practice: settings.practice, ordered: ordered)
    debug?("agenda: \(agenda.rows.count) rows in \(stopwatch.lap()) ms")
    if agenda.rows.isEmpty { warnOfTagsNobodyHas(tags, among: contacts) }
    return agenda
  }

  /// Tells which of `tags` (`--tag`) no contact has: a typo, most likely, behind an empty
  /// answer.
  public func warnOfTagsNobodyHas(_ tags: [String], among contacts: [Contact]) {
    for tag in tags where !contacts.contains(where: { $0.hasTag(tag) }) {
      warn("no contact has the tag \(tag)")
    }
  }

  /// The text of a new contact file for `contact`, made from the vault's template when it
  /// has one, else the built-in one with the configured log heading.
  public func render(_ contact: NewContact) throws(FuError) -> String {
    guard let template = try vault.readText(NewContact.templatePath) else {
      return try contact.render(
        template: NewContact.builtInTemplate(
          logSection: vault.logSectionNames.first ?? "Interactions"),
        today: today)
    }
    do {
      return try contact.render(
        template: template, templatePath: NewContact.templatePath, today: today)
    } catch {
      throw error.located(in: vault)
    }
  }
}
