extension Workspace {
  /// The contacts one `fu log` is about: each name of `who`, a comma-separated list
  /// (`maria, jordan`), then each of `others` (`--with`). Every one must name one contact
  /// and no contact may be named twice, so that nothing is written unless all are found.
  /// A `who` with commas that is, whole, exactly the name, an alias or the file name of
  /// one contact (`Lee, Jordan`) is that contact.
  public func files(namedIn who: String, with others: [String] = []) throws(FuError)
    -> [ContactFile]
  {
    var names = who.split(separator: ",").map { String($0.trimmingSpaces()) }
      .filter { !$0.isEmpty }
    if names.isEmpty { names = [who] }  // `,` alone: no contact, said as for any name
    // Each name looked up first: the lookups read the contacts a whole name is looked for
    // among, so that one with a comma of its own costs no other read.
    func lookup(_ name: String) -> Result<ContactFile, FuError> {
      Result { () throws(FuError) in try file(named: name) }
    }
    var found = names.map(lookup)
    if names.count > 1,
      ContactMatcher(contacts: knownContacts()).contacts(calledExactly: who).count == 1
    {
      (names, found) = ([who], [lookup(who)])
    }
    var named: [(who: String, file: ContactFile)] = []
    for (index, name) in (names + others).enumerated() {
      let file = try index < found.count ? found[index].get() : self.file(named: name)
      if let earlier = named.first(where: { $0.file.path == file.path }) {
        throw .sameContactTwice(
          first: earlier.who, second: name,
          contact: "\(file.contact.name) (\(vault.displayPath(of: file.path)))")
      }
      named.append((name, file))
    }
    return named.map(\.file)
  }

  /// The contacts (names and paths) the last lookup looked among, else those the index
  /// lists, else those a walk finds.
  private func knownContacts() -> [Contact] {
    if let known = lookedAmong.contacts.withLock({ $0 }) { return known }
    let contacts =
      index.flatMap { vault.indexedContacts(store: $0)?.contacts }
      ?? vault.load(index: index)
      .contacts
    lookedAmong.contacts.withLock { $0 = contacts }
    return contacts
  }

  /// Refuses a message given as `words` whose first is one word that names a contact
  /// other than `files` (`fu log maria jordan "Group lunch"`): taken as text, it would log
  /// "jordan Group lunch" to Maria alone. `who` is the names as typed.
  public func refuseContactAsFirstWord(
    of words: [String], who: String, besides files: [ContactFile]
  ) throws(FuError) {
    guard let word = words.first, !word.contains(where: \.isWhitespace) else { return }
    let named = ContactMatcher(contacts: knownContacts()).contacts(namedWholeBy: word)
    guard let other = named.first(where: { contact in !files.contains { $0.path == contact.path } })
    else { return }
    throw .messageStartsWithContact(
      word: word, contact: "\(other.name) (\(vault.displayPath(of: other.path)))",
      rest: words.dropFirst().joined(separator: " "), who: who)
  }
}
