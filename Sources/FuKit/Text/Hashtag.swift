/// Tags written in text as `#word`, the way Obsidian reads them: a `#` at the start or after
/// a space, then the tag's characters (letters, digits, `_`, `-`, `/`), outside code spans
/// and HTML comments. `#sent` is a tag in `Emailed #sent`, but not in `#sentence`,
/// `mail#sent`, `\#sent`, `[link](#sent)` or `` `#sent` ``.
public enum Hashtag {
  /// Whether `text` carries the tag `name` (without its `#`), compared without case.
  public static func contains(_ name: String, in text: Substring) -> Bool {
    // Most entries hold no `#` at all: no tags to list.
    guard text.utf8.contains(UInt8(ascii: "#")) else { return false }
    let wanted = name.lowercased()
    return tags(in: text).contains { $0.lowercased() == wanted }
  }

  /// The tags in `text`, in order, without their `#`.
  public static func tags(in text: Substring) -> [Substring] {
    var tags: [Substring] = []
    var index = text.startIndex
    var previous: Character?
    while index < text.endIndex {
      let rest = text[index...]
      // Code spans and HTML comments hold no tags.
      if rest.hasPrefix("`") {
        let ticks = rest.prefix { $0 == "`" }
        let after = rest[ticks.endIndex...]
        if let close = after.firstRange(of: ticks) {
          (index, previous) = (close.upperBound, "`")
          continue
        }
      } else if rest.hasPrefix("<!--"), let close = rest.firstRange(of: "-->") {
        (index, previous) = (close.upperBound, ">")
        continue
      }
      let character = text[index]
      let next = text.index(after: index)
      if character == "#", previous.map({ $0.isWhitespace }) ?? true {
        let end = text[next...].firstIndex { !isTagCharacter($0) } ?? text.endIndex
        // A tag has at least one character that is not a digit (`#1` is a number).
        if end > next, text[next..<end].contains(where: { !$0.isNumber }) {
          tags.append(text[next..<end])
        }
        previous = end > next ? text[text.index(before: end)] : character
        index = end > next ? end : next
        continue
      }
      previous = character
      index = next
    }
    return tags
  }

  /// Whether `character` can be part of a tag's name.
  public static func isTagCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "_" || character == "-"
      || character == "/"
  }
}
