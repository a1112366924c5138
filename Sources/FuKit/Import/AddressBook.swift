/// An address-book export to import: a vCard file, or a CSV in a layout fu knows (Google
/// Contacts', Thunderbird's).
public enum AddressBook {
  /// The people in the file at `path` (as the user gave it), with the problems met; cards
  /// or rows of one name are one person, with the values of all of them. The format is the
  /// content's: a file whose first line is `BEGIN:VCARD` is a vCard, else one named `.vcf`
  /// or `.vcard`; anything else is read as a CSV (`ContactsCSV`).
  public static func read(_ path: String) throws(FuError) -> ([ImportedContact], [Diagnostic]) {
    let (people, problems) = try readEachCard(path)
    return (ImportedContact.combiningNamesakes(people), problems)
  }

  /// The people of the file at `path`, one per card or row.
  private static func readEachCard(_ path: String) throws(FuError) -> (
    [ImportedContact], [Diagnostic]
  ) {
    let raw = try FileSystem.read(path, anyKind: true)  // `fu import /dev/stdin` too
    if raw.starts(with: [0xFF, 0xFE, 0, 0]) || raw.starts(with: [0, 0, 0xFE, 0xFF]) {
      throw .unreadable(
        Diagnostic(path: path, message: "is UTF-32 text (export it again as UTF-8, or convert it)"))
    }
    let bytes = utf8(fromUTF16: raw)
    let start = bytes.prefix(64).drop { [0xEF, 0xBB, 0xBF, 0x20, 0x0D, 0x0A].contains($0) }
    let lowered = path.lowercased()
    if String(decoding: start.prefix(11), as: UTF8.self).uppercased() == "BEGIN:VCARD"
      || lowered.hasSuffix(".vcf") || lowered.hasSuffix(".vcard")
    {
      return try VCardReader.read(bytes, path: path)
    }
    if let text = String(validating: bytes, as: UTF8.self) {
      return try ContactsCSV.read(text, path: path)
    }
    // Thunderbird and Excel on Windows write CSV in the system's charset: windows-1252
    // when the bytes plainly are Western text, said with what to do if a letter is wrong.
    guard let text = Windows1252.plainText(bytes) else {
      throw .unreadable(
        Diagnostic(path: path, message: "is not UTF-8 (export it again as UTF-8, or convert it)"))
    }
    let (people, problems) = try ContactsCSV.read(text, path: path)
    let guess = Diagnostic(
      path: path,
      message:
        "is not UTF-8: read as windows-1252; if a letter is wrong, convert the file to UTF-8 with iconv and import it again"
    )
    return (people, [guess] + problems)
  }

  /// `bytes` as UTF-8 when they are UTF-16, as some Windows exports are: with a byte-order
  /// mark, or without one but starting with a character whose other byte is zero; a last
  /// odd byte becomes U+FFFD. Other bytes (UTF-32 among them) are given back as they are.
  static func utf8(fromUTF16 bytes: [UInt8]) -> [UInt8] {
    guard bytes.count >= 2 else { return bytes }
    let isLittleEndian: Bool
    var body = bytes[...]
    switch (bytes[0], bytes[1]) {
    case (0xFF, 0xFE) where bytes.starts(with: [0xFF, 0xFE, 0, 0]): return bytes  // UTF-32
    case (0xFF, 0xFE): (isLittleEndian, body) = (true, bytes.dropFirst(2))
    case (0xFE, 0xFF): (isLittleEndian, body) = (false, bytes.dropFirst(2))
    case (let first, 0) where first != 0: isLittleEndian = true
    case (0, let second) where second != 0: isLittleEndian = false
    default: return bytes
    }
    var units = stride(from: body.startIndex, to: body.endIndex - 1, by: 2).map { index in
      let (low, high) =
        isLittleEndian ? (body[index], body[index + 1]) : (body[index + 1], body[index])
      return UInt16(high) << 8 | UInt16(low)
    }
    if body.count % 2 == 1 { units.append(0xFFFD) }  // a file cut short: its last half is lost
    return Array(String(decoding: units, as: UTF16.self).utf8)
  }
}
