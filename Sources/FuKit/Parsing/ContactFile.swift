import Glibc

/// A contact file read and understood: its text, its front matter, the contact it describes,
/// and the problems found on the way.
public struct ContactFile: Sendable {
  /// The file's path relative to the vault root.
  public var path: String
  /// The file's exact text.
  public var document: TextDocument
  /// The front matter as found at the top of the file.
  public var frontMatter: FrontMatterBlock
  /// What the file says about the person.
  public var contact: Contact
  /// Problems found while reading, each with its line.
  public var diagnostics: [Diagnostic] = []
  /// The 1-based line of the first merge-conflict marker, if any.
  public var conflictLine: Int?
  /// What looks like front matter but is not where front matter goes, if anything.
  public var misplacedFrontMatter: MisplacedFrontMatter?
  /// Whether the file is over `bodySizeLimit`, so that its body was not read.
  public var isOversized = false
  /// The interaction log section, when the body was read with `readLog` or holds `#sent`.
  public var logSection: LogSection?
  /// The headings that name the interaction log in this vault.
  public var logSectionNames: [String]
  /// Whether the file was read with its interaction log (`readLog`).
  public private(set) var isLogRead = false

  /// The headings that name the interaction log, compared case-insensitively; a write adds
  /// the first where a file has none.
  public static let defaultLogSectionNames = ["Interactions", "Log", "History"]

  /// The largest file whose body fu reads (tasks, the log), so that a runaway file cannot
  /// take the time and memory of the whole vault: 16 MiB, far beyond any contact's notes.
  public static let bodySizeLimit = 16 << 20

  /// Reads `document`. The body is parsed with cmark only when it may hold an open task,
  /// or when `readLog` asks for the interaction log.
  public init(
    path: String, document: TextDocument, readLog: Bool = false,
    logSectionNames: [String] = ContactFile.defaultLogSectionNames
  ) {
    self.path = path
    self.document = document
    self.logSectionNames = logSectionNames
    isLogRead = readLog
    self.frontMatter = FrontMatterBlock(document: document)
    self.contact = Contact(path: path, name: "")
    contact.name = contact.stem
    conflictLine = ContactFile.firstConflictMarker(in: document)
    if let conflictLine {
      diagnostics.append(
        Diagnostic(
          path: path, line: conflictLine,
          message: "merge conflict marker: resolve the conflict, then fu will read this file"))
    }
    switch frontMatter {
    case .none:
      misplacedFrontMatter = MisplacedFrontMatter(in: document)
      if let misplacedFrontMatter {
        diagnostics.append(
          Diagnostic(
            path: path, line: misplacedFrontMatter.line,
            message:
              "this looks like front matter, but fu reads none here: \(misplacedFrontMatter.fix)"))
      }
    case _ where conflictLine != nil:
      break  // the conflict is the problem; what the markers break follows from it
    case .unclosed:
      diagnostics.append(
        Diagnostic(
          path: path, line: 1,
          message: "front matter is never closed (no `---` line after this one): read as none"))
    case .invalid(_, let line, let message):
      diagnostics.append(Diagnostic(path: path, line: line, message: message))
    case .valid(let frontMatter):
      contact.read(frontMatter.fields, diagnostics: &diagnostics)
    }
    let bodyStart = frontMatter.bodyStart
    let size = document.lines.reduce(0) { $0 + $1.utf8.count }
    if size > ContactFile.bodySizeLimit {
      isOversized = true
      diagnostics.append(
        Diagnostic(
          path: path, line: 1,
          message:
            "the file is \(size >> 20) MiB, over fu's \(ContactFile.bodySizeLimit >> 20) MiB limit: only its front matter is read"
        ))
      return
    }
    let mayHaveTasks = document.lines[bodyStart...].contains(where: ContactFile.hasCheckbox)
    // Read with its log, the file has its attempts counted anyway.
    let mayHaveAttempts =
      !readLog && document.lines[bodyStart...].contains(where: ContactFile.mayTagSent)
    guard readLog || mayHaveTasks || mayHaveAttempts else { return }
    let outline = MarkdownOutline(document: document, from: bodyStart)
    if mayHaveTasks { readTasks(outline) }
    if readLog || mayHaveAttempts {
      logSection = LogSection(outline: outline, document: document, names: logSectionNames)
      if let logSection {
        contact.attempts = OpenAttempts(log: logSection.entries)
      }
    }
    if readLog {
      if let logSection {
        contact.log = logSection.entries
        for line in logSection.invalidDateLines {
          diagnostics.append(
            Diagnostic(
              path: path, line: line + 1, message: "log entry has a date that does not exist"))
        }
      }
    }
  }

  /// The problem of a file whose `bytes` are not UTF-8, at the line of the first bad byte.
  static func notUTF8(path: String, bytes: [UInt8]) -> Diagnostic {
    Diagnostic(
      path: path, line: TextDocument.firstInvalidUTF8Line(in: bytes),
      message: "not valid UTF-8 (save it as UTF-8): skipped")
  }

  /// Whether fu may write this file: no conflict markers, a front matter that parses, and a
  /// body fu has read.
  public var refusalReason: Diagnostic? {
    if isOversized {
      return Diagnostic(
        path: path, line: 1,
        message:
          "is over fu's \(ContactFile.bodySizeLimit >> 20) MiB limit for a contact file; fu will not write it"
      )
    }
    if let conflictLine {
      return Diagnostic(
        path: path, line: conflictLine,
        message: "has merge-conflict markers; resolve the conflict first, fu will not write it")
    }
    if let misplacedFrontMatter {
      return Diagnostic(
        path: path, line: misplacedFrontMatter.line,
        message:
          "looks like front matter fu does not read (\(misplacedFrontMatter.fix)); fu will not write it"
      )
    }
    switch frontMatter {
    case .unclosed:
      return Diagnostic(
        path: path, line: 1,
        message: "front matter is never closed; add the closing `---` line, fu will not write it")
    case .invalid(_, let line, let message):
      return Diagnostic(path: path, line: line, message: "\(message); fu will not write it")
    case .none, .valid:
      return nil
    }
  }

  // MARK: - Body

  private mutating func readTasks(_ outline: MarkdownOutline) {
    for task in outline.openTasks(in: document) {
      guard let marker = TaskDueMarker(in: task.text[...]) else { continue }
      guard let due = CalendarDate(parsing: marker.date) else {
        diagnostics.append(
          Diagnostic(
            path: path, line: task.line + 1,
            message: "task due date \"\(marker.date)\" does not exist"))
        continue
      }
      var label = task.text
      label.removeSubrange(marker.range)
      contact.tasks.append(
        FollowUpTask(
          text: label.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " "),
          due: due, line: task.line + 1))
    }
  }

  /// Whether `line` contains `[ ]`, the open-task checkbox.
  private static func hasCheckbox(_ line: String) -> Bool {
    line.utf8.withContiguousStorageIfAvailable {
      ByteSearch.contains("[ ]", in: UnsafeRawBufferPointer($0))
    } ?? line.contains("[ ]")
  }

  /// Whether `line` may hold the tag `#sent` (in any case), which makes an entry an attempt.
  private static func mayTagSent(_ line: String) -> Bool {
    line.utf8.withContiguousStorageIfAvailable {
      ByteSearch.containsHash(followedBy: "sent", in: UnsafeRawBufferPointer($0))
    } ?? line.lowercased().contains("#sent")
  }

  private static func firstConflictMarker(in document: TextDocument) -> Int? {
    for (index, line) in document.lines.enumerated()
    where line.hasPrefix("<<<<<<<") || line.hasPrefix(">>>>>>>") {
      let rest = TextDocument.stripTerminator(line).dropFirst(7)
      if rest.isEmpty || rest.first == " " { return index + 1 }
    }
    return nil
  }
}
