/// A `{{name}}` in a draft template: what it says, where it stands, and the names fu fills
/// in itself. Spaces inside the braces are allowed (`{{ first_name }}`); the name is read
/// as a front-matter key is (`{{First Name}}` is `first_name`). Braces with nothing in
/// them, or a `{{` not closed on its line, are plain text.
public struct Placeholder: Sendable, Equatable {
  /// The placeholder as written, braces included.
  public var text: String
  /// The name it asks for, as front-matter keys compare (`FrontMatter.normalize`).
  public var name: String
  /// Where it stands in the text it was found in.
  public var range: Range<String.Index>

  /// The names fu fills in from the contact, the log and the config; any other name asks
  /// for the contact's front-matter key of that name.
  public static let builtInNames = [
    "name", "first_name", "me", "last_topic", "last_contact", "waiting_since", "attempts",
  ]

  /// The placeholders in `text`, in order.
  public static func all(in text: String) -> [Placeholder] {
    var found: [Placeholder] = []
    var rest = text[...]
    while var start = rest.firstRange(of: "{{") {
      let line = rest[start.upperBound...].prefix { $0 != "\n" && $0 != "\r" }
      guard let close = line.firstRange(of: "}}") else {
        rest = rest[start.upperBound...]
        continue
      }
      // `{{{name}}}` or `{{ a {{name}}`: the last `{{` before the `}}` opens it.
      while let again = text[text.index(after: start.lowerBound)..<close.lowerBound]
        .firstRange(of: "{{")
      {
        start = again
      }
      let name = String(text[start.upperBound..<close.lowerBound]).trimmingSpaces()
      if !name.isEmpty, !name.contains(where: { $0 == "{" || $0 == "}" }) {
        found.append(
          Placeholder(
            text: String(text[start.lowerBound..<close.upperBound]),
            name: FrontMatter.normalize(key: name), range: start.lowerBound..<close.upperBound))
      }
      rest = rest[close.upperBound...]
    }
    return found
  }
}
