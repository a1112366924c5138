/// A message template of `fu draft`: a subject and a body holding `{{placeholders}}`. The
/// vault's own are Markdown files in `.fu/drafts/NAME.md`, an optional front matter with
/// `subject:` then the body; fu has five built in (`BuiltInDrafts`).
public struct DraftTemplate: Sendable, Equatable {
  /// What the template is called: its file's name without `.md`.
  public var name: String
  /// The subject line, placeholders unfilled; empty when the template gives none.
  public var subject: String
  /// The body, placeholders unfilled: its lines joined by `\n`, without the blank lines
  /// before and after it.
  public var body: String
  /// The vault-relative path of its file; `nil` for a built-in one.
  public var path: String?
  /// The 1-based lines of the subject and of the body's first line in the file.
  var subjectLine = 1
  var bodyLine = 1

  /// Where a vault keeps its templates.
  public static let folder = ".fu/drafts"

  /// The vault-relative path of the template file called `name`.
  public static func path(of name: String) -> String { "\(folder)/\(name).md" }

  /// The template's name for a file of `folder` called `fileName` (`nudge.md`); `nil` for
  /// a file that is no template (another extension, or hidden).
  public static func name(ofFile fileName: String) -> String? {
    guard fileName.hasSuffix(".md"), !fileName.hasPrefix("."), fileName.count > 3 else {
      return nil
    }
    return String(fileName.dropLast(3))
  }

  /// Whether `name` can name a template file: no folder, no hidden file, no line break.
  public static func isValidName(_ name: String) -> Bool {
    !name.isEmpty && !name.hasPrefix(".") && !name.contains("/")
      && !name.contains(where: \.isNewline)
  }

  public init(name: String, subject: String, body: String, path: String? = nil) {
    self.name = name
    self.subject = subject
    self.body = body
    self.path = path
  }

  /// The template in `text`, the file at vault-relative `path`. A front matter that is
  /// never closed or does not parse, or a `subject` that is not one line of text, is an
  /// error at its line.
  public init(name: String, text: String, path: String) throws(FuError) {
    let document = TextDocument(text: text)
    func problem(_ line: Int, _ message: String) -> FuError {
      .badDraftTemplate(Diagnostic(path: path, line: line, message: message))
    }
    var subject = ""
    var subjectLine = 1
    let frontMatter = FrontMatterBlock(document: document)
    switch frontMatter {
    case .none:
      break
    case .unclosed:
      throw problem(1, "the front matter is never closed (no `---` line after this one)")
    case .invalid(_, let line, let message):
      throw problem(line, message)
    case .valid(let frontMatter):
      switch frontMatter.field("subject")?.value {
      case nil, .empty?: break
      case .text(let text)? where !text.contains(where: \.isNewline):
        subject = text.trimmingSpaces()
        subjectLine = (frontMatter.field("subject")?.line ?? 0) + 1
      case .text?, .list?, .structured?:
        let line = (frontMatter.field("subject")?.line ?? 0) + 1
        throw problem(
          line,
          "`subject` should be one line of text (quote one that starts with a placeholder: "
            + "`subject: \"{{first_name}}, hello\"`)")
      }
    }
    let all = document.lines.map { String(TextDocument.stripTerminator($0)) }
    var body = all.indices.dropFirst(frontMatter.bodyStart)
    while let first = body.first, all[first].trimmingSpaces().isEmpty { body.removeFirst() }
    while let last = body.last, all[last].trimmingSpaces().isEmpty { body.removeLast() }
    self.init(
      name: name, subject: subject, body: body.map { all[$0] }.joined(separator: "\n"),
      path: path)
    self.subjectLine = subjectLine
    self.bodyLine = (body.first ?? all.count) + 1
  }

  /// The placeholders of the subject and the body, each with its 1-based line in the file:
  /// what `fu check` looks at.
  public var placeholders: [(placeholder: Placeholder, line: Int)] {
    let inSubject = Placeholder.all(in: subject).map { ($0, subjectLine) }
    let inBody = body.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
      .flatMap { index, line in Placeholder.all(in: String(line)).map { ($0, bodyLine + index) } }
    return inSubject + inBody
  }
}
