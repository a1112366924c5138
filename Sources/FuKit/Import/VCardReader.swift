import Foundation
import Glibc

/// Reads vCard files (2.1, 3.0 and 4.0: what Apple Contacts, Google Contacts and Monica
/// export) into the people they describe. Folded lines are unfolded before anything else,
/// on bytes, since a fold may split a UTF-8 character; `ENCODING=QUOTED-PRINTABLE` values
/// (soft line breaks included) are decoded in their `CHARSET`; backslash escapes are undone.
/// A value that cannot be read costs only that value, never the card or the file.
public enum VCardReader {
  /// The people in `bytes`, read from the file shown as `path`, with a problem per card
  /// that could not become a contact (no name at all), per line that is no property and per
  /// value whose bytes are not text (skipped) or were read as windows-1252 (no `CHARSET`).
  /// Throws for a card the file ends inside: a file cut off, to export again.
  public static func read(_ bytes: [UInt8], path: String) throws(FuError) -> (
    [ImportedContact], [Diagnostic]
  ) {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    let lines = logicalLines(bytes.starts(with: bom) ? Array(bytes.dropFirst(3)) : bytes)
    var people: [ImportedContact] = []
    var problems: [Diagnostic] = []
    var card: [Property] = []
    var cardLine = 0
    var depth = 0
    for (number, raw) in lines {
      if raw.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }) { continue }
      let property: Property
      switch Property.parse(raw) {
      case .property(let parsed):
        property = parsed
      case .notAProperty:
        // Text between cards is nobody's; a stray line in a card costs only that line.
        if depth > 0 {
          problems.append(
            Diagnostic(
              path: path, line: number, message: "not a vCard line (`NAME:value`); skipped"))
        }
        continue
      case .undecodable(let name, let problem):
        // One value lost, said with its line when fu imports it; the card keeps the rest.
        if depth > 0 && importedNames.contains(name) {
          problems.append(Diagnostic(path: path, line: number, message: problem))
        }
        continue
      }
      if let guess = property.guessedCharsetWarning, depth > 0,
        importedNames.contains(property.name)
      {
        problems.append(Diagnostic(path: path, line: number, message: guess))
      }
      switch (property.name, property.rawValue.trimmingSpaces().uppercased()) {
      case ("BEGIN", "VCARD"):
        depth += 1
        if depth == 1 {
          card = []
          cardLine = number
        }
      case ("END", "VCARD"):
        guard depth > 0 else { continue }
        depth -= 1
        if depth == 0 {
          if let person = person(from: card, line: cardLine) {
            people.append(person)
          } else {
            problems.append(
              Diagnostic(path: path, line: cardLine, message: "a card with no name; skipped"))
          }
        }
      default:
        // A card nested in another (vCard 2.1's AGENT) is not a contact of its own.
        if depth == 1 { card.append(property) }
      }
    }
    if depth > 0 {
      throw .unreadable(
        Diagnostic(
          path: path, line: cardLine,
          message:
            "the card starting here is cut off: the file ends before its `END:VCARD` (export the address book again)"
        ))
    }
    return (people, problems)
  }

  /// The properties fu imports: a value of another that cannot be read goes unsaid.
  static let importedNames: Set<String> = [
    "FN", "N", "NICKNAME", "EMAIL", "TEL", "ORG", "TITLE", "ADR", "URL", "CATEGORIES", "NOTE",
    "BDAY", "ANNIVERSARY", "X-ABDATE", "X-ABLABEL",
  ]

  /// The file's content lines with the number of the line each starts on: a line starting
  /// with a space or tab continues the one before (its first byte dropped), and a
  /// quoted-printable value ending in `=` continues on the next line.
  static func logicalLines(_ bytes: [UInt8]) -> [(Int, [UInt8])] {
    // Lines end in CRLF or LF, or CR CR LF (iOS and Thunderbird on Windows); a file with
    // no LF at all (old Macs) ends them in CR.
    let end = bytes.contains(UInt8(ascii: "\n")) ? UInt8(ascii: "\n") : UInt8(ascii: "\r")
    var physical = bytes.split(separator: end, omittingEmptySubsequences: false).map { line in
      var line = line
      while line.last == UInt8(ascii: "\r") { line = line.dropLast() }
      return Array(line)
    }
    if physical.last?.isEmpty == true { physical.removeLast() }
    var result: [(Int, [UInt8])] = []
    var softBreak = false
    for (index, line) in physical.enumerated() {
      if softBreak, !result.isEmpty, !isEndOfCard(line) {
        // After `=` at a line's end the next line is the value's, spaces and all.
        result[result.count - 1].1 += line
      } else if let first = line.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t"),
        !result.isEmpty
      {
        result[result.count - 1].1 += line.dropFirst()
      } else {
        result.append((index + 1, line))
      }
      let current = result[result.count - 1].1
      softBreak = current.last == UInt8(ascii: "=") && isQuotedPrintable(current)
      if softBreak { result[result.count - 1].1.removeLast() }
    }
    return result
  }

  /// Whether `line` is `END:VCARD`: never the rest of a value, even after the `=` of a
  /// soft line break, which some exporters leave at the end of a card's last value.
  private static func isEndOfCard(_ line: [UInt8]) -> Bool {
    String(decoding: line, as: UTF8.self).trimmingSpaces().uppercased() == "END:VCARD"
  }

  /// Whether a content line's parameters say its value is quoted-printable.
  private static func isQuotedPrintable(_ line: [UInt8]) -> Bool {
    guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return false }
    let head = String(decoding: line[..<colon], as: UTF8.self).uppercased()
    return head.contains("QUOTED-PRINTABLE")
  }

  /// The person a card describes, named by its `FN`, else its `N`, nickname, organisation,
  /// email or phone number; `nil` when it has none of them.
  static func person(from card: [Property], line: Int) -> ImportedContact? {
    func values(_ name: String) -> [Property] { card.filter { $0.name == name } }
    func text(_ name: String) -> String? {
      values(name).lazy.map { $0.text.trimmingSpaces() }.first { !$0.isEmpty }
    }
    // Parts of nothing but spaces (`N: ;;;`) are no name: trimmed, they are left out.
    let structuredName = values("N").first.map { $0.components.map { $0.trimmingSpaces() } }
    let organisation = values("ORG").first.map { $0.components.map { $0.trimmingSpaces() } }
    let emails = preferredFirst(values("EMAIL")).map { $0.text.trimmingSpaces() }
      .filter { !$0.isEmpty }
    let phones = preferredFirst(values("TEL")).map { property in
      var number = property.text.trimmingSpaces()
      if number.lowercased().hasPrefix("tel:") { number = String(number.dropFirst(4)) }
      return number
    }.filter { !$0.isEmpty }
    let name =
      text("FN")
      ?? structuredName.flatMap { parts in
        // Family; given; additional; prefixes; suffixes.
        let order = [3, 1, 2, 0, 4].filter { $0 < parts.count }.map { parts[$0] }
        let joined = order.filter { !$0.isEmpty }.joined(separator: " ")
        return joined.isEmpty ? nil : joined
      }
      ?? values("NICKNAME").lazy.flatMap(\.list).first
      ?? organisation?.first.flatMap { $0.isEmpty ? nil : $0 }
      ?? emails.first ?? phones.first
    guard let name else { return nil }

    var person = ImportedContact(name: name, line: line)
    person.aliases = values("NICKNAME").flatMap { $0.list }
    person.emails = emails
    person.phones = phones
    person.company = organisation?.first.flatMap { $0.isEmpty ? nil : $0 }
    person.title = text("TITLE")
    person.addresses = values("ADR").map { address in
      // PO box; extended; street; locality; region; postal code; country.
      address.components.map { $0.replacingOccurrences(of: "\n", with: ", ").trimmingSpaces() }
        .filter { !$0.isEmpty }.joined(separator: ", ")
    }.filter { !$0.isEmpty }
    person.websites = values("URL").map { $0.text.trimmingSpaces() }.filter { !$0.isEmpty }
    person.tags = values("CATEGORIES").flatMap { $0.list }
    var notes = values("NOTE").map { $0.text }.filter { !$0.trimmingSpaces().isEmpty }

    if let birthday = values("BDAY").first {
      let omitYear = birthday.parameters["X-APPLE-OMIT-YEAR"] != nil
      if let day = ImportedDay(parsing: birthday.text, omitYear: omitYear) {
        person.birthday = day
      } else if !birthday.text.trimmingSpaces().isEmpty {
        notes.append("Birthday: \(birthday.text.trimmingSpaces())")
      }
    }
    // vCard 4.0 has ANNIVERSARY; Apple writes a labelled X-ABDATE.
    let anniversaryLabels = Set(
      values("X-ABLABEL").filter { $0.text.lowercased().contains("anniversary") }.compactMap(
        \.group))
    let anniversary =
      values("ANNIVERSARY").first
      ?? values("X-ABDATE").first { $0.group.map(anniversaryLabels.contains) ?? false }
    if let anniversary {
      if let day = ImportedDay(parsing: anniversary.text, omitYear: false) {
        person.anniversary = day
      } else if !anniversary.text.trimmingSpaces().isEmpty {
        notes.append("Anniversary: \(anniversary.text.trimmingSpaces())")
      }
    }
    person.notes = notes.isEmpty ? nil : notes.joined(separator: "\n\n")
    return person
  }

  /// `properties` with the preferred one (`TYPE=pref`, `PREF=1`) first, the rest in order.
  private static func preferredFirst(_ properties: [Property]) -> [Property] {
    let preferred = properties.firstIndex { property in
      property.parameters["PREF"] != nil
        || (property.parameters["TYPE"] ?? []).contains { $0.lowercased() == "pref" }
    }
    guard let preferred else { return properties }
    var ordered = properties
    ordered.insert(ordered.remove(at: preferred), at: 0)
    return ordered
  }

  /// One content line: `[group.]NAME;PARAM=value,value:value`.
  struct Property {
    /// The property's name, upper-cased, without its group.
    var name: String
    /// The group before the name (Apple's `item1.`), lower-cased.
    var group: String?
    /// Parameters by upper-cased name; vCard 2.1's bare `WORK` counts as `TYPE=WORK`.
    var parameters: [String: [String]]
    /// The value as written, quoted-printable already decoded.
    var rawValue: String
    /// The warning for a value that named no `CHARSET`, was not UTF-8, and was read as
    /// windows-1252; `nil` for every other value.
    var guessedCharsetWarning: String?

    /// What a content line is.
    enum Parsed {
      case property(Property)
      /// No `NAME:` before a value.
      case notAProperty
      /// The value's bytes are not text in the `CHARSET` named (UTF-8 when none is), nor
      /// plainly windows-1252 when none is: `problem` says so, and what to do.
      case undecodable(name: String, problem: String)
    }

    private init(name: String, group: String?, parameters: [String: [String]], rawValue: String) {
      self.name = name
      self.group = group
      self.parameters = parameters
      self.rawValue = rawValue
    }

    /// Reads a content line's bytes: the name and parameters are ASCII; the value is
    /// decoded from quoted-printable when `ENCODING=QUOTED-PRINTABLE` (or vCard 2.1's bare
    /// `QUOTED-PRINTABLE`) says so, or from base64, then read in its `CHARSET`.
    static func parse(_ line: [UInt8]) -> Parsed {
      // The value starts at the first `:` outside a quoted parameter value.
      var inQuotes = false
      guard
        let colon = line.firstIndex(where: { byte in
          if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
          return byte == UInt8(ascii: ":") && !inQuotes
        }),
        let headText = String(validating: line[..<colon], as: UTF8.self)
      else { return .notAProperty }
      let head = split(headText[...], on: ";")
      guard var fullName = head.first?.trimmingSpaces(), !fullName.isEmpty,
        fullName.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") }
        )
      else { return .notAProperty }
      var group: String?
      if let dot = fullName.lastIndex(of: ".") {
        group = fullName[..<dot].lowercased()
        fullName = String(fullName[fullName.index(after: dot)...])
      }
      var parameters: [String: [String]] = [:]
      for parameter in head.dropFirst() {
        let parts = parameter.split(separator: "=", maxSplits: 1)
        let key = parts.count == 2 ? parts[0].trimmingSpaces().uppercased() : "TYPE"
        let values = split(parts.last ?? "", on: ",").map { value in
          value.count >= 2 && value.first == "\"" && value.last == "\""
            ? String(value.dropFirst().dropLast()) : value
        }
        parameters[key, default: []] += values
      }
      let encodings = (parameters["ENCODING"] ?? []) + (parameters["TYPE"] ?? [])
      let quotedPrintable = encodings.contains { $0.uppercased() == "QUOTED-PRINTABLE" }
      // Base64 text (2.1's BASE64, 3.0's b) is decoded; a photo, logo, sound or key is
      // binary, which fu does not import, and stays as it is.
      let base64 =
        encodings.contains { ["BASE64", "B"].contains($0.uppercased()) }
        && !["PHOTO", "LOGO", "SOUND", "KEY"].contains(fullName.uppercased())
      let raw = Array(line[(colon + 1)...])
      let bytes =
        quotedPrintable
        ? decodeQuotedPrintable(raw)
        : base64
          ? Data(base64Encoded: Data(raw), options: .ignoreUnknownCharacters).map(Array.init) ?? raw
          : raw
      let charset = parameters["CHARSET"]?.first
      let name = fullName.uppercased()
      // iconv converts a file, not the bytes quoted-printable stands for: then only a
      // `CHARSET=` on the line helps.
      let fix =
        quotedPrintable
        ? "add the right `CHARSET=` to this line (iconv cannot convert quoted-printable)"
        : "add the right `CHARSET=` to this line, or convert the file to UTF-8 with iconv"
      if let value = decode(bytes, charset: charset) {
        return .property(
          Property(name: name, group: group, parameters: parameters, rawValue: value))
      }
      if let charset {
        let known = isKnown(charset: charset)
        return .undecodable(
          name: name,
          problem: known
            ? "the \(name) value cannot be read as CHARSET=\(charset); skipped"
            : "the \(name) value names CHARSET=\(charset), which fu does not know; skipped")
      }
      guard let value = Windows1252.plainText(bytes) else {
        return .undecodable(
          name: name,
          problem: "the \(name) value is not UTF-8 and names no CHARSET; skipped (\(fix))")
      }
      var property = Property(name: name, group: group, parameters: parameters, rawValue: value)
      property.guessedCharsetWarning =
        "the \(name) value is not UTF-8 and names no CHARSET: read as windows-1252 (\(String(value.prefix(40)).debugDescription)); if a letter is wrong, \(fix)"
      return .property(property)
    }

    /// The value as text, its escapes undone (`unescape`).
    var text: String { Self.unescape(rawValue[...]) }

    /// A structured value's components (`N`, `ADR`, `ORG`), each unescaped.
    var components: [String] { Self.split(rawValue[...], on: ";").map { Self.unescape($0[...]) } }

    /// A list value's items (`NICKNAME`, `CATEGORIES`), unescaped and trimmed.
    var list: [String] {
      Self.split(rawValue[...], on: ",").map { Self.unescape($0[...]).trimmingSpaces() }
        .filter { !$0.isEmpty }
    }

    /// `text` split on `separator` where it is not escaped with a backslash or quoted.
    private static func split(_ text: Substring, on separator: Character) -> [String] {
      var parts: [String] = []
      var current = ""
      var escaped = false
      var inQuotes = false
      for character in text {
        if escaped {
          current.append(character)
          escaped = false
        } else if character == "\\" {
          current.append(character)
          escaped = true
        } else if character == "\"" {
          current.append(character)
          inQuotes.toggle()
        } else if character == separator && !inQuotes {
          parts.append(current)
          current = ""
        } else {
          current.append(character)
        }
      }
      parts.append(current)
      return parts
    }

    /// `text` with vCard's escapes undone: `\\`, `\,`, `\;`, `\:`, `\"` (Gmail's and Apple's
    /// notes) and `\n` or `\N`. A
    /// backslash before anything else is a backslash: vCard 2.1 escapes only `;`, so its
    /// `NOTE:C:\Users\bob` keeps them (though `\n`, as in `C:\new`, is still a line break).
    private static func unescape(_ text: Substring) -> String {
      BackslashEscapes.unescape(
        text, replacing: ["n": "\n", "N": "\n"], literal: ["\\", ",", ";", ":", "\""])
    }

    /// The bytes `=XX` escapes stand for; anything else is kept as it is.
    static func decodeQuotedPrintable(_ input: [UInt8]) -> [UInt8] {
      var bytes: [UInt8] = []
      var index = 0
      while index < input.count {
        if input[index] == UInt8(ascii: "="), index + 2 < input.count,
          let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2])
        {
          bytes.append(high << 4 | low)
          index += 3
        } else {
          bytes.append(input[index])
          index += 1
        }
      }
      return bytes
    }

    /// Whether the C library's iconv converts from `charset`.
    static func isKnown(charset: String) -> Bool {
      let upper = charset.uppercased()
      if upper == "UTF-8" || upper == "UTF8" { return true }
      let converter = iconv_open("UTF-8", upper)
      guard let converter, Int(bitPattern: converter) != -1 else { return false }
      iconv_close(converter)
      return true
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
      case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
      case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
      default: nil
      }
    }

    /// `bytes` as text in `charset` (UTF-8 when none is named), converted by the C
    /// library's iconv, which knows every charset an address book names; `nil` when the
    /// bytes are not text in it, or it names no charset iconv knows.
    static func decode(_ bytes: [UInt8], charset: String?) -> String? {
      let name = (charset ?? "UTF-8").uppercased()
      if name == "UTF-8" || name == "UTF8" || bytes.allSatisfy({ $0 < 0x80 }) {
        return String(validating: bytes, as: UTF8.self)
      }
      let converter = iconv_open("UTF-8", name)
      guard let converter, Int(bitPattern: converter) != -1 else { return nil }
      defer { iconv_close(converter) }
      var input = bytes.map { CChar(bitPattern: $0) }
      var output = [CChar](repeating: 0, count: bytes.count * 4 + 4)
      let written: Int? = input.withUnsafeMutableBufferPointer { source in
        output.withUnsafeMutableBufferPointer { target in
          var sourcePointer = source.baseAddress
          var targetPointer = target.baseAddress
          var sourceLeft = source.count
          var targetLeft = target.count
          guard iconv(converter, &sourcePointer, &sourceLeft, &targetPointer, &targetLeft) != -1,
            sourceLeft == 0
          else { return nil }
          return target.count - targetLeft
        }
      }
      guard let written else { return nil }
      return String(validating: output[..<written].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
  }
}
