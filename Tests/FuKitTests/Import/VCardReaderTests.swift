import Foundation
import FuTestSupport
import Testing

@testable import FuKit

/// vCard files as address books write them: the published examples of RFC 6350 (4.0),
/// RFC 2426 (3.0) and Wikipedia's 2.1 card, and an Apple Contacts export. Nothing of a
/// person's name, emails, phones, birthday or notes may be lost.
@Suite struct VCardReaderTests {
  private func people(_ file: String) throws -> [ImportedContact] {
    let path = repositoryRoot.appendingPathComponent("Tests/Fixtures/address-books/\(file)").path
    let (people, problems) = try AddressBook.read(path)
    #expect(problems.isEmpty)
    return people
  }

  private func read(_ text: String) throws(FuError) -> ([ImportedContact], [Diagnostic]) {
    try VCardReader.read(Array(text.utf8), path: "cards.vcf")
  }

  @Test func theVCard4ExampleOfRFC6350() throws {
    let simon = try #require(try people("rfc6350-simon-perreault.vcf").first)
    #expect(simon.name == "Simon Perreault")
    #expect(simon.emails == ["simon.perreault@viagenie.ca"])
    // The preferred number first; `tel:` URIs become the number they hold.
    #expect(simon.phones == ["+1-418-656-9254;ext=102", "+1-418-262-6501"])
    #expect(simon.birthday == .monthDay(month: 2, day: 3))
    #expect(simon.anniversary == .date(CalendarDate(year: 2009, month: 8, day: 8)!))
    #expect(simon.company == "Viagenie")
    // The folded address line is one line again, its empty parts left out.
    #expect(simon.addresses == ["Suite D2-630, 2875 Laurier, Quebec, QC, G1V 2M2, Canada"])
    #expect(simon.websites == ["http://nomis80.org"])
    #expect(simon.line == 1)
  }

  @Test func theVCard3ExamplesOfRFC2426() throws {
    let people = try people("rfc2426-examples.vcf")
    #expect(people.map(\.name) == ["Frank Dawson", "Tim Howes"])
    #expect(people[0].emails == ["Frank_Dawson@Lotus.com", "fdawson@earthlink.net"])
    #expect(people[0].phones == ["+1-919-676-9515", "+1-919-676-9564"])
    #expect(people[0].company == "Lotus Development Corporation")
    #expect(people[0].addresses == ["6544 Battleford Drive, Raleigh, NC, 27613-3502, U.S.A."])
    #expect(people[0].websites == ["http://home.earthlink.net/~fdawson"])
    #expect(people[1].emails == ["howes@netscape.com"])
    #expect(people[1].addresses == ["501 E. Middlefield Rd., Mountain View, CA, 94043, U.S.A."])
    #expect(people[1].line == 15)
  }

  @Test func aVCard21CardWithQuotedPrintableInLatin1() throws {
    let forrest = try #require(try people("wikipedia-forrest-gump-2.1.vcf").first)
    #expect(forrest.name == "Forrest Gump")
    #expect(forrest.phones == ["(111) 555-1212", "(404) 555-1212"])
    #expect(forrest.emails == ["forrestgump@example.com"])
    #expect(forrest.title == "Shrimp Man")
    #expect(forrest.company == "Bubba Gump Shrimp Co.")
    // ISO-8859-1 bytes decoded, the soft line break joined, CRLF kept as a break.
    #expect(forrest.notes == "Café with Bubba on Tuesdays.\r\nRun, Forrest, run!")
  }

  @Test func anAppleContactsExport() throws {
    let people = try people("apple-contacts.vcf")
    #expect(people.count == 3)
    let ada = people[0]
    #expect(ada.name == "Ada Lovelace")
    #expect(ada.aliases == ["Countess of Lovelace"])
    #expect(ada.emails == ["ada@example.com", "ada.byron@example.org"])
    #expect(ada.phones == ["+44 20 7946 0018"])
    #expect(ada.company == "Analytical Engine Society")
    // X-APPLE-OMIT-YEAR: the year is not known.
    #expect(ada.birthday == .monthDay(month: 12, day: 10))
    #expect(ada.anniversary == .date(CalendarDate(year: 1835, month: 7, day: 8)!))
    #expect(
      ada.notes
        == "Met at Babbage's soirée.\nPrefers letters to calls; loves , commas.\n\n# Not a heading")
    #expect(ada.tags == ["friends", "mathematics"])
    // The name line was folded inside a character: unfolded on bytes, it reads whole.
    #expect(people[1].name == "大江 健三郎 (Ōe Kenzaburō)")
    #expect(people[1].birthday == .date(CalendarDate(year: 1935, month: 1, day: 31)!))
    #expect(people[1].notes == "ノーベル文学賞 1994")
    // A company card has no FN: its organisation names it.
    #expect(people[2].name == "Babbage & Sons Ltd")
    #expect(people[2].phones == ["+44 20 7946 0999"])
  }

  @Test func aCardWithNoNameIsReportedAndTheOthersRead() throws {
    let (people, problems) = try read(
      "BEGIN:VCARD\nVERSION:3.0\nTITLE:x\nEND:VCARD\nBEGIN:VCARD\nFN:Ada\nEND:VCARD\n")
    #expect(people.map(\.name) == ["Ada"])
    #expect(
      problems == [Diagnostic(path: "cards.vcf", line: 1, message: "a card with no name; skipped")])
  }

  @Test func aNameFromTheStructuredNameWhenThereIsNoFN() throws {
    let (people, _) = try read("BEGIN:VCARD\nN:Hopper;Grace;Brewster;Rear Admiral;\nEND:VCARD\n")
    #expect(people.map(\.name) == ["Rear Admiral Grace Brewster Hopper"])
  }

  @Test func aStructuredNameOfSpacesIsNoName() throws {
    // Found by the vcard fuzz target: the card was named " ", and no file could be.
    let (people, _) = try read(
      "BEGIN:VCARD\nN: ; \nORG: \nEMAIL:ada@example.com\nEND:VCARD\n")
    #expect(people.map(\.name) == ["ada@example.com"])
    #expect(people.first?.company == nil)
  }

  @Test func aNestedAgentCardIsNotAPersonOfItsOwn() throws {
    let (people, _) = try read(
      "BEGIN:VCARD\nFN:Ada\nAGENT:\nBEGIN:VCARD\nFN:Her Agent\nEND:VCARD\nEMAIL:a@x\nEND:VCARD\n")
    #expect(people.map(\.name) == ["Ada"])
    #expect(people[0].emails == ["a@x"])
  }

  @Test func aBirthdayThatIsNoDayGoesToTheNotes() throws {
    let (people, _) = try read("BEGIN:VCARD\nFN:Ada\nBDAY;VALUE=text:circa 1815\nEND:VCARD\n")
    #expect(people[0].birthday == nil)
    #expect(people[0].notes == "Birthday: circa 1815")
  }

  @Test func aSoftLineBreakAtTheEndOfACardDoesNotSwallowItsEnd() throws {
    let (people, _) = try read(
      "BEGIN:VCARD\nFN;ENCODING=QUOTED-PRINTABLE:Caf=C3=A9=\nEND:VCARD\nBEGIN:VCARD\nFN:B\nEND:VCARD\n"
    )
    #expect(people.map(\.name) == ["Café", "B"])
  }

  @Test func aStrayLineInACardIsSkippedWithItsLine() throws {
    let (people, problems) = try read("BEGIN:VCARD\nFN:Ada\nnot a property\nTEL:1\nEND:VCARD\n")
    #expect(people.map(\.phones) == [["1"]])
    #expect(
      problems == [
        Diagnostic(path: "cards.vcf", line: 3, message: "not a vCard line (`NAME:value`); skipped")
      ])
  }

  @Test func vCard21sBareQuotedPrintableIsDecoded() throws {
    let (people, _) = try read(
      "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;QUOTED-PRINTABLE;CHARSET=UTF-8:J=C3=BCrgen M=C3=BCller\r\nNOTE;QUOTED-PRINTABLE:Caf=C3=A9\r\nEND:VCARD\r\n"
    )
    #expect(people.map(\.name) == ["Jürgen Müller"])
    #expect(people.first?.notes == "Café")
  }

  @Test func aBackslashThatEscapesNothingIsKept() throws {
    let (people, _) = try read(
      "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Bob\r\nNOTE:C:\\Users\\bob\\new\r\nEND:VCARD\r\n"
        + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eve\r\nNOTE:a\\, b\\; c\\\\d\\ne\\Nf\\:g\r\nEND:VCARD\r\n"
    )
    // `\n` ends a line in every version: 2.1 writes line breaks as quoted-printable.
    #expect(people.map(\.notes) == ["C:\\Users\\bob\new", "a, b; c\\d\ne\nf:g"])
  }

  @Test func base64TextIsDecodedAndAPhotoLeftAlone() throws {
    // "Hällo" in UTF-8 and "Grüße" in Latin-1, as 2.1 and 3.0 write base64.
    let (people, problems) = try read(
      "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Bob\r\nNOTE;ENCODING=BASE64;CHARSET=UTF-8:SMOkbGxv\r\n"
        + "PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQ\r\nEND:VCARD\r\n"
        + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eve\r\nNOTE;ENCODING=b;CHARSET=ISO-8859-1:R3L832U=\r\n"
        + "END:VCARD\r\n")
    #expect(problems.isEmpty)
    #expect(people.map(\.notes) == ["Hällo", "Grüße"])
  }

  @Test func anyCharsetTheCLibraryKnowsIsRead() throws {
    // Cyrillic in windows-1251, quoted-printable; Latin-1 as raw 8-bit bytes.
    let (people, _) = try read(
      "BEGIN:VCARD\r\nN;CHARSET=WINDOWS-1251;ENCODING=QUOTED-PRINTABLE:=C8=E2=E0=ED=EE=E2;=C8=E2=E0=ED\r\nEND:VCARD\r\n"
    )
    #expect(people.map(\.name) == ["Иван Иванов"])
    let latin1 =
      Array("BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=ISO-8859-1:Ren".utf8) + [0xE9]
      + Array("\r\nEND:VCARD\r\n".utf8)
    #expect(try VCardReader.read(latin1, path: "cards.vcf").0.map(\.name) == ["René"])
  }

  @Test func aCharsetTheBytesAreNotInCostsThatValueWithItsLine() throws {
    let (people, problems) = try read(
      "BEGIN:VCARD\nFN;CHARSET=NO-SUCH-CHARSET:Ren=E9\nN:Ren\u{E9};\nNOTE;CHARSET=US-ASCII:Ren\u{E9}\nEND:VCARD\n"
        .replacingOccurrences(of: "=E9", with: "\u{E9}"))
    #expect(people.map(\.name) == ["René"])
    #expect(
      problems == [
        Diagnostic(
          path: "cards.vcf", line: 2,
          message: "the FN value names CHARSET=NO-SUCH-CHARSET, which fu does not know; skipped"),
        Diagnostic(
          path: "cards.vcf", line: 4,
          message: "the NOTE value cannot be read as CHARSET=US-ASCII; skipped"),
      ])
  }

  @Test func aSoftLineBreakKeepsTheSpacesOfTheNextLine() throws {
    let (people, _) = try read(
      "BEGIN:VCARD\r\nFN:John Doe\r\nNOTE;ENCODING=QUOTED-PRINTABLE:hello=\r\n world\r\nEND:VCARD\r\n"
    )
    #expect(people.first?.notes == "hello world")
  }

  @Test func aFileWhoseLinesEndInCarriageReturnsAlone() throws {
    let (people, _) = try read("BEGIN:VCARD\rVERSION:3.0\rFN:X\rEND:VCARD\r")
    #expect(people.map(\.name) == ["X"])
  }

  @Test func aNicknameNamesACardWithNoName() throws {
    let (people, _) = try read(
      "BEGIN:VCARD\nNICKNAME:Mom\nTEL:+1 555\nNOTE:Call on Sundays\nEND:VCARD\n")
    #expect(people.map(\.name) == ["Mom"])
    #expect(people.first?.phones == ["+1 555"])
  }

  @Test func aCardThatNeverEndsIsAnErrorWithItsLine() {
    #expect(
      throws: FuError.unreadable(
        Diagnostic(
          path: "cards.vcf", line: 4,
          message:
            "the card starting here is cut off: the file ends before its `END:VCARD` (export the address book again)"
        ))
    ) {
      try read("BEGIN:VCARD\nFN:Ada\nEND:VCARD\nBEGIN:VCARD\nFN:Grace\n")
    }
  }

  @Test func bytesThatAreNotUTF8AreReadAsWindows1252WithTheirLine() throws {
    let bytes = Array("BEGIN:VCARD\nFN:Caf".utf8) + [0xE9] + Array("\nEND:VCARD\n".utf8)
    let (people, problems) = try VCardReader.read(bytes, path: "cards.vcf")
    #expect(people.map(\.name) == ["Café"])
    #expect(problems.map(\.line) == [2])
  }

  @Test(arguments: [
    ("1815-12-10", "1815-12-10"), ("18151210", "1815-12-10"), ("--12-10", "--12-10"),
    ("--1210", "--12-10"), ("1953-10-15T23:10:00Z", "1953-10-15"),
    ("19531015T231000Z", "1953-10-15"),
    ("--0229", "--02-29"),
  ])
  func daysAddressBooksWrite(_ text: String, _ expected: String) {
    #expect(ImportedDay(parsing: text)?.description == expected)
  }

  @Test(arguments: [
    "circa 1800", "1815-13-10", "--02-30", "1815-12", "2023-02-29", "", "12-10-1815",
  ])
  func textThatIsNoDay(_ text: String) {
    #expect(ImportedDay(parsing: text) == nil)
  }
}

extension VCardReaderTests {
  @Test(arguments: [
    ([0xFF, 0xFE] as [UInt8], true), ([0xFE, 0xFF], false), ([], true), ([], false),
  ])
  func aUTF16ExportIsRead(_ mark: [UInt8], _ isLittleEndian: Bool) throws {
    let text =
      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Smith 😀\r\nEMAIL:zoe@example.com\r\nEND:VCARD\r\n"
    let bytes = text.utf16.flatMap { unit in
      isLittleEndian
        ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
    }
    let folder = try makeTemporaryFolder("utf16")
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("contacts.vcf").path
    try Data(mark + bytes).write(to: URL(fileURLWithPath: path))
    let (people, problems) = try AddressBook.read(path)
    #expect(problems.isEmpty)
    #expect(people.map(\.name) == ["Zoë Smith 😀"])
    #expect(people.first?.emails == ["zoe@example.com"])
  }

  @Test func aUTF32ExportIsRefusedNotReadAsEmpty() throws {
    let folder = try makeTemporaryFolder("utf32")
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("contacts.vcf").path
    let text = "BEGIN:VCARD\r\nFN:Ada\r\nEND:VCARD\r\n"
    let mark: [UInt8] = [0xFF, 0xFE, 0, 0]
    let bytes = mark + text.unicodeScalars.flatMap { [UInt8($0.value & 0xFF), 0, 0, 0] }
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    #expect(
      throws: FuError.unreadable(
        Diagnostic(path: path, message: "is UTF-32 text (export it again as UTF-8, or convert it)"))
    ) { try AddressBook.read(path) }
  }

  @Test func utf8IsLeftAsItIs() {
    let bytes = Array("BEGIN:VCARD\r\nFN:Ada\r\n".utf8)
    #expect(AddressBook.utf8(fromUTF16: bytes) == bytes)
    #expect(AddressBook.utf8(fromUTF16: [0xEF, 0xBB, 0xBF] + bytes) == [0xEF, 0xBB, 0xBF] + bytes)
    let utf32: [UInt8] = [0xFF, 0xFE, 0, 0, 0x42, 0, 0, 0]
    #expect(AddressBook.utf8(fromUTF16: utf32) == utf32)
    // A UTF-16 file cut in the middle of a character keeps what it has, and says so.
    #expect(AddressBook.utf8(fromUTF16: [0xFF, 0xFE, 0x41, 0, 0x42]) == Array("A\u{FFFD}".utf8))
  }
}
