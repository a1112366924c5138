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

  /// The placeholders in `text`, in order, found in one pass (a template is one long line
  /// as often as not): on each line, the last `{{` before a `}}` opens it.
  public static func all(in text: String) -> [Placeholder] {
    var found: [Placeholder] = []
    let bytes = text.utf8
    var open: String.Index?
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      let next = bytes.index(after: index)
      let pair = next < bytes.endIndex && bytes[next] == byte
      switch byte {
      case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        open = nil
      case UInt8(ascii: "{") where pair:
        open = index
      case UInt8(ascii: "}") where pair:
        if let start = open {
          let end = bytes.index(after: next)
          let inside = text[bytes.index(start, offsetBy: 2)..<index]
          let name = String(inside).trimmingSpaces()
          if !name.isEmpty, !name.contains(where: { $0 == "{" || $0 == "}" }) {
            found.append(
              Placeholder(
                text: String(text[start..<end]), name: FrontMatter.normalize(key: name),
                range: start..<end))
          }
          open = nil
          index = end
          continue
        }
      default:
        break
      }
      index = next
    }
    return found
  }
}
