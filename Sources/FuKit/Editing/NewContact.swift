import Foundation

/// A contact file that `fu add` creates: the vault's template (or the built-in one) with
/// `{{name}}` and `{{today}}` filled in and the given facts set in its front matter.
public struct NewContact: Sendable, Equatable {
  /// The person's name, as it should show.
  public var name: String
  /// `email`, when given.
  public var email: String?
  /// `phone`, when given.
  public var phone: String?
  /// `company`, when given.
  public var company: String?
  /// `tags`, written as a flow list when any are given.
  public var tags: [String] = []
  /// `cadence`, when given.
  public var cadence: Cadence?
  /// `next_follow_up`, when given.
  public var nextFollowUp: CalendarDate?
  /// Further keys, set after the ones above (what `fu import` read from an address book).
  public var fields: [Field] = []
  /// Free text for the top of the body, under the template's first heading. Lines that
  /// Markdown would read as headings, setext underlines, fences, HTML blocks or conflict
  /// markers are escaped with a backslash, so the notes can never start or hide a log
  /// section, or block a write.
  public var notes: String?

  /// A front-matter key with its value as written and as it must read back.
  public struct Field: Sendable, Equatable {
    public var key: String
    /// The YAML after `key: `.
    public var yaml: String
    /// What YAML must read `yaml` as.
    public var value: FrontMatter.Value

    public init(key: String, yaml: String, value: FrontMatter.Value) {
      self.key = key
      self.yaml = yaml
      self.value = value
    }

    /// `key` with `text`, quoted when YAML needs it.
    public static func text(_ key: String, _ text: String) -> Field {
      Field(key: key, yaml: YAMLScalar.render(text), value: .text(text))
    }

    /// `key` with a flow list of `items`.
    public static func list(_ key: String, _ items: [String]) -> Field {
      Field(key: key, yaml: YAMLScalar.flowList(items), value: .list(items))
    }
  }

  public init(name: String) {
    self.name = name
  }

  /// Where a vault keeps its own template for new contacts.
  public static let templatePath = ".fu/template.md"

  /// The template used when the vault has none, its log under `logSection`.
  public static func builtInTemplate(logSection: String = "Interactions") -> String {
    """
    ---
    name: {{name}}
    ---

    # {{name}}

    ## \(logSection)

    """
  }

  /// The file's text: `template` (shown as `templatePath` in errors) with the placeholders
  /// filled in and each given fact set on its key's line (keeping the key's spelling and
  /// comment), or added at the end of the front matter. The result is read back to check it
  /// says what was asked.
  public func render(
    template: String = NewContact.builtInTemplate(), templatePath: String = "(built-in)",
    today: CalendarDate
  ) throws(FuError) -> String {
    var document = TextDocument(text: template)
    if document.lines.first.map({ TextDocument.stripTerminator($0) != "---" }) ?? true {
      // Below the byte-order mark, which stays first.
      document = TextDocument(
        text: (document.hasByteOrderMark ? "\u{FEFF}" : "") + "---\(document.lineEnding)---"
          + document.lineEnding + document.text)
    }
    let ending = document.lineEnding
    let endsWithBreak =
      document.lines.last.map { !TextDocument.terminator(of: $0).isEmpty } ?? false
    var lines = document.lines.map { String(TextDocument.stripTerminator($0)) }
    guard
      let closing = lines.indices.dropFirst().first(where: {
        ["---", "..."].contains(lines[$0].trimmingSpaces())
      })
    else {
      throw .badTemplate(
        Diagnostic(path: templatePath, line: 1, message: "the front matter is never closed"))
    }

    // Placeholders: a front-matter value is filled in, then written as YAML needs it; the
    // text of a block scalar (`notes: |`) and the body get the text as typed.
    let original = lines
    var blockIndent: Int?  // the lines indented deeper are a block scalar's text
    var flowDepth = 0  // in how many flow collections (`[`, `{`) a line starts
    for index in lines.indices {
      let line = lines[index]
      let indentation = line.prefix { $0 == " " }.count
      if index >= closing {
        lines[index] = fill(line, today)
      } else if let open = blockIndent, line.trimmingSpaces().isEmpty || indentation > open {
        lines[index] = fill(line, today)
      } else {
        blockIndent = NewContact.opensBlockScalar(line) ? indentation : nil
        lines[index] = YAMLPlaceholders.fill(
          line, ["{{name}}": name, "{{today}}": today.description], flowDepth: &flowDepth)
      }
    }

    let filled = TextDocument(text: lines.map { $0 + ending }.joined())
    guard case .valid(let frontMatter) = FrontMatterBlock(document: filled) else {
      if case .invalid(_, let line, let message) = FrontMatterBlock(document: filled) {
        throw .badTemplate(Diagnostic(path: templatePath, line: line, message: message))
      }
      throw .badTemplate(Diagnostic(path: templatePath, message: "has no front matter"))
    }

    // Each fact replaces its key's value, or is added before the closing line.
    let fields = frontMatter.fields
    var added: [String] = []
    var continuations = IndexSet()
    for (key, value) in facts {
      guard let field = fields.first(where: { $0.normalizedKey == key }) else {
        added.append("\(key): \(value)")
        continue
      }
      // A comment keeps the gap it had before it.
      let line = KeyValueLine(lines[field.line])
      let comment = line?.comment ?? ""
      let gap =
        line.map {
          String($0.value.isEmpty && $0.quote == nil ? $0.leadingSpace : $0.trailingSpace)
        } ?? ""
      lines[field.line] =
        "\(field.key): \(value)" + (comment.isEmpty ? "" : (gap.isEmpty ? "  " : gap) + comment)
      let end = fields.map(\.line).filter { $0 > field.line }.min() ?? closing
      // The old value's own lines go (indented, or list items); comments and blanks stay,
      // but for a block scalar (`|`, `>`) a `#` line is text of the value.
      let isBlockScalar = NewContact.opensBlockScalar(original[field.line])
      for index in (field.line + 1)..<end
      where lines[index].first.map({ $0 == " " || $0 == "\t" || $0 == "-" }) ?? false {
        if !isBlockScalar, lines[index].trimmingSpaces().hasPrefix("#") { continue }
        continuations.insert(index)
      }
    }
    var result = lines.indices.filter { !continuations.contains($0) }.map { lines[$0] }
    let newClosing = closing - continuations.count(in: 0..<closing) + added.count
    result.insert(contentsOf: added, at: closing - continuations.count(in: 0..<closing))
    if let notes, !notes.trimmingSpaces().isEmpty {
      let noteLines = NewContact.markdownLines(notes)
      if let heading = result.indices.dropFirst(newClosing + 1).first(where: {
        result[$0].hasPrefix("# ")
      }) {
        let next = result.indices.contains(heading + 1) ? result[heading + 1] : ""
        result.insert(
          contentsOf: [""] + noteLines + (next.trimmingSpaces().isEmpty ? [] : [""]),
          at: heading + 1)
      } else {
        result.insert(contentsOf: noteLines + [""], at: newClosing + 1)
      }
    }
    let text =
      (document.hasByteOrderMark ? "\u{FEFF}" : "") + result.joined(separator: ending)
      + (endsWithBreak ? ending : "")
    try verify(text, templatePath: templatePath)
    try NewContact.verifyPlaceholders(
      in: original[..<closing].map { $0 + ending }.joined(), filled: text,
      values: ["{{name}}": name, "{{today}}": today.description],
      factKeys: Set(facts.map(\.0)), templatePath: templatePath)
    return text
  }

  /// `line` with `{{name}}` and `{{today}}` replaced by their text, in one pass.
  private func fill(_ line: String, _ today: CalendarDate) -> String {
    guard line.contains("{{") else { return line }
    var result = ""
    var rest = line[...]
    while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
      result += rest[..<open.lowerBound]
      switch rest[open.upperBound..<close.lowerBound] {
      case "name": result += name
      case "today": result += today.description
      default: result += rest[open.lowerBound..<close.upperBound]
      }
      rest = rest[close.upperBound...]
    }
    return result + rest
  }

  /// Whether a front-matter line opens a block scalar, its value `|` or `>` (with
  /// indicators such as `|-`): the lines indented deeper below are its text.
  static func opensBlockScalar(_ line: String) -> Bool {
    var text = Substring(line)
    if let hash = text.range(of: " #") { text = text[..<hash.lowerBound] }
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
    guard let last = words.last, let first = last.first, first == "|" || first == ">",
      last.dropFirst().allSatisfy({ $0 == "-" || $0 == "+" || $0.isNumber })
    else { return false }
    return words.count == 1 || words[words.count - 2].hasSuffix(":")
      || words[words.count - 2] == "-"
  }

  /// The facts to set, as front-matter values, in the order they are added.
  private var facts: [(String, String)] {
    var facts: [(String, String)] = [(ContactKey.name.spelling, YAMLScalar.render(name))]
    if let email { facts.append(("email", YAMLScalar.render(email))) }
    if let phone { facts.append(("phone", YAMLScalar.render(phone))) }
    if let company { facts.append(("company", YAMLScalar.render(company))) }
    if !tags.isEmpty { facts.append((ContactKey.tags.spelling, YAMLScalar.flowList(tags))) }
    if let cadence { facts.append((ContactKey.cadence.spelling, cadence.description)) }
    if let nextFollowUp {
      facts.append((ContactKey.nextFollowUp.spelling, nextFollowUp.description))
    }
    return facts + fields.map { ($0.key, $0.yaml) }
  }

  /// `notes` as body lines: each line kept, a backslash before one that would otherwise
  /// be a heading, a setext underline, a thematic break, a code fence, the start of an
  /// HTML block or a merge-conflict marker.
  static func markdownLines(_ notes: String) -> [String] {
    let lines = notes.replacingOccurrences(of: "\r\n", with: "\n")
      .split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" })
      .map(String.init)
    var trimmed = lines[...]
    while trimmed.last?.trimmingSpaces().isEmpty == true { trimmed.removeLast() }
    while trimmed.first?.trimmingSpaces().isEmpty == true { trimmed.removeFirst() }
    return trimmed.map { line in
      let indent = line.prefix { $0 == " " }
      let rest = line.dropFirst(indent.count)
      guard indent.count < 4, let first = rest.first else { return line }
      let underline = rest.trimmingSpaces().allSatisfy { $0 == first || $0 == " " }
      let hashes = rest.prefix { $0 == "#" }
      let heading =
        (1...6).contains(hashes.count)
        && (rest.dropFirst(hashes.count).first.map { $0 == " " || $0 == "\t" } ?? true)
      // A fence or an HTML block left open would swallow the rest of the file, the log's
      // heading with it.
      let risky =
        heading || (("=-_*".contains(first)) && underline)
        || ["<<<<<<<", "|||||||", ">>>>>>>", "```", "~~~", "<"].contains { rest.hasPrefix($0) }
      return risky ? String(indent) + "\\" + rest : line
    }
  }

  /// Checks that each value of the template's front matter (`template`, the lines up to
  /// its closing one) that holds a placeholder of `placeholders` reads back from `filled`
  /// as the template's own text with the values in place, but for the keys the facts set
  /// (`factKeys`): a placeholder YAML reads otherwise fails the template rather than write
  /// a wrong value.
  static func verifyPlaceholders(
    in template: String, filled: String, values placeholders: [String: String],
    factKeys: Set<String>, templatePath: String
  ) throws(FuError) {
    // Stand-ins any YAML scalar holds as they are, so the template parses as written.
    var marked = template
    var values: [String: String] = [:]
    for (number, (placeholder, value)) in placeholders.sorted(by: { $0.key < $1.key })
      .enumerated()
    {
      let standIn = "fuplaceholder\(number)x"
      marked = marked.replacingOccurrences(of: placeholder, with: standIn)
      values[standIn] = value
    }
    guard
      case .valid(let expected) = FrontMatterBlock(document: TextDocument(text: marked + "---\n")),
      case .valid(let read) = FrontMatterBlock(document: TextDocument(text: filled))
    else { return }
    func filledIn(_ text: String) -> String {
      values.reduce(text) { $0.replacingOccurrences(of: $1.key, with: $1.value) }
    }
    for field in expected.fields where !factKeys.contains(field.normalizedKey) {
      let wanted: FrontMatter.Value
      switch field.value {
      case .text(let text) where values.keys.contains(where: text.contains):
        wanted = .text(filledIn(text))
      case .list(let items)
      where items.contains(where: { values.keys.contains(where: $0.contains) }):
        wanted = .list(items.map(filledIn))
      default:
        continue
      }
      guard read.fields.first(where: { $0.key == field.key })?.value != wanted else { continue }
      throw .badTemplate(
        Diagnostic(
          path: templatePath, line: field.line + 1,
          message:
            "`\(field.key)` would not read back as written once its placeholder is filled in; write the placeholder as a whole value (`\(field.key): {{name}}`)"
        ))
    }
  }

  /// Reads `text` back and checks that each given fact says what was asked.
  private func verify(_ text: String, templatePath: String) throws(FuError) {
    let file = ContactFile(path: templatePath, document: TextDocument(text: text))
    if let problem = file.refusalReason ?? file.diagnostics.first {
      throw .badTemplate(problem)
    }
    guard case .valid(let frontMatter) = file.frontMatter else {
      throw .badTemplate(Diagnostic(path: templatePath, message: "has no front matter"))
    }
    func reads(_ key: String, as expected: String?) -> Bool {
      guard let expected else { return true }
      guard case .text(let value)? = frontMatter.field(key)?.value else { return false }
      return value == expected
    }
    let contact = file.contact
    let checks: [(String, Bool)] = [
      (ContactKey.name.spelling, contact.name == name),
      ("email", reads("email", as: email)),
      ("phone", reads("phone", as: phone)),
      ("company", reads("company", as: company)),
      (ContactKey.tags.spelling, tags.isEmpty || contact.tags == tags),
      (ContactKey.cadence.spelling, cadence == nil || contact.cadence == cadence),
      (
        ContactKey.nextFollowUp.spelling,
        nextFollowUp == nil || contact.nextFollowUp == nextFollowUp
      ),
    ]
    let fieldChecks = fields.map { field in
      (field.key, frontMatter.field(field.key)?.value == field.value)
    }
    if let failed = (checks + fieldChecks).first(where: { !$0.1 }) {
      throw .badTemplate(
        Diagnostic(
          path: templatePath,
          line: frontMatter.field(failed.0).map { $0.line + 1 },
          message: "`\(failed.0)` does not read back as given after filling in the template"))
    }
  }
}
