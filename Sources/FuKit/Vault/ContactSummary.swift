/// What the agenda, the listing and `WHO` need of one contact file, and all the index keeps
/// of it: the contact without its log, the problems reading it found, and whether it has
/// merge-conflict markers.
public struct ContactSummary: Sendable, Equatable {
  /// The contact; its `log` is empty (the log is read from the file when a command needs it).
  public var contact: Contact
  /// The problems found while reading, each with its line.
  public var diagnostics: [Diagnostic]
  /// Whether the file has merge-conflict markers (its facts are not settled).
  public var hasConflict: Bool

  public init(contact: Contact, diagnostics: [Diagnostic], hasConflict: Bool) {
    self.contact = contact
    self.diagnostics = diagnostics
    self.hasConflict = hasConflict
  }

  /// The summary of a file read without its log.
  public init(_ file: ContactFile) {
    var contact = file.contact
    contact.log = []
    self.init(
      contact: contact, diagnostics: file.diagnostics, hasConflict: file.conflictLine != nil)
  }
}
