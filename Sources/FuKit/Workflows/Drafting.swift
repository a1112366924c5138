extension Workspace {
  /// A template `fu draft` can use, and where it comes from.
  public struct DraftTemplateEntry: Sendable, Equatable {
    public var name: String
    /// The vault-relative path of its file; `nil` for a built-in one.
    public var path: String?
    /// Whether the vault's file takes the place of a built-in template of its name.
    public var replacesBuiltIn: Bool
  }

  /// Every template, sorted by name: the vault's files (`.fu/drafts/NAME.md`) and the
  /// built-in ones the vault has no file for.
  public func draftTemplates() -> [DraftTemplateEntry] {
    let builtIn = BuiltInDrafts.all.map(\.name)
    let own = vault.fileNames(in: DraftTemplate.folder).compactMap(DraftTemplate.name(ofFile:))
    let entries =
      own.map {
        DraftTemplateEntry(
          name: $0, path: DraftTemplate.path(of: $0), replacesBuiltIn: builtIn.contains($0))
      }
      + builtIn.filter { !own.contains($0) }.map {
        DraftTemplateEntry(name: $0, path: nil, replacesBuiltIn: false)
      }
    return entries.sorted { $0.name < $1.name }
  }

  /// The template called `name` (in any case when no template has that very name): the
  /// vault's file, else the built-in one. An unknown name is an error listing the known
  /// ones, with the nearest as a suggestion; a file that cannot be read is an error at its
  /// line.
  public func draftTemplate(named name: String) throws(FuError) -> DraftTemplate {
    let entries = draftTemplates()
    let names = entries.map(\.name)
    guard DraftTemplate.isValidName(name),
      let entry = entries.first(where: { $0.name == name })
        ?? entries.first(where: { $0.name.lowercased() == name.lowercased() })
    else {
      throw .unknownDraftTemplate(
        name: name, available: names,
        suggestion: EditDistance.closest(to: name.lowercased(), among: names))
    }
    guard let path = entry.path else {
      return BuiltInDrafts.all.first { $0.name == entry.name } ?? BuiltInDrafts.checkIn
    }
    guard let text = try vault.readText(path) else {
      throw .unreadable(Diagnostic(path: path, message: "has gone since fu listed it"))
    }
    return try DraftTemplate(name: entry.name, text: text, path: path)
  }

  /// The message `template` (by default the one the contact's state calls for:
  /// `BuiltInDrafts.defaultName`) gives for the contact of `file`, read with its log.
  /// Each placeholder left in the text is told as a warning. Nothing is written.
  public func draft(for file: ContactFile, template: String?) throws(FuError) -> Draft {
    if let problem = Self.unreadableFacts(of: file) { throw .unreadable(problem) }
    let progress = settings.practice.progress(of: file.contact)
    let chosen = try draftTemplate(named: template ?? BuiltInDrafts.defaultName(for: progress))
    let facts = DraftFacts(
      file: file, me: settings.me, progress: progress, today: today, dates: dates)
    let draft = Draft(template: chosen, facts: facts, to: Self.firstEmail(of: file))
    if chosen.body.allSatisfy(\.isWhitespace), let path = chosen.path {
      warn("\(vault.displayPath(of: path)) has no body: the draft is only a subject")
    }
    for warning in draft.warnings { warn(warning) }
    return draft
  }

  /// Why the facts of `file` cannot be trusted to fill a message: a front matter that does
  /// not parse, or merge-conflict markers; `nil` when they can.
  private static func unreadableFacts(of file: ContactFile) -> Diagnostic? {
    let fix = "fix it, then fu drafts from its facts"
    if let line = file.conflictLine {
      return Diagnostic(
        path: file.path, line: line,
        message: "has merge-conflict markers; resolve them, then fu drafts from its facts")
    }
    switch file.frontMatter {
    case .invalid(_, let line, let message):
      return Diagnostic(path: file.path, line: line, message: "\(message); \(fix)")
    case .unclosed:
      return Diagnostic(
        path: file.path, line: 1,
        message: "front matter is never closed (no `---` after it); \(fix)")
    case .none, .valid:
      return nil
    }
  }

  /// The first address of the contact's `email` (or else `emails`) key, as written.
  static func firstEmail(of file: ContactFile) -> String? {
    guard case .valid(let frontMatter) = file.frontMatter else { return nil }
    return frontMatter.writtenEmailAddresses.first
  }

  /// The problems of the vault's templates, at their lines: a file fu cannot read, a front
  /// matter that does not parse, an empty body, and unknown placeholders. A placeholder is unknown when it
  /// is none of fu's own names, nor a key fu writes (`ContactKey`, and the keys `fu add` and
  /// `fu import` set), nor a key any of `files` has: a name no contact can fill, most likely
  /// a typo.
  public func draftTemplateProblems(files: [ContactFile]) -> [Diagnostic] {
    var known = Set(Placeholder.builtInNames + ContactKey.all.map(\.spelling))
    known.formUnion(Self.keysFuWrites)
    for file in files {
      guard case .valid(let frontMatter) = file.frontMatter else { continue }
      known.formUnion(frontMatter.fields.map(\.normalizedKey))
    }
    let knownInOrder = known.sorted()  // for the guesses
    var problems: [Diagnostic] = []
    for entry in draftTemplates() {
      guard let path = entry.path else { continue }
      let template: DraftTemplate
      do {
        guard let text = try vault.readText(path) else { continue }
        template = try DraftTemplate(name: entry.name, text: text, path: path)
      } catch {
        switch error {
        case .badDraftTemplate(let problem), .unreadable(let problem): problems.append(problem)
        default: problems.append(Diagnostic(path: path, message: error.description))
        }
        continue
      }
      if template.body.allSatisfy(\.isWhitespace) {
        problems.append(
          Diagnostic(
            path: path, line: 1,
            message: "the template has no body: fu draft would print only a subject"))
      }
      for (placeholder, line) in template.placeholders where !known.contains(placeholder.name) {
        let guess = EditDistance.closest(to: placeholder.name, among: knownInOrder)
        problems.append(
          Diagnostic(
            path: path, line: line,
            message: "unknown placeholder \(placeholder.text): no contact has the key and fu "
              + "fills no such name" + (guess.map { " (did you mean {{\($0)}}?)" } ?? "")))
      }
    }
    return problems
  }

  /// The keys `fu add` and `fu import` write besides `ContactKey`'s.
  static let keysFuWrites = [
    "email", "phone", "company", "title", "birthday", "anniversary", "address", "website",
  ]
}
