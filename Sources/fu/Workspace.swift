import FuKit

/// What a command works with: the vault and its settings, the day, the output's colours.
struct Workspace {
  var vault: Vault
  var settings: Configuration
  var today: CalendarDate
  /// Colours for standard output.
  var style: Style
  /// The vault's index; `nil` reads every file (`--no-cache`).
  var index: IndexStore?

  /// How human output writes dates.
  var dates: DateDisplay { settings.dates ?? .short }

  /// What every contact file says, with the problems found printed as warnings, and the
  /// config's `cadence_by_tag` given to contacts with no cadence of their own.
  func load() -> VaultContents {
    var contents = vault.load(index: index)
    Terminal.printWarnings(contents.diagnostics, in: vault)
    if settings.cadenceByTag?.isEmpty == false {
      for index in contents.summaries.indices {
        contents.summaries[index].contact = withTagCadence(contents.summaries[index].contact)
      }
    }
    KeptUntilExit.keep(contents)
    return contents
  }

  /// Every contact file read with its log, its problems printed as warnings, files with
  /// merge-conflict markers left out and tag cadences applied: what `fu stats` and `fu
  /// export` report on.
  func settledFiles() -> [ContactFile] {
    let contents = vault.readAll(readLog: true)
    Terminal.printWarnings(contents.diagnostics, in: vault)
    return contents.files.filter { $0.conflictLine == nil }.map { file in
      var file = file
      file.contact = withTagCadence(file.contact)
      return file
    }
  }

  /// Opens vault-relative `path` in the user's editor and, when the editor changed the
  /// file, reads it again and prints what is wrong with it now (a YAML error, a date fu
  /// cannot read), as `fu check` would. A file the editor removed, or left as something
  /// other than a plain file (a link), is not looked at; nor is any file when the editor
  /// failed, which is the error then.
  func edit(_ path: String) throws(FuError) {
    let before = vault.bytes(of: path)
    try Editor.open(vault.displayPath(of: path), environment: Terminal.environment)
    guard vault.isRegularFile(path), let after = vault.bytes(of: path), after != before
    else { return }
    switch vault.readFile(path) {
    case .success(let file): Terminal.printWarnings(file.diagnostics, in: vault)
    case .failure(let problem): Terminal.printWarnings([problem], in: vault)
    }
  }

  /// `contact` with the config's `cadence_by_tag` when it has no cadence of its own.
  func withTagCadence(_ contact: Contact) -> Contact {
    contact.withCadence(from: settings.cadenceByTag ?? [])
  }

  /// The agenda of the next `days` days of the contacts with all of `tags`, with the
  /// config's anniversaries and grace: what `fu agenda` and `fu ics` show.
  func agenda(days: Int, tags: [String]) -> FuKit.Agenda {
    let contacts = load().settledContacts
    var stopwatch = Stopwatch()
    let agenda = FuKit.Agenda(
      contacts: contacts, today: today, days: days, tags: tags,
      anniversaries: settings.anniversaries ?? [], grace: settings.grace)
    debug?("agenda: \(agenda.rows.count) rows in \(stopwatch.lap()) ms")
    if agenda.rows.isEmpty { warnOfTagsNobodyHas(tags, among: contacts) }
    return agenda
  }

  /// Says which of `tags` (`--tag`) no contact has: a typo, most likely, behind an empty
  /// answer.
  func warnOfTagsNobodyHas(_ tags: [String], among contacts: [Contact]) {
    for tag in tags where !contacts.contains(where: { $0.hasTag(tag) }) {
      Terminal.printWarning("no contact has the tag \(tag)")
    }
  }

  /// Where `FU_DEBUG` messages go (with the index's: `--no-cache` has none).
  var debug: (@Sendable (String) -> Void)? { index?.debug }

  /// The vault's git, when its config asks fu to commit what it writes.
  var git: VaultGit? { settings.gitAutocommit == true ? VaultGit(root: vault.root) : nil }

  /// After a write to vault-relative `path`: commits it with `message` when the config asks
  /// for it and the file was `before` as committed; else says why it was not committed.
  func commit(_ path: String, before: VaultGit.State?, message: String) {
    commit([(path, before)], message: message)
  }

  /// After writes to vault-relative paths: commits, in one commit with `message`, those
  /// that were as committed before (when the config asks for it); says why of the others.
  func commit(_ writes: [(path: String, before: VaultGit.State?)], message: String) {
    guard let git else { return }
    var clean: [String] = []
    func shown(_ paths: [String]) -> String {
      paths.count == 1 ? vault.displayPath(of: paths[0]) : "\(paths.count) files"
    }
    let outside = writes.filter { $0.before == .notARepository }.map(\.path)
    if !outside.isEmpty {
      Terminal.printWarning("\(shown(outside)) not committed: the vault is not in a git repository")
    }
    for (path, before) in writes {
      let shown = vault.displayPath(of: path)
      switch before {
      case nil, .notARepository?: break
      case .changed?:
        Terminal.printWarning(
          "\(shown) not committed: it had changes of its own, or is not tracked; commit it with git"
        )
      case .clean?: clean.append(path)
      }
    }
    guard !clean.isEmpty else { return }
    do {
      try git.commit(clean, message: message)
    } catch {
      Terminal.printWarning("\(shown(clean)) not committed: \(error.description)")
    }
  }

  /// The one contact `who` names (a path the shell completed, a file name, a name, an
  /// alias or a unique prefix), read with its log. Its problems are the caller's to print:
  /// a command that refuses the file says why once, as its error.
  ///
  /// When the index's folder stamps vouch for its list of files, `who` is looked for in
  /// the names the index holds (those of files changed since read again), and the file it
  /// names is read and must still answer to `who`: no walk of the vault. Else, or when the
  /// index finds no one or several, the vault is read as usual, and what it says (errors
  /// included) is the answer.
  ///
  /// A contact file fu skips (not UTF-8, unreadable) is no contact, but it keeps its place
  /// among the rules of its path (whole path, then file name): named so, it is the file
  /// meant, and the error says why it was skipped, rather than `who` reaching a namesake
  /// or a contact a later rule finds. (Such a file named by its path sends `who` past the
  /// index, to the walk that says why it is skipped.)
  func file(named who: String) throws -> ContactFile {
    let who = vault.relativePath(ofFileAt: who) ?? who
    if let index, let indexed = vault.indexedContacts(store: index),
      !indexed.skippedPaths.contains(where: { ContactMatcher.isPath(who, of: $0) })
    {
      KeptUntilExit.keep(indexed)
      if let contact = try? ContactMatcher(contacts: indexed.contacts).match(who),
        case .success(let file) = vault.readFile(contact.path),
        (try? ContactMatcher(contacts: [file.contact]).match(who)) != nil
      {
        return file
      }
    }
    let contents = vault.load(index: index)
    KeptUntilExit.keep(contents)
    let skipped = contents.diagnostics.filter { problem in
      Vault.isContactFile(problem.path) && ContactMatcher.isPath(who, of: problem.path)
        && !contents.contacts.contains { $0.path == problem.path }
    }
    if let error = Self.error(naming: skipped, before: contents.contacts, who: who) { throw error }
    let contact = try ContactMatcher(contacts: contents.contacts).match(who)
    return try vault.readFile(contact.path).mapError(FuError.unreadable).get()
  }

  /// The error when `who` names one of the `skipped` files by its path no later than any
  /// of `contacts`: by its whole path, or by its file name where no contact has that
  /// whole path. Why it was skipped, or, when it ties, that `who` is ambiguous; `nil` when
  /// a contact comes first, or no skipped file answers (the path rules come before all
  /// others, so the contacts' own rules decide then).
  private static func error(
    naming skipped: [Diagnostic], before contacts: [Contact], who: String
  ) -> FuError? {
    /// How early `path` answers to `who`: 0 by the whole of it, 1 by its file name or
    /// stem, `nil` not by its path (by a name, an alias...).
    func rule(_ path: String) -> Int? {
      ContactMatcher.isWholePath(who, of: path) ? 0 : ContactMatcher.isPath(who, of: path) ? 1 : nil
    }
    guard let first = skipped.compactMap({ rule($0.path) }).min() else { return nil }
    let rivals = contacts.filter { contact in rule(contact.path).map { $0 <= first } ?? false }
    guard rivals.allSatisfy({ rule($0.path) == first }) else { return nil }
    let tied = skipped.filter { rule($0.path) == first }
    if tied.count == 1 && rivals.isEmpty { return .unreadable(tied[0]) }
    return .ambiguousContact(
      who: who,
      candidates: rivals.map { "\($0.name) (\($0.path))" } + tied.map { "\($0.path) (skipped)" })
  }

  /// The text of a new contact file for `contact`, made from the vault's template when it
  /// has one, else the built-in one with the configured log heading.
  func render(_ contact: NewContact) throws(FuError) -> String {
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

  /// `date`, as the settings write dates, with how far it is from today in words.
  func describe(_ date: CalendarDate) -> String {
    "\(dates.format(date, today: today, aligned: false)) (\(RelativeDate.describe(days: today.days(to: date))))"
  }

  /// The planned change as a unified diff on standard output.
  func printDiff(_ edit: ContactEdit) {
    for line in UnifiedDiff.render(edit, path: vault.displayPath(of: edit.path)) {
      switch line {
      case .header(let text): Terminal.write(style.bold(text) + "\n")
      case .hunk(let text): Terminal.write(style.cyan(text) + "\n")
      case .line(.removed, let text): Terminal.write(style.red(text) + "\n")
      case .line(.added, let text): Terminal.write(style.green(text) + "\n")
      default: Terminal.write(line.text + "\n")
      }
    }
  }
}
