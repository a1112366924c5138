/// A contact file to be made: where, and what it holds.
public struct NewContactFile: Sendable, Equatable {
  /// The vault-relative path.
  public var path: String
  /// The vault-relative folder it goes in ("" for the vault's top).
  public var folder: String
  public var text: String
}

extension Workspace {
  /// The file `fu add` would make for `contact`: named after the contact in `folder`, made
  /// from the vault's template. Refused where the config's `exclude` hides it, or a file is.
  public func newFile(for contact: NewContact, in folder: String?) throws(FuError)
    -> NewContactFile
  {
    let fileName = try ContactFileName.make(from: contact.name)
    let folder = try folder.map(ContactFileName.folder) ?? ""
    let path = folder.isEmpty ? fileName : folder + "/" + fileName
    if vault.hides(path) {
      throw .invalidFolder(
        path: folder, reason: "the config's `exclude` hides \(path), so fu would never see it")
    }
    let text = try render(contact)
    if vault.hasEntry(at: path) { throw .fileExists(path: vault.displayPath(of: path)) }
    return NewContactFile(path: path, folder: folder, text: text)
  }

  /// Makes `file` and its folder; never replaces a file. Commits it with `commitMessage`
  /// when the config asks for it (`nil`: the caller commits, with others).
  public func create(_ file: NewContactFile, commitMessage: String?) throws(FuError) {
    let before = commitMessage.flatMap { _ in gitStateBeforeWriting(file.path) }
    try vault.createFolder(file.folder)
    do {
      try AtomicFile.create(Array(file.text.utf8), at: vault.absolutePath(of: file.path))
    } catch {
      guard case .fileExists = error else { throw error }
      throw .fileExists(path: vault.displayPath(of: file.path))
    }
    reporter.wrote()
    if let commitMessage {
      commit([Write(path: file.path, before: before)], message: commitMessage)
    }
  }

  /// The contacts other than the one at `path` that answer to `name` by name or alias: a
  /// new contact's namesakes, which WHO cannot tell apart by name.
  public func namesakes(of name: String, besides path: String) -> [Contact] {
    vault.load(index: index).contacts.filter { other in
      other.path != path
        && ([other.name] + other.aliases).contains { ContactMatcher.isSameName($0, name) }
    }
  }
}
