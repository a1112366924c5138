/// An address-book export to import: a vCard file or a Google Contacts CSV.
public enum AddressBook {
  /// The people in the file at `path` (as the user gave it), with the problems met. The
  /// format is the content's: a file whose first line is `BEGIN:VCARD` is a vCard, else
  /// one named `.vcf` or `.vcard`; anything else is read as a Google Contacts CSV.
  public static func read(_ path: String) throws(FuError) -> ([ImportedContact], [Diagnostic]) {
    let bytes = try FileSystem.read(path)
    let start = bytes.prefix(64).drop { [0xEF, 0xBB, 0xBF, 0x20, 0x0D, 0x0A].contains($0) }
    let lowered = path.lowercased()
    if String(decoding: start.prefix(11), as: UTF8.self).uppercased() == "BEGIN:VCARD"
      || lowered.hasSuffix(".vcf") || lowered.hasSuffix(".vcard")
    {
      return try VCardReader.read(bytes, path: path)
    }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw .unreadable(
        Diagnostic(path: path, message: "is not UTF-8 (export it again as UTF-8, or convert it)"))
    }
    return try GoogleContactsCSV.read(text, path: path)
  }
}
