/// A fast reader for the front matter most files have: top-level `key: value` lines whose
/// values are plain or simply quoted scalars, flow lists of such scalars (`[a, b]`) or
/// block lists (`- a`), with comments and blank lines.
///
/// It answers only when it understands every line completely and is sure YAML reads them
/// the same way; anything else (anchors, block scalars, nested maps, escapes, tabs,
/// continuation lines, repeated keys, unusual characters) returns `nil`, and the caller
/// asks Yams. A test checks that both agree wherever the scanner answers.
enum FrontMatterScanner {
  /// The fields of the YAML text `yaml`, whose first line is document line `firstLine`;
  /// `nil` when the block needs a real YAML parser.
  static func fields(_ yaml: String, firstLine: Int) -> [FrontMatter.Field]? {
    var yaml = yaml
    return yaml.withUTF8 { fields($0, firstLine: firstLine) }
  }

  /// The fields of the YAML in `yaml`, valid UTF-8 whose first line is document line
  /// `firstLine`; `nil` when the block needs a real YAML parser. Lines end as in
  /// `TextDocument`: at `\n`, `\r\n` or a lone `\r`. Worked on bytes: this runs for every
  /// file of a vault read without its index.
  static func fields(_ yaml: UnsafeBufferPointer<UInt8>, firstLine: Int) -> [FrontMatter.Field]? {
    var fields: [FrontMatter.Field] = []
    /// The block list being read under the last key, with its items' indentation.
    var list: (items: [String], indent: Int)?
    /// Whether the last key had no value, so that list items may follow.
    var awaitingList = false

    func closeList() {
      if let items = list?.items { fields[fields.count - 1].value = .list(items) }
      list = nil
    }

    var line = firstLine
    var start = 0
    while start < yaml.count {
      // The line's content, without its terminator.
      var end = start
      while end < yaml.count, yaml[end] != UInt8(ascii: "\n"), yaml[end] != UInt8(ascii: "\r") {
        end += 1
      }
      let content = yaml[start..<end]
      let lineNumber = line
      if end < yaml.count {
        end +=
          yaml[end] == UInt8(ascii: "\r") && end + 1 < yaml.count
            && yaml[end + 1] == UInt8(ascii: "\n") ? 2 : 1
      }
      start = end
      line += 1

      guard isPlainText(content) else { return nil }
      let rest = content.drop { $0 == UInt8(ascii: " ") }
      let indent = rest.startIndex - content.startIndex
      if rest.isEmpty || rest.first == UInt8(ascii: "#") { continue }  // blank or comment
      if rest.first == UInt8(ascii: "-") {
        // A block list item, under a key that had no value.
        guard awaitingList || list != nil, list == nil || list?.indent == indent else { return nil }
        let afterDash = rest.dropFirst()
        guard afterDash.first == UInt8(ascii: " ") else { return nil }
        guard let item = scalar(afterDash.drop { $0 == UInt8(ascii: " ") }, inFlow: false),
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
      let keyBytes = rest[..<colon]
      // A repeated key is YAML's error to report. A front matter has a dozen keys: a look
      // through them costs less than hashing each one into a set.
      guard isSimpleKey(keyBytes), !fields.contains(where: { $0.key.utf8.elementsEqual(keyBytes) })
      else { return nil }
      let afterColon = rest[(colon + 1)...]
      guard afterColon.isEmpty || afterColon.first == UInt8(ascii: " ") else { return nil }
      let value: FrontMatter.Value
      awaitingList = false
      let valueText = afterColon.drop { $0 == UInt8(ascii: " ") }
      if valueText.isEmpty || valueText.first == UInt8(ascii: "#") {
        value = .empty
        awaitingList = true
      } else if valueText.first == UInt8(ascii: "[") {
        guard let items = flowList(valueText) else { return nil }
        value = .list(items)
      } else {
        guard let scalar = scalar(valueText, inFlow: false) else { return nil }
        value =
          scalar.isPlain && FrontMatter.isNullSpelling(scalar.text) ? .empty : .text(scalar.text)
      }
      let key = String(decoding: keyBytes, as: UTF8.self)
      fields.append(
        FrontMatter.Field(
          key: key, normalizedKey: FrontMatter.normalize(key: key), line: lineNumber,
          value: value))
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

  /// Part of the YAML's bytes.
  private typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

  /// Printable text YAML reads as it is: no control characters, and none of the
  /// characters YAML 1.1 takes as line breaks or a byte-order mark (U+0080 to U+00A0,
  /// U+2028, U+2029, U+FEFF, U+FFFE, U+FFFF), found by their UTF-8 bytes.
  private static func isPlainText(_ content: Bytes) -> Bool {
    var index = content.startIndex
    while index < content.endIndex {
      let byte = content[index]
      index += 1
      if byte < 0x20 || byte == 0x7F { return false }
      guard byte >= 0xC2, index < content.endIndex else { continue }
      let next = content[index]
      switch byte {
      case 0xC2 where next <= 0xA0: return false
      case 0xE2 where next == 0x80 && index + 1 < content.endIndex:
        if content[index + 1] == 0xA8 || content[index + 1] == 0xA9 { return false }
      case 0xEF where (next == 0xBB || next == 0xBF) && index + 1 < content.endIndex:
        let last = content[index + 1]
        if next == 0xBB ? last == 0xBF : last >= 0xBE { return false }
      default: break
      }
    }
    return true
  }

  /// Letters, digits, `_`, `-` and inner spaces, starting with a letter, digit or `_`, and
  /// well within the 1,024 characters libyaml allows a key written without `?`.
  private static func isSimpleKey(_ key: Bytes) -> Bool {
    guard let first = key.first, let last = key.last, last != UInt8(ascii: " "),
      isKeyByte(first) && first != UInt8(ascii: "-"), key.count <= 1000
    else { return false }
    return key.allSatisfy { isKeyByte($0) || $0 == UInt8(ascii: " ") }
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
  private static func flowList(_ text: Bytes) -> [String]? {
    guard let close = text.firstIndex(of: UInt8(ascii: "]")) else { return nil }
    let after = text[(close + 1)...]
    let comment = after.drop { $0 == UInt8(ascii: " ") }
    guard comment.isEmpty || (comment.first == UInt8(ascii: "#") && comment.count < after.count)
    else {
      return nil
    }
    let body = text[(text.startIndex + 1)..<close]
    if body.allSatisfy({ $0 == UInt8(ascii: " ") }) { return [] }
    var items: [String] = []
    for part in body.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) {
      guard let item = scalar(part.drop { $0 == UInt8(ascii: " ") }, inFlow: true), !item.isEmpty
      else {
        return nil
      }
      items.append(item.text)
    }
    return items
  }

  /// A plain, single-quoted or double-quoted scalar on one line, with an optional trailing
  /// comment; `nil` when it is anything else or YAML would read it differently.
  private static func scalar(_ bytes: Bytes, inFlow: Bool) -> Scalar? {
    guard let first = bytes.first else { return Scalar(text: "", isPlain: true) }
    switch first {
    case UInt8(ascii: "\""), UInt8(ascii: "'"):
      var inner: [UInt8] = []
      var index = bytes.startIndex + 1
      while true {
        guard index < bytes.endIndex else { return nil }  // runs onto the next line
        let byte = bytes[index]
        if byte == UInt8(ascii: "\\") && first == UInt8(ascii: "\"") { return nil }  // escapes
        index += 1
        guard byte == first else {
          inner.append(byte)
          continue
        }
        if first == UInt8(ascii: "'"), index < bytes.endIndex, bytes[index] == first {
          inner.append(byte)  // '' is a quote
          index += 1
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
        // Checked first: in `[a #]` the comment would swallow the `]`, which YAML refuses.
        if inFlow, isFlowIndicator(byte) { return nil }
        if byte == UInt8(ascii: "#") && previous == UInt8(ascii: " ") {
          end = index
          break
        }
        if byte == UInt8(ascii: " ") && previous == UInt8(ascii: ":") { return nil }
        previous = byte
        index += 1
      }
      while end > bytes.startIndex, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
      if end > bytes.startIndex, bytes[end - 1] == UInt8(ascii: ":") { return nil }
      return Scalar(text: String(decoding: bytes[..<end], as: UTF8.self), isPlain: true)
    }
  }

  /// What may not appear in a plain scalar inside `[...]` as fu reads it.
  private static func isFlowIndicator(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
      UInt8(ascii: "#"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ":"):
      true
    default: false
    }
  }
}
