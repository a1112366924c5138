/// A JSON document whose objects keep their keys in the order given, printed with two-space
/// indentation (arrays of plain values on one line).
public indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    lhs.rendered() == rhs.rendered()
  }

  /// A string, or `null` for `nil`.
  public static func optional(_ text: String?) -> JSONValue {
    text.map { .string($0) } ?? .null
  }

  /// The document as text, without a final newline.
  public func rendered(indent: String = "") -> String {
    String(decoding: renderedUTF8(indent: indent), as: UTF8.self)
  }

  /// `rendered` as UTF-8 bytes, ready to write: a large agenda's document is megabytes,
  /// not worth checking again as a `String`.
  public func renderedUTF8(indent: String = "") -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(256)
    write(to: &out, indent: indent.utf8.count)
    return out
  }

  /// Appends the document to `out`, nested `indent` spaces deep: one buffer for the whole
  /// document, as an agenda of thousands of rows must not copy its text at every level.
  private func write(to out: inout [UInt8], indent: Int) {
    switch self {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
    case .int(let value): out.append(contentsOf: String(value).utf8)
    case .string(let value): JSONValue.appendQuoted(value, to: &out)
    case .array(let items):
      if items.isEmpty { return out.append(contentsOf: "[]".utf8) }
      if items.allSatisfy(\.isScalar) {
        out.append(UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
          if index > 0 { out.append(contentsOf: ", ".utf8) }
          item.write(to: &out, indent: indent)
        }
        return out.append(UInt8(ascii: "]"))
      }
      out.append(contentsOf: "[\n".utf8)
      for (index, item) in items.enumerated() {
        if index > 0 { out.append(contentsOf: ",\n".utf8) }
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent + 2))
        item.write(to: &out, indent: indent + 2)
      }
      out.append(UInt8(ascii: "\n"))
      out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      if members.isEmpty { return out.append(contentsOf: "{}".utf8) }
      out.append(contentsOf: "{\n".utf8)
      for (index, (key, value)) in members.enumerated() {
        if index > 0 { out.append(contentsOf: ",\n".utf8) }
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent + 2))
        JSONValue.appendQuoted(key, to: &out)
        out.append(contentsOf: ": ".utf8)
        value.write(to: &out, indent: indent + 2)
      }
      out.append(UInt8(ascii: "\n"))
      out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
      out.append(UInt8(ascii: "}"))
    }
  }

  private var isScalar: Bool {
    switch self {
    case .array, .object: false
    default: true
    }
  }

  /// `text` as a JSON string. Control characters, the line and paragraph separators and
  /// the byte-order mark are escaped, which also makes it a YAML double-quoted scalar that reads back as `text`.
  static func quote(_ text: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 2)
    appendQuoted(text, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends `text` as a JSON string to `out`: bytes copied as they are, except for what
  /// must be escaped (`"`, `\`, the C0 and C1 controls, U+2028, U+2029 and U+FEFF).
  private static func appendQuoted(_ text: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    defer { out.append(UInt8(ascii: "\"")) }
    var text = text
    let isCopied = text.withUTF8 { bytes in
      // Printable ASCII without a quote or a backslash, as most text is: copied as it is.
      guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x22 && $0 != 0x5C }) else {
        return false
      }
      out.append(contentsOf: bytes)
      return true
    }
    if isCopied { return }
    for scalar in text.unicodeScalars {
      let value = scalar.value
      switch value {
      case 0x22: out.append(contentsOf: "\\\"".utf8)
      case 0x5C: out.append(contentsOf: "\\\\".utf8)
      case 0x0A: out.append(contentsOf: "\\n".utf8)
      case 0x0D: out.append(contentsOf: "\\r".utf8)
      case 0x09: out.append(contentsOf: "\\t".utf8)
      case 0x20..<0x7F: out.append(UInt8(truncatingIfNeeded: value))
      case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF:
        // Cc (controls), Zl and Zp, which YAML and JSON readers choke on, and the
        // byte-order mark, which some JSON readers drop wherever it is.
        let hex = String(value, radix: 16)
        out.append(contentsOf: "\\u".utf8)
        out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: 4 - hex.utf8.count))
        out.append(contentsOf: hex.utf8)
      default: UTF8.encode(scalar) { out.append($0) }
      }
    }
  }
}
