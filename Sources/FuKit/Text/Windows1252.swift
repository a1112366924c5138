/// Windows-1252 (Latin-1 with letters and quotes in 0x80-0x9F): what Outlook and older
/// phones write when a vCard names no `CHARSET` and its bytes are not UTF-8.
enum Windows1252 {
  /// What windows-1252 puts at 0x80-0x9F; `nil` where it has nothing (0x81, 0x8D, 0x8F,
  /// 0x90, 0x9D).
  private static let high: [Unicode.Scalar?] = [
    "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
    "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
    nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
    "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
  ]

  /// `bytes` as windows-1252 text when that reading is plainly Western European text:
  /// every byte a printable character (or a tab or line break), and never three non-ASCII
  /// bytes in a row, which is how words of other 8-bit charsets (Cyrillic, Greek, Hebrew)
  /// look while accented Latin letters sit among ASCII ones. `nil` otherwise.
  static func plainText(_ bytes: [UInt8]) -> String? {
    var text = String.UnicodeScalarView()
    var run = 0
    for byte in bytes {
      run = byte < 0x80 ? 0 : run + 1
      guard run < 3 else { return nil }
      switch byte {
      case 0x09, 0x0A, 0x0D, 0x20..<0x7F, 0xA0...0xFF: text.append(Unicode.Scalar(byte))
      case 0x80...0x9F:
        guard let scalar = high[Int(byte - 0x80)] else { return nil }
        text.append(scalar)
      default: return nil
      }
    }
    return String(text)
  }
}
