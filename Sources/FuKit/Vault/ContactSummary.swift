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
  /// task, no `#sent` that could be an attempt, no merge-conflict marker), as in most
  /// files, only the front matter is read; the rest is only checked to be UTF-8. The
  /// result is the same as reading it all.
  static func read(
    path: String, bytes: [UInt8], logSectionNames: [String]
  ) -> Result<ContactSummary, Diagnostic> {
    if bytes.count <= ContactFile.bodySizeLimit,
      let summary = frontMatterSummary(path: path, bytes: bytes, logSectionNames: logSectionNames)
    {
      return .success(summary)
    }
    guard let document = TextDocument(bytes: bytes) else {
      return .failure(ContactFile.notUTF8(path: path, bytes: bytes))
    }
    return .success(
      ContactSummary(ContactFile(path: path, document: document, logSectionNames: logSectionNames)))
  }

  /// The summary of a UTF-8 file with front matter whose body holds nothing a summary
  /// reads, from its front matter alone: straight from its bytes when the scanner reads
  /// it, else from its lines through Yams. `nil` for any other file.
  private static func frontMatterSummary(
    path: String, bytes: [UInt8], logSectionNames: [String]
  ) -> ContactSummary? {
    bytes.withUnsafeBufferPointer { file in
      // A file without front matter is read whole: it may hold one out of place.
      guard case .closed(let yaml, let end) = FrontMatterBlock.extent(in: file),
        !bodyMayMatter(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: file[end...]))),
        (try? UTF8Span(validating: bytes.span)) != nil
      else { return nil }
      var contact = Contact(path: path, name: "")
      contact.name = contact.stem
      if let fields = FrontMatterScanner.fields(
        UnsafeBufferPointer(rebasing: file[yaml]), firstLine: 1)
      {
        var diagnostics: [Diagnostic] = []
        contact.read(fields, diagnostics: &diagnostics)
        return ContactSummary(contact: contact, diagnostics: diagnostics, hasConflict: false)
      }
      guard let document = TextDocument(bytes: file[..<end]) else { return nil }
      return ContactSummary(
        ContactFile(path: path, document: document, logSectionNames: logSectionNames))
    }
  }

  /// Whether a file's body holds something a summary reads: `[ ]` (an open task's box),
  /// `#sent` in any case (an attempt) or the start of a merge-conflict marker.
  private static func bodyMayMatter(_ body: UnsafeRawBufferPointer) -> Bool {
    ["[ ]", "<<<<<<<", ">>>>>>>"].contains { ByteSearch.contains($0, in: body) }
      || ByteSearch.containsHash(followedBy: "sent", in: body)
  }
}
