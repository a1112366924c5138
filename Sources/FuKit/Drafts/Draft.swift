/// A message ready to send: a template filled in with one contact's facts.
public struct Draft: Sendable, Equatable {
  /// The contact's first email address, as written; `nil` when it has none.
  public let to: String?
  public let subject: String
  public let body: String
  /// The template's name.
  public let template: String
  /// The names of the placeholders left in the text as written (unknown, or with no
  /// value for this contact), each once, in the order they first appear.
  public let unfilled: [String]
  /// Why each of `unfilled` has no value, in the same order.
  public let reasons: [String]

  public init(
    to: String?, subject: String, body: String, template: String, unfilled: [String] = [],
    reasons: [String] = []
  ) {
    self.to = to
    self.subject = subject
    self.body = body
    self.template = template
    self.unfilled = unfilled
    self.reasons = reasons
  }

  /// `template` filled in with `facts`, to `to`. A placeholder with no value stays as it
  /// is written, so that the gap shows, and is named in `unfilled`. A value's line breaks
  /// become spaces in the subject (a header is one line), and the line breaks around it go.
  public init(template: DraftTemplate, facts: DraftFacts, to: String?) {
    var unfilled: [String] = []
    var reasons: [String] = []
    func fill(_ text: String, oneLine: Bool) -> String {
      var result = ""
      var rest = text.startIndex
      for placeholder in Placeholder.all(in: text) {
        result += text[rest..<placeholder.range.lowerBound]
        switch facts.value(of: placeholder.name) {
        case .filled(let value):
          let lines = value.split(whereSeparator: \.isNewline)
          result +=
            oneLine
            ? lines.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }.joined(separator: " ")
            : lines.joined(separator: "\n")
        case .unfilled(let reason):
          result += placeholder.text
          if !unfilled.contains(placeholder.name) {
            unfilled.append(placeholder.name)
            reasons.append(reason)
          }
        }
        rest = placeholder.range.upperBound
      }
      return result + text[rest...]
    }
    let subject = fill(template.subject, oneLine: true)
    let body = fill(template.body, oneLine: false)
    self.init(
      to: to, subject: subject, body: body, template: template.name, unfilled: unfilled,
      reasons: reasons)
  }

  /// The warnings to tell about the placeholders left in the text, one each:
  /// `{{company}} is left in the draft: zoe-park.md has no `company``.
  public var warnings: [String] {
    zip(unfilled, reasons).map { "{{\($0)}} is left in the draft: \($1)" }
  }

  /// `Subject: ...`, a blank line, the body.
  public var text: String {
    (subject.isEmpty ? "Subject:" : "Subject: \(subject)") + "\n\n" + body + "\n"
  }

  /// `{to, subject, body, template}`.
  public var json: JSONValue {
    .object([
      ("to", to.map(JSONValue.string) ?? .null),
      ("subject", .string(subject)),
      ("body", .string(body)),
      ("template", .string(template)),
    ])
  }
}
