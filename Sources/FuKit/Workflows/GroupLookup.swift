extension Workspace {
  /// The contacts one `fu log` is about: each name of `who`, a comma-separated list
  /// (`maria, jordan`), then each of `others` (`--with`). Every one must name one contact
  /// and no contact may be named twice, so that nothing is written unless all are found.
  /// A `who` with commas that names, whole, a contact whose name, alias or file name has
  /// a comma (`Lee, Jordan`) is that one contact.
  public func files(namedIn who: String, with others: [String] = []) throws(FuError)
    -> [ContactFile]
  {
    var named: [(who: String, file: ContactFile)] = []
    for name in names(in: who) + others {
      let file = try self.file(named: name)
      if let earlier = named.first(where: { $0.file.path == file.path }) {
        throw .sameContactTwice(
          first: earlier.who, second: name,
          contact: "\(file.contact.name) (\(vault.displayPath(of: file.path)))")
      }
      named.append((name, file))
    }
    return named.map(\.file)
  }

  /// The names of a comma-separated `who`, or `who` whole when it names one contact that
  /// has a comma in its name, alias or file name.
  private func names(in who: String) -> [String] {
    guard who.contains(",") else { return [who] }
    if let file = try? file(named: who),
      ([file.contact.name, file.path] + file.contact.aliases).contains(where: { $0.contains(",") })
    {
      return [who]
    }
    let names = who.split(separator: ",").map { String($0.trimmingSpaces()) }.filter { !$0.isEmpty }
    return names.isEmpty ? [who] : names  // `,` alone: no contact, said as for any name
  }

  /// Refuses a message given as `words` whose first is one word that names a contact
  /// other than `files` (`fu log maria jordan "Group lunch"`): taken as text, it would log
  /// "jordan Group lunch" to Maria alone. `who` is the names as typed.
  public func refuseContactAsFirstWord(
    of words: [String], who: String, besides files: [ContactFile]
  ) throws(FuError) {
    guard let word = words.first, !word.contains(where: \.isWhitespace) else { return }
    let contacts =
      lookedAmong.contacts.withLock { $0 }
      ?? index.flatMap { vault.indexedContacts(store: $0)?.contacts }
      ?? vault.load(index: index).contacts
    guard
      let named = ContactMatcher(contacts: contacts).contacts(namedWholeBy: word).first(where: {
        contact in !files.contains { $0.path == contact.path }
      })
    else { return }
    throw .messageStartsWithContact(
      word: word, contact: "\(named.name) (\(vault.displayPath(of: named.path)))",
      rest: words.dropFirst().joined(separator: " "), who: who)
  }
}
