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

  /// The summary of the contact file at vault-relative `path` holding `bytes`; a failure
  /// when the file is not UTF-8.
  ///
  /// When nothing after the front matter can change the summary (no `[ ]` that could be a
  /// task, no merge-conflict marker), only the front matter is split into lines and read;
  /// the rest is only checked to be UTF-8. The result is the same as reading it all.
  static func read(
    path: String, bytes: [UInt8], logSectionNames: [String]
  ) -> Result<ContactSummary, Diagnostic> {
    let slice = bytes[...]
    if bytes.count <= ContactFile.bodySizeLimit, let head = FrontMatterBlock.byteCount(in: slice),
      !ContactSummary.bodyMayMatter(slice[head...]),
      String(validating: slice[head...], as: UTF8.self) != nil,
      let document = TextDocument(bytes: slice[..<head])
    {
      return .success(
        ContactSummary(
          ContactFile(path: path, document: document, logSectionNames: logSectionNames)))
    }
    guard let document = TextDocument(bytes: bytes) else {
      return .failure(ContactFile.notUTF8(path: path, bytes: bytes))
    }
    return .success(
      ContactSummary(ContactFile(path: path, document: document, logSectionNames: logSectionNames)))
  }

  /// Whether a file's body holds something a summary reads: `[ ]` (an open task's box) or
  /// the start of a merge-conflict marker.
  private static func bodyMayMatter(_ body: ArraySlice<UInt8>) -> Bool {
    body.withUnsafeBytes { raw in
      ["[ ]", "<<<<<<<", ">>>>>>>"].contains { ByteSearch.contains($0, in: raw) }
    }
  }
}
