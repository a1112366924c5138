/// A fast reader for the front matter most files have: top-level `key: value` lines whose
/// values are plain or simply quoted scalars, flow lists of such scalars (`[a, b]`) or
/// block lists (`- a`), with comments and blank lines.
///
/// It answers only when it understands every line completely and is sure YAML reads them
/// the same way; anything else (anchors, block scalars, nested maps, escapes, tabs,
/// continuation lines, repeated keys, unusual characters) returns `nil`, and the caller
/// asks Yams. A test checks that both agree wherever the scanner answers.
enum FrontMatterScanner {
  /// The fields of the YAML `lines` (each with its terminator), the first being document
  /// line `firstLine`; `nil` when the block needs a real YAML parser.
  static func fields(_ lines: ArraySlice<String>, firstLine: Int) -> [FrontMatter.Field]? {
    var fields: [FrontMatter.Field] = []
    /// The block list being read under the last key, with its items' indentation.
    var list: (items: [String], indent: Int)?
    /// Whether the last key had no value, so that list items may follow.
    var awaitingList = false

    func closeList() {
      if let items = list?.items { fields[fields.count - 1].value = .list(items) }
      list = nil
    }

    for (offset, line) in lines.enumerated() {
      let content = TextDocument.stripTerminator(line)
      guard isPlainText(content) else { return nil }
      let indent = content.utf8.prefix { $0 == UInt8(ascii: " ") }.count
      let rest = content.utf8.dropFirst(indent)
      if rest.isEmpty || rest.first == UInt8(ascii: "#") { continue }  // blank or comment
      if rest.first == UInt8(ascii: "-") {
        // A block list item, under a key that had no value.
        guard awaitingList || list != nil, list == nil || list?.indent == indent else { return nil }
        let afterDash = rest.dropFirst()
        guard afterDash.first == UInt8(ascii: " ") else { return nil }
        guard let item = scalar(Substring(afterDash).drop { $0 == " " }, inFlow: false),
          !item.isEmpty
        else {
          return nil
        }
        if list == nil { list = ([], indent) }
        list?.items.append(item.text)
        awaitingList = false
        continue
      }
      guard indent == 0 else { return nil }  // a nested map or a continuation line
      closeList()
      guard let colon = rest.firstIndex(of: UInt8(ascii: ":")) else { return nil }
      let key = Substring(rest[..<colon])
      // A repeated key is YAML's error to report. A front matter has a dozen keys: a look
      // through them costs less than hashing each one into a set.
      guard isSimpleKey(key), !fields.contains(where: { $0.key == key }) else { return nil }
      let afterColon = rest[rest.index(after: colon)...]
      guard afterColon.isEmpty || afterColon.first == UInt8(ascii: " ") else { return nil }
      let value: FrontMatter.Value
      awaitingList = false
      let valueText = Substring(afterColon).drop { $0 == " " }
      if valueText.isEmpty || valueText.first == "#" {
        value = .empty
        awaitingList = true
      } else if valueText.first == "[" {
        guard let items = flowList(valueText) else { return nil }
        value = .list(items)
      } else {
        guard let scalar = scalar(valueText, inFlow: false) else { return nil }
        value =
          scalar.isPlain && FrontMatter.nullSpellings.contains(scalar.text)
          ? .empty : .text(scalar.text)
      }
      fields.append(
        FrontMatter.Field(
          key: String(key), normalizedKey: FrontMatter.normalize(key: String(key)),
          line: firstLine + offset, value: value))
    }
    closeList()
    return fields
  }

  /// A scalar as written and whether it was plain (unquoted).
  private struct Scalar {
    var text: String
    var isPlain: Bool
    var isEmpty: Bool { isPlain && text.isEmpty }
  }

  /// Printable text YAML reads as it is: no control characters, and none of the
  /// characters YAML 1.1 takes as line breaks or a byte-order mark.
  private static func isPlainText(_ content: Substring) -> Bool {
    var isASCII = true
    for byte in content.utf8 {
      if byte < 0x20 || byte == 0x7F { return false }
      if byte >= 0x80 { isASCII = false }
    }
    if isASCII { return true }
    return content.unicodeScalars.allSatisfy { scalar in
      switch scalar.value {
      case 0x80...0xA0, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF: false
      default: true
      }
    }
  }

  /// Letters, digits, `_`, `-` and inner spaces, starting with a letter, digit or `_`.
  private static func isSimpleKey(_ key: Substring) -> Bool {
    guard let first = key.utf8.first, let last = key.utf8.last, last != UInt8(ascii: " "),
      isKeyByte(first) && first != UInt8(ascii: "-")
    else { return false }
    return key.utf8.allSatisfy { isKeyByte($0) || $0 == UInt8(ascii: " ") }
  }

  private static func isKeyByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
      true
    default: false
    }
  }

  /// `[a, b, "c d"]` and a trailing comment; `nil` for anything more.
  private static func flowList(_ text: Substring) -> [String]? {
    guard let close = text.firstIndex(of: "]") else { return nil }
    let after = text[text.index(after: close)...]
    let comment = after.drop { $0 == " " }
    guard comment.isEmpty || (comment.first == "#" && comment.count < after.count) else {
      return nil
    }
    let body = text[text.index(after: text.startIndex)..<close]
    if body.allSatisfy({ $0 == " " }) { return [] }
    var items: [String] = []
    for part in body.split(separator: ",", omittingEmptySubsequences: false) {
      guard let item = scalar(part.drop { $0 == " " }, inFlow: true), !item.isEmpty else {
        return nil
      }
      items.append(item.text)
    }
    return items
  }

  /// A plain, single-quoted or double-quoted scalar on one line, with an optional trailing
  /// comment; `nil` when it is anything else or YAML would read it differently. Worked on
  /// bytes: this runs for every value of every file.
  private static func scalar(_ text: Substring, inFlow: Bool) -> Scalar? {
    let bytes = text.utf8
    guard let first = bytes.first else { return Scalar(text: "", isPlain: true) }
    switch first {
    case UInt8(ascii: "\""), UInt8(ascii: "'"):
      var inner: [UInt8] = []
      var index = bytes.index(after: bytes.startIndex)
      while true {
        guard index < bytes.endIndex else { return nil }  // runs onto the next line
        let byte = bytes[index]
        if byte == UInt8(ascii: "\\") && first == UInt8(ascii: "\"") { return nil }  // escapes
        index = bytes.index(after: index)
        guard byte == first else {
          inner.append(byte)
          continue
        }
        if first == UInt8(ascii: "'"), index < bytes.endIndex, bytes[index] == first {
          inner.append(byte)  // '' is a quote
          index = bytes.index(after: index)
          continue
        }
        let rest = bytes[index...]
        let trimmed = rest.drop { $0 == UInt8(ascii: " ") }
        let isComment = !inFlow && trimmed.first == UInt8(ascii: "#") && trimmed.count < rest.count
        guard trimmed.isEmpty || isComment else { return nil }
        return Scalar(text: String(decoding: inner, as: UTF8.self), isPlain: false)
      }
    case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","),
      UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
      UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
      UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "%"), UInt8(ascii: "@"),
      UInt8(ascii: "`"):
      return nil  // indicators: flow collections, anchors, tags, block scalars...
    default:
      // The value ends at ` #`; a `: ` or a final `:` would start a mapping.
      var end = bytes.endIndex
      var previous: UInt8 = 0
      var index = bytes.startIndex
      while index < bytes.endIndex {
        let byte = bytes[index]
        if byte == UInt8(ascii: "#") && previous == UInt8(ascii: " ") {
          end = index
          break
        }
        if byte == UInt8(ascii: " ") && previous == UInt8(ascii: ":") { return nil }
        if inFlow, flowIndicators.contains(byte) { return nil }
        previous = byte
        index = bytes.index(after: index)
      }
      var value = bytes[..<end]
      while value.last == UInt8(ascii: " ") { value = value.dropLast() }
      if value.last == UInt8(ascii: ":") { return nil }
      return Scalar(text: String(Substring(value)), isPlain: true)
    }
  }

  /// What may not appear in a plain scalar inside `[...]` as fu reads it.
  private static let flowIndicators: Set<UInt8> = Set("[]{}#\"':".utf8)
}
