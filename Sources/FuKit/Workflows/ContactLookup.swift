import Synchronization

extension Workspace {
  /// The one contact `who` names (a path the shell completed, a file name, a name, an
  /// alias or a unique prefix; else an email address its file holds), read with its log. Its problems are the caller's to print:
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
  public func file(named who: String) throws(FuError) -> ContactFile {
    let who = vault.relativePath(ofFileAt: who) ?? who
    if let index, let indexed = vault.indexedContacts(store: index),
      !indexed.skippedPaths.contains(where: { ContactMatcher.isPath(who, of: $0) })
    {
      keep(indexed)
      lookedAmong.contacts.withLock { $0 = indexed.contacts }
      if let contact = try? ContactMatcher(contacts: indexed.contacts).match(who),
        case .success(let file) = vault.readFile(contact.path),
        (try? ContactMatcher(contacts: [file.contact]).match(who)) != nil
      {
        return file
      }
    }
    let contents = vault.load(index: index)
    keep(contents)
    lookedAmong.contacts.withLock { $0 = contents.contacts }
    let skipped = contents.diagnostics.filter { problem in
      Vault.isContactFile(problem.path) && ContactMatcher.isPath(who, of: problem.path)
        && !contents.contacts.contains { $0.path == problem.path }
    }
    if let error = Self.error(naming: skipped, before: contents.contacts, who: who) { throw error }
    let contact: Contact
    do {
      contact = try ContactMatcher(contacts: contents.contacts).match(who)
    } catch {
      guard case .contactNotFound = error, let file = try file(withEmail: who) else { throw error }
      return file
    }
    return try vault.readFile(contact.path).mapError(FuError.unreadable).get()
  }

  /// The one contact whose `email` (or `emails`) holds `who`, when `who` is an address and
  /// no name, alias or path answers to it: `nil` when nobody has it.
  private func file(withEmail who: String) throws(FuError) -> ContactFile? {
    guard who.contains("@") else { return nil }
    let address = FrontMatter.foldEmail(who)
    let files = vault.readAll(readLog: false).files.filter { file in
      guard file.conflictLine == nil, case .valid(let frontMatter) = file.frontMatter else {
        return false
      }
      return frontMatter.emailAddresses.contains(address)
    }
    keep(files)
    guard let first = files.first else { return nil }
    guard files.count == 1 else {
      throw .ambiguousContact(
        who: who, candidates: files.map { "\($0.contact.name) (\($0.path))" })
    }
    return try vault.readFile(first.path).mapError(FuError.unreadable).get()
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
}

/// The contacts (their names and paths) a lookup of WHO looked among, kept so that a
/// second look at them (a message's first word, `fu log`) reads no index again.
final class LookedAmong: Sendable {
  let contacts = Mutex<[Contact]?>(nil)
}
