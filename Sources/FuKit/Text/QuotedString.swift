/// Text as a double-quoted string that JSON and YAML both read back as the same text.
enum QuotedString {
  /// `text` as a JSON string. Control characters, the line and paragraph separators and
  /// the byte-order mark are escaped, which also makes it a YAML double-quoted scalar that reads back as `text`.
  static func quoted(_ text: String) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 2)
    append(text, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends `text` as a JSON string to `out`: bytes copied as they are, except for what
  /// must be escaped (`"`, `\`, the C0 and C1 controls, U+2028, U+2029 and U+FEFF).
  static func append(_ text: String, to out: inout [UInt8]) {
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
