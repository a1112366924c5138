/// Fitting values into columns of terminal text.
public enum TextLayout {
  /// `text` on one line with no control characters, nor the invisible marks that reorder
  /// text: a file's value must not move the cursor, ring the bell, colour the terminal or
  /// make what follows read backwards.
  public static func printable(_ text: String) -> String {
    if isASCII(text, where: { (0x20..<0x7F).contains($0) }) { return text }
    if !text.unicodeScalars.contains(where: isControl) { return text }
    return String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { isControl($0) ? " " : $0 }))
  }

  /// Whether every byte of `text` passes `test`, read from the string's storage in place.
  private static func isASCII(_ text: String, where test: (UInt8) -> Bool) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy(test) }
      ?? text.utf8.allSatisfy(test)
  }

  /// C0 and C1 controls (Unicode's whole `Cc` category), and the bidirectional embedding,
  /// override and isolate marks.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// How many terminal columns `text` takes: two for wide characters (CJK, emoji), none
  /// for combining marks and joiners, one for the rest.
  public static func width(_ text: String) -> Int {
    if isASCII(text, where: { $0 < 0x80 }) { return text.utf8.count }
    // Printable Latin letters and signs up to the combining marks (U+0300), the soft
    // hyphen aside, are each a character of one column: most accented names.
    var columns = 0
    for scalar in text.unicodeScalars {
      let value = scalar.value
      guard (0x20..<0x7F).contains(value) || ((0xA0..<0x300).contains(value) && value != 0xAD)
      else {
        columns = -1
        break
      }
      columns += 1
    }
    if columns >= 0 { return columns }
    var total = 0
    for character in text { total += width(of: character) }
    return total
  }

  /// `text` followed by spaces up to `width` columns.
  public static func pad(_ text: String, _ width: Int) -> String {
    let used = self.width(text)
    guard used < width else { return text }
    var padded = text
    appendSpaces(to: &padded, count: width - used)
    return padded
  }

  /// Appends `count` spaces (none when `count` is not positive) to `text`.
  static func appendSpaces(to text: inout String, count: Int) {
    if count > 0 { text += String(repeating: " ", count: count) }
  }

  /// `text` cut to at most `width` columns, the cut marked with `…`.
  public static func truncate(_ text: String, to width: Int) -> String {
    if text.utf8.count <= width { return text }  // no character takes more than a column a byte
    let room = width > 1 ? width - 1 : width
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      let kept = String(decoding: text.utf8.prefix(max(0, room)), as: UTF8.self)
      return width > 1 ? kept + "…" : kept
    }
    guard self.width(text) > width else { return text }
    var kept = ""
    var used = 0
    for character in text {
      let next = TextLayout.width(of: character)
      if used + next > room { break }
      kept.append(character)
      used += next
    }
    return width > 1 ? kept + "…" : kept
  }

  /// Appends `text` cut to `width` columns as `truncate(_:to:)` cuts it, and returns how
  /// many columns it took: in bytes, without a new string, when `text` is ASCII.
  @discardableResult
  public static func append(_ text: String, fittedTo width: Int, to out: inout [UInt8]) -> Int {
    var text = text
    let columns = text.withUTF8 { bytes -> Int? in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
      if bytes.count <= width {
        out += bytes
        return bytes.count
      }
      out += bytes[..<max(0, width > 1 ? width - 1 : width)]
      if width > 1 { out += "…".utf8 }
      return max(0, width)
    }
    if let columns { return columns }
    let cut = truncate(text, to: width)
    out += cut.utf8
    return self.width(cut)
  }

  private static func width(of character: Character) -> Int {
    if character.isASCII { return 1 }
    var visible = false
    for scalar in character.unicodeScalars {
      let value = scalar.value
      if scalar.properties.isEmojiPresentation || isWide(value) { return 2 }
      let category = scalar.properties.generalCategory
      let isZero =
        category == .nonspacingMark || category == .enclosingMark || category == .format
        || (0xFE00...0xFE0F).contains(value)
      if !isZero { visible = true }
    }
    return visible ? 1 : 0
  }

  /// East Asian wide and fullwidth blocks.
  private static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
      0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
      0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
      0x20000...0x3FFFD:
      return true
    default:
      return false
    }
  }

  /// `text` with control characters written as escapes (`\u{a}`, `\0`), for messages that
  /// quote what the user typed.
  public static func escaped(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      if isControl(scalar) {
        out += scalar.value == 0 ? "\\0" : "\\u{\(String(scalar.value, radix: 16))}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}

extension TextLayout {
  /// Column widths that fit `width`: the `natural` widths, with `gap` spaces between
  /// columns, narrowed stage by stage: each `(column, minimum)` of `stages` in turn takes
  /// its column down towards its minimum until the row fits. When every stage is spent, the
  /// row runs over rather than wraps.
  public static func fit(
    natural: [Int], stages: [(column: Int, minimum: Int)], width: Int, gap: Int = 2
  ) -> [Int] {
    var widths = natural
    var excess = widths.reduce(0, +) + gap * max(0, widths.count - 1) - width
    for (column, minimum) in stages where excess > 0 {
      let cut = min(excess, max(0, widths[column] - minimum))
      widths[column] -= cut
      excess -= cut
    }
    return widths
  }
}

extension TextLayout {
  /// `text` broken at spaces into lines of at most `width` columns, a word longer than a
  /// line cut with `…`; at most `limit` lines, the last one marked with `…` when text is
  /// left over.
  public static func wrap(_ text: String, width: Int, limit: Int = .max) -> [String] {
    let width = max(1, width)
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      let word = String(word)
      if line.isEmpty {
        line = truncate(word, to: width)
      } else if self.width(line) + 1 + self.width(word) <= width {
        line += " " + word
      } else {
        lines.append(line)
        line = truncate(word, to: width)
      }
    }
    if !line.isEmpty { lines.append(line) }
    guard lines.count > limit, limit > 0 else { return lines }
    var kept = Array(lines.prefix(limit))
    kept[limit - 1] = truncate(kept[limit - 1] + " …", to: width)
    return kept
  }
}
