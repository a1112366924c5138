/// A text file as fu sees it: an optional byte-order mark and a list of lines, each keeping
/// its own terminator, so that writing it back reproduces the original bytes exactly.
///
/// Lines end at `\n`, `\r\n` or a lone `\r`, the three line endings CommonMark and YAML
/// know, so that the line numbers cmark and libyaml report are indexes into `lines`.
public struct TextDocument: Sendable, Equatable {
  /// Whether the file starts with a UTF-8 byte-order mark.
  public var hasByteOrderMark: Bool
  /// The lines, each with its terminator (`\n`, `\r\n` or `\r`); the last may have none.
  public var lines: [String]

  /// The line ending new lines should use: the file's first one, else `\n`.
  public var lineEnding: String {
    lines.lazy.map(TextDocument.terminator).first { !$0.isEmpty } ?? "\n"
  }

  /// The terminator of `line`: `\n`, `\r\n`, `\r`, or empty.
  public static func terminator(of line: String) -> String {
    String(line[stripTerminator(line).endIndex...])
  }

  /// Splits UTF-8 bytes into lines; `nil` when the bytes are not valid UTF-8.
  public init?(bytes: some Collection<UInt8>) {
    let all = Array(bytes)
    let skip = all.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    hasByteOrderMark = skip == 3
    guard
      let lines = all.withUnsafeBufferPointer({ buffer in
        TextDocument.split(UnsafeBufferPointer(rebasing: buffer[skip...]))
      })
    else { return nil }
    self.lines = lines
  }

  /// The 1-based line of the first byte sequence that is not UTF-8, if any.
  public static func firstInvalidUTF8Line(in bytes: [UInt8]) -> Int? {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var line = 1
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let scalar):
        if scalar.count == 1 && scalar.first == UInt8(ascii: "\n") { line += 1 }
      case .emptyInput:
        return nil
      case .error:
        return line
      }
    }
  }

  /// A document from already-decoded text (a leading U+FEFF counts as a byte-order mark).
  public init(text: String) {
    hasByteOrderMark = text.unicodeScalars.first == "\u{FEFF}"
    lines = TextDocument.split(hasByteOrderMark ? String(text.unicodeScalars.dropFirst()) : text)
  }

  /// The document's bytes, exactly as they would be written.
  public var bytes: [UInt8] {
    var out: [UInt8] = hasByteOrderMark ? [0xEF, 0xBB, 0xBF] : []
    for line in lines { out.append(contentsOf: line.utf8) }
    return out
  }

  /// The document's text without the byte-order mark.
  public var text: String { lines.joined() }

  /// Whether line `index` (0-based) holds nothing but spaces and tabs.
  public func isBlank(line index: Int) -> Bool {
    content(ofLine: index).allSatisfy { $0 == " " || $0 == "\t" }
  }

  /// Line `index` (0-based) without its terminator.
  public func content(ofLine index: Int) -> Substring {
    TextDocument.stripTerminator(lines[index])
  }

  /// `line` without a trailing `\n`, `\r\n` or `\r`.
  public static func stripTerminator(_ line: String) -> Substring {
    var end = line.endIndex
    if line.utf8.last == UInt8(ascii: "\n") {
      end = line.utf8.index(before: end)
    }
    if end > line.startIndex, line.utf8[line.utf8.index(before: end)] == UInt8(ascii: "\r") {
      end = line.utf8.index(before: end)
    }
    return line[..<end]
  }

  private static func split(_ text: String) -> [String] {
    var text = text
    return text.withUTF8 { split($0) } ?? []
  }

  /// The lines of UTF-8 `bytes`, each validated on its own (a line break never falls inside
  /// a multi-byte character, so this is the same as validating the whole); `nil` when any
  /// is not UTF-8.
  private static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
    var lines: [String] = []
    var start = 0
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      index += 1
      guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else { continue }
      if byte == UInt8(ascii: "\r"), index < count, bytes[index] == UInt8(ascii: "\n") {
        index += 1
      }
      guard
        let line = String(
          validating: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
      else { return nil }
      lines.append(line)
      start = index
    }
    if start < count {
      guard
        let line = String(
          validating: UnsafeBufferPointer(rebasing: bytes[start..<count]), as: UTF8.self)
      else { return nil }
      lines.append(line)
    }
    return lines
  }
}
