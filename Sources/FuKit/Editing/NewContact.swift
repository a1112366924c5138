import Foundation

/// A contact file that `fu add` creates: the vault's template (or the built-in one) with
/// `{{name}}` and `{{today}}` filled in and the given facts set in its front matter.
public struct NewContact: Sendable {
  public var name: String
  public var email: String?
  public var phone: String?
  public var company: String?
  public var tags: [String] = []
  public var cadence: Cadence?
  public var nextFollowUp: CalendarDate?

  public init(name: String) {
    self.name = name
  }

  /// Where a vault keeps its own template for new contacts.
  public static let templatePath = ".fu/template.md"

  /// The template used when the vault has none.
  public static let builtInTemplate = """
    ---
    name: {{name}}
    ---

    # {{name}}

    ## Interactions

    """

  /// The file's text: `template` (shown as `templatePath` in errors) with the placeholders
  /// filled in and each given fact set on its key's line, or added at the end of the front
  /// matter. The result is read back to check it says what was asked.
  public func render(
    template: String = NewContact.builtInTemplate, templatePath: String = "(built-in)",
    today: CalendarDate
  ) throws(FuError) -> String {
    var document = TextDocument(text: template)
    if case .none = FrontMatterBlock(document: document) {
      document = TextDocument(text: "---\n---\n" + template)
    }
    let ending = document.lineEnding
    var lines = document.lines.map { String(TextDocument.stripTerminator($0)) }
    let closing: Int
    let fields: [FrontMatter.Field]
    switch FrontMatterBlock(document: document) {
    case .valid(let frontMatter):
      closing = frontMatter.closingLine
      fields = frontMatter.fields
    case .invalid(_, let line, let message):
      throw .badTemplate(Diagnostic(path: templatePath, line: line, message: message))
    case .none, .unclosed:
      throw .badTemplate(
        Diagnostic(path: templatePath, line: 1, message: "the front matter is never closed"))
    }

    // Placeholders: in the front matter a whole value `{{name}}` is written as YAML needs
    // it, anywhere else there it is double-quoted; in the body it is written as typed.
    for index in lines.indices {
      let inFrontMatter = index <= closing
      lines[index] = NewContact.fill(lines[index]) { placeholder, isWholeValue in
        switch placeholder {
        case "today": return today.description
        case "name" where !inFrontMatter: return name
        case "name": return isWholeValue ? YAMLScalar.render(name) : YAMLScalar.quoted(name)
        default: return nil
        }
      }
    }

    // Each fact replaces its key's value (all its lines), or is added before the closing line.
    var added: [String] = []
    var continuations = IndexSet()
    for (key, value) in facts {
      guard let field = fields.first(where: { $0.normalizedKey == key }) else {
        added.append("\(key): \(value)")
        continue
      }
      let end = fields.map(\.line).filter { $0 > field.line }.min() ?? closing
      lines[field.line] = "\(field.key): \(value)"
      continuations.insert(integersIn: (field.line + 1)..<end)
    }
    var result = lines.indices.filter { !continuations.contains($0) }.map { lines[$0] }
    result.insert(contentsOf: added, at: closing - continuations.count(in: 0..<closing))
    let endsWithBreak =
      document.lines.last.map { !TextDocument.terminator(of: $0).isEmpty } ?? false
    let text = result.joined(separator: ending) + (endsWithBreak ? ending : "")
    try verify(text, templatePath: templatePath)
    return text
  }

  /// `line` with each `{{placeholder}}` replaced, in one pass, by what `value` gives for it
  /// (unknown ones are kept); `value` learns whether the placeholder is a key's whole value.
  static func fill(_ line: String, value: (String, Bool) -> String?) -> String {
    var result = ""
    var rest = line[...]
    while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
      let placeholder = String(rest[open.upperBound..<close.lowerBound])
      let before = result + rest[..<open.lowerBound]
      let isWholeValue =
        before.hasSuffix(": ") && !before.dropLast(2).contains(":")
        && rest[close.upperBound...].trimmingSpaces().isEmpty
      result += rest[..<open.lowerBound]
      result += value(placeholder, isWholeValue) ?? String(rest[open.lowerBound..<close.upperBound])
      rest = rest[close.upperBound...]
    }
    return result + rest
  }

  /// The facts to set, as front-matter values, in the order they are added.
  private var facts: [(String, String)] {
    var facts: [(String, String)] = [("name", YAMLScalar.render(name))]
    if let email { facts.append(("email", YAMLScalar.render(email))) }
    if let phone { facts.append(("phone", YAMLScalar.render(phone))) }
    if let company { facts.append(("company", YAMLScalar.render(company))) }
    if !tags.isEmpty { facts.append(("tags", YAMLScalar.flowList(tags))) }
    if let cadence { facts.append(("cadence", cadence.description)) }
    if let nextFollowUp { facts.append(("next_follow_up", nextFollowUp.description)) }
    return facts
  }

  private func verify(_ text: String, templatePath: String) throws(FuError) {
    let file = ContactFile(path: templatePath, document: TextDocument(text: text))
    if let problem = file.refusalReason ?? file.diagnostics.first {
      throw .badTemplate(problem)
    }
    guard case .valid(let frontMatter) = file.frontMatter else {
      throw .badTemplate(Diagnostic(path: templatePath, message: "has no front matter"))
    }
    func value(_ key: String) -> String? {
      guard case .text(let value)? = frontMatter.field(key)?.value else { return nil }
      return value
    }
    let contact = file.contact
    let ok =
      contact.name == name.trimmingSpaces() && value("email") == email && value("phone") == phone
      && value("company") == company && (tags.isEmpty || contact.tags == tags)
      && (cadence == nil || contact.cadence == cadence)
      && (nextFollowUp == nil || contact.nextFollowUp == nextFollowUp)
    guard ok else {
      throw .badTemplate(
        Diagnostic(
          path: templatePath,
          message: "fu could not fill it in so that it reads back as given; check its front matter"
        ))
    }
  }
}
