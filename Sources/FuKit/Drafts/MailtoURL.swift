extension Draft {
  /// The draft as one RFC 6068 `mailto:` URL, for `xdg-open` or `open`: to `to`, with the
  /// subject (when there is one) and the body percent-encoded as UTF-8, line breaks as
  /// `%0D%0A`. Only unreserved characters stay as they are (and `@` and `+` in the
  /// address), so no reader takes a `+` for a space, and `xargs` finds no quote to read.
  public var mailto: String {
    var fields: [String] = []
    if !subject.isEmpty { fields.append("subject=" + Self.percentEncoded(subject)) }
    fields.append("body=" + Self.percentEncoded(body))
    let address = to.map { Self.percentEncoded($0, keeping: "@+") } ?? ""
    return "mailto:\(address)?" + fields.joined(separator: "&")
  }

  /// `text` percent-encoded as RFC 6068 wants it: its line breaks (`\n`, `\r\n` or `\r`)
  /// as CRLF, every byte of its UTF-8 but the unreserved ones (and those of `keeping`) as
  /// `%XX`.
  static func percentEncoded(_ text: String, keeping: String = "") -> String {
    let kept = Set(keeping.utf8)
    let digits = Array("0123456789ABCDEF".utf8)
    var bytes: [UInt8] = []
    var previous: UInt8 = 0
    for byte in text.utf8 {
      defer { previous = byte }
      if byte == UInt8(ascii: "\n") {
        if previous != UInt8(ascii: "\r") { bytes += Array("%0D%0A".utf8) }
        continue
      }
      if byte == UInt8(ascii: "\r") {
        bytes += Array("%0D%0A".utf8)
        continue
      }
      let isUnreserved =
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
        || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        || "-._~".utf8.contains(byte)
      if isUnreserved || kept.contains(byte) {
        bytes.append(byte)
      } else {
        bytes += [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
