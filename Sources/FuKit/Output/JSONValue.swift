/// A JSON document whose objects keep their keys in the order given, printed with two-space
/// indentation (arrays of plain values on one line).
public indirect enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  /// A number with a fraction, finite (`1.67`, `2.0`).
  case number(Double)
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
    case .number(let value): out.append(contentsOf: (value.isFinite ? "\(value)" : "null").utf8)
    case .string(let value): QuotedString.append(value, to: &out)
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
        QuotedString.append(key, to: &out)
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
}
