import Foundation
import FuTestSupport
import Testing

@testable import FuKit

/// The address books that lost or changed fields (issue 25, items 1-8), each written anew
/// from its description: every person imports with every name, email, phone, birthday,
/// category and note of the card, and what fu cannot read is said with its line.
@Suite struct AddressBookFidelityTests {
  private func path(_ file: String) -> String {
    repositoryRoot.appendingPathComponent("Tests/Fixtures/address-books/\(file)").path
  }

  private func read(_ file: String) throws -> ([ImportedContact], [Diagnostic]) {
    try AddressBook.read(path(file))
  }

  private func day(_ year: Int, _ month: Int, _ day: Int) -> ImportedDay? {
    CalendarDate(year: year, month: month, day: day).map(ImportedDay.date)
  }

  // MARK: - 1. CR CR LF

  @Test func linesEndedCarriageReturnTwiceThenLineFeed() throws {
    let (people, problems) = try read("crcrlf-line-endings.vcf")
    #expect(problems.isEmpty)
    #expect(people.map(\.name) == ["Name Surname", "Second Person"])
    let first = people[0]
    #expect(first.emails == ["name.surname@example.com"])
    #expect(first.phones == ["+1 555 0140"])
    #expect(first.birthday == day(1990, 4, 1))
    #expect(first.tags == ["family", "iphone"])
    #expect(first.notes == "Met at the harbour.\nLikes sailing.")
    #expect(people[1].emails == ["second@example.com"])
    #expect(people[1].phones == ["+1 555 0141"])
    #expect(people[1].line == 11)
  }

  @Test func aCSVWithLinesEndedCarriageReturnTwiceThenLineFeed() throws {
    let text =
      "First Name,Last Name,E-mail 1 - Value\r\r\nAda,Lovelace,ada@example.com\r\r\nGrace,Hopper,\r\r\n"
    let (people, problems) = try ContactsCSV.read(text, path: "dos.csv")
    #expect(problems.isEmpty)
    #expect(people.map(\.name) == ["Ada Lovelace", "Grace Hopper"])
    #expect(people.map(\.line) == [2, 3])
  }

  // MARK: - 2. One unreadable value

  @Test func aValueThatIsNotItsCharsetCostsOnlyThatValue() throws {
    let (people, problems) = try read("android-unreadable-org.vcf")
    #expect(
      people.map(\.name) == [
        "Alba Rossi", "Bruno Bianchi", "Chiara Verdi", "Dario Neri", "Elena Gallo", "Fabio Conti",
      ])
    #expect(
      problems == [
        Diagnostic(
          path: path("android-unreadable-org.vcf"), line: 40,
          message: "the ORG value cannot be read as CHARSET=UTF-8; skipped")
      ])
    let dario = people[3]
    #expect(dario.company == nil)
    #expect(dario.emails == ["dario@example.com"])
    #expect(dario.phones == ["+39 06 5550 0104"])
    #expect(dario.birthday == day(1988, 10, 5))
    #expect(dario.tags == ["work"])
    #expect(dario.notes == "Ordina sempre la margherita")
    #expect(people[0].notes == "Caffè ogni lunedì")
    #expect(people[1].notes == "Knows the “old town”")
    #expect(people.map(\.emails.count) == [1, 1, 1, 1, 1, 1])
    #expect(people.map(\.phones.count) == [1, 1, 1, 1, 1, 1])
    #expect(people.compactMap(\.birthday).count == 4)
  }

  @Test func latin1BytesWithNoCharsetAreReadAsWindows1252() throws {
    let (people, problems) = try read("outlook-latin1-address.vcf")
    let jurgen = try #require(people.first)
    #expect(jurgen.name == "Jürgen Becker")
    #expect(jurgen.emails == ["juergen@example.de"])
    #expect(jurgen.phones == ["+49 30 5550 0177"])
    #expect(jurgen.addresses == ["Hauptstraße 5, München, 80331, Deutschland"])
    #expect(jurgen.birthday == day(1970, 3, 12))
    #expect(jurgen.tags == ["Geschäftlich"])
    #expect(jurgen.notes == "Grüße an die Familie.")
    // Each value read so is said, with its line and what to do if a letter is wrong.
    #expect(problems.map(\.line) == [3, 4, 8, 10, 11])
    #expect(
      problems.first?.message
        == "the N value is not UTF-8 and names no CHARSET: read as windows-1252 (\"Becker;Jürgen\"); if a letter is wrong, add the right `CHARSET=` to this line, or convert the file to UTF-8 with iconv"
    )
  }

  @Test func bytesThatAreNoWesternTextAreSkippedWithTheirLine() throws {
    // "Привет" in windows-1251, no CHARSET: six letters in a row that windows-1252 would
    // turn into accented nonsense.
    let bytes =
      Array("BEGIN:VCARD\nFN:Ivan\nTEL:+7 495 555 0101\nNOTE:".utf8)
      + [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2] + Array("\nEND:VCARD\n".utf8)
    let (people, problems) = try VCardReader.read(bytes, path: "ru.vcf")
    #expect(people.map(\.phones) == [["+7 495 555 0101"]])
    #expect(people.first?.notes == nil)
    #expect(
      problems == [
        Diagnostic(
          path: "ru.vcf", line: 4,
          message:
            "the NOTE value is not UTF-8 and names no CHARSET; skipped (add the right `CHARSET=` to this line, or convert the file to UTF-8 with iconv)"
        )
      ])
  }

  @Test func aValueFuDoesNotImportGoesUnsaid() throws {
    let bytes =
      Array("BEGIN:VCARD\nFN:Ada\nX-CUSTOM;CHARSET=UTF-8:".utf8) + [0xFF]
      + Array("\nX-OTHER:".utf8) + [0xCF, 0xF0, 0xE8] + Array("\nEND:VCARD\n".utf8)
    let (people, problems) = try VCardReader.read(bytes, path: "x.vcf")
    #expect(people.map(\.name) == ["Ada"])
    #expect(problems.isEmpty)
  }

  @Test(arguments: [
    ([0x52, 0x65, 0x6E, 0xE9] as [UInt8], "René"), ([0x93, 0x71, 0x94], "“q”"),
    ([0xC6, 0x72, 0xF8], "Ærø"),
  ])
  func westernTextInWindows1252(_ bytes: [UInt8], _ text: String) {
    #expect(Windows1252.plainText(bytes) == text)
  }

  @Test(arguments: [[0xCF, 0xF0, 0xE8] as [UInt8], [0x41, 0x81], [0x41, 0x00, 0x42]])
  func bytesWindows1252DoesNotPlainlyHold(_ bytes: [UInt8]) {
    #expect(Windows1252.plainText(bytes) == nil)
  }

  // MARK: - 3. Thunderbird's CSV, and layouts fu does not know

  @Test func thunderbirdsLayout() throws {
    let (people, problems) = try read("thunderbird.csv")
    #expect(problems.isEmpty)
    #expect(people.map(\.name) == ["Tilda Bird", "Moritz Fink"])
    let tilda = people[0]
    #expect(tilda.aliases == ["Tilly"])
    #expect(tilda.emails == ["tilda@example.org", "tilda.bird@home.example"])
    #expect(tilda.phones == ["+1 555 0301", "+1 555 0302", "+1 555 0303"])
    #expect(tilda.addresses == ["4 Quill Lane, Oxford, OX1 2AB, UK"])
    #expect(tilda.company == "Bodleian")
    #expect(tilda.title == "Librarian")
    #expect(tilda.websites == ["https://example.org/tilda"])
    #expect(tilda.birthday == day(1979, 5, 17))
    #expect(tilda.notes == "Prefers email.\r\nNo calls after 8.\n\nDepartment: Rare Books")
    let moritz = people[1]
    #expect(moritz.emails == ["moritz@example.de"])
    #expect(moritz.phones == ["+49 30 5550 0304"])
    #expect(moritz.birthday == .monthDay(month: 3, day: 9))
    #expect(moritz.notes == "Custom 1: Chess club")
    #expect(moritz.line == 4)  // after Tilda's note of two lines
  }

  @Test func aThunderbirdCSVInWindows1252IsReadWithAWarning() throws {
    let folder = try makeTemporaryFolder("windows-1252")
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("dos.csv")
    let bytes =
      Array("First Name,Last Name,Display Name,Primary Email,Mobile Number\r\r\nJ".utf8) + [0xFC]
      + Array("rgen,M".utf8) + [0xFC] + Array("ller,,jm@example.de,+49 1\r\r\n".utf8)
    try Data(bytes).write(to: file)
    let (people, problems) = try AddressBook.read(file.path)
    #expect(people.map(\.name) == ["Jürgen Müller"])
    #expect(people.first?.emails == ["jm@example.de"])
    #expect(people.first?.phones == ["+49 1"])
    #expect(
      problems.map(\.message) == [
        "is not UTF-8: read as windows-1252; if a letter is wrong, convert the file to UTF-8 with iconv and import it again"
      ])
  }

  @Test func aCSVOfAnUnknownLayoutIsRefusedNamingTheColumnsExpected() {
    #expect(
      throws: FuError.unreadable(
        Diagnostic(
          path: path("unknown-layout.csv"), line: 1,
          message:
            "is a CSV of a layout fu does not know (fu would not read its `Email`, `Phone`): fu reads Google Contacts CSV (`First Name`, `Last Name`, `E-mail 1 - Value`, `Phone 1 - Value`...) and Thunderbird's (`First Name`, `Last Name`, `Display Name`, `Primary Email`, `Mobile Number`...); export the contacts in one of them, or as a vCard (.vcf)"
        ))
    ) { try read("unknown-layout.csv") }
  }

  // MARK: - 4. Shared emails, and one name on several cards

  @Test func differentNamesSharingAnEmailAreDifferentPeople() throws {
    let (people, _) = try read("shared-email-and-namesakes.vcf")
    #expect(people.map(\.name) == ["Jane Doe", "John Doe", "Sam Lee"])
    var plan = ContactImport(files: [])
    var created: [String] = []
    for person in people {
      let decision = try plan.decide(person, folder: "", exists: { _ in false }) {
        contact throws(FuError) in
        try contact.render(today: CalendarDate(year: 2026, month: 11, day: 21)!)
      }
      guard case .create(let path, let text) = decision else {
        Issue.record("\(person.name): expected a file of their own, got \(decision)")
        continue
      }
      created.append(path)
      if person.name == "John Doe" {
        #expect(text.contains("email: [\"family@example.com\", \"john@work.example\"]\n"))
        #expect(text.contains("phone: \"+1 555 0161\"\n"))
      }
    }
    #expect(created == ["jane-doe.md", "john-doe.md", "sam-lee.md"])
  }

  @Test func oneNameOnSeveralCardsIsOnePersonWithEveryValue() throws {
    let (people, _) = try read("shared-email-and-namesakes.vcf")
    let sam = try #require(people.last)
    #expect(sam.line == 18)
    #expect(sam.phones == ["+1 555 0170", "+1 555 0171", "+1 555 0172"])
    #expect(sam.emails == ["sam@work.example"])
    #expect(sam.birthday == .monthDay(month: 7, day: 14))
    #expect(sam.tags == ["climbing", "neighbours"])
    #expect(sam.notes == "Lives two doors down.")
    #expect(
      sam.fields.first { $0.key == "phone" }
        == .list("phone", ["+1 555 0170", "+1 555 0171", "+1 555 0172"]))
  }

  @Test func aSecondDifferentSingleValueGoesToTheNotes() {
    var first = ImportedContact(name: "Ada", line: 1)
    first.birthday = .monthDay(month: 12, day: 10)
    first.company = "Analytical Engines"
    var second = ImportedContact(name: "ADA", line: 9)
    second.birthday = day(1815, 12, 10)
    second.company = "Difference Engines"
    second.notes = "Poet's daughter."
    let combined = ImportedContact.combiningNamesakes([first, second])
    #expect(combined.count == 1)
    // The same day with its year is the better birthday; the other company is kept.
    #expect(combined[0].birthday == day(1815, 12, 10))
    #expect(combined[0].company == "Analytical Engines")
    #expect(combined[0].notes == "Poet's daughter.\n\nCompany: Difference Engines")
  }

  // MARK: - 5. `\"` in a note

  @Test func anEscapedQuoteInANoteIsAQuote() throws {
    let (people, problems) = try read("escaped-quotes-note.vcf")
    #expect(problems.isEmpty)
    let lena = try #require(people.first)
    #expect(
      lena.notes
        == "Sent the licence: provided by the CONTRIBUTORS \"AS IS\", without warranty.\nShe said \"fine\"."
    )
    #expect(lena.emails == ["lena@example.com"])
    #expect(lena.phones == ["+1 555 0180"])
    #expect(lena.tags == ["legal"])
  }

  // MARK: - 6. The year 1604

  @Test func theYear1604IsNoYear() throws {
    let (people, problems) = try read("year-1604-birthdays.vcf")
    #expect(problems.isEmpty)
    #expect(
      people.map(\.birthday) == [
        .monthDay(month: 1, day: 1), .monthDay(month: 1, day: 1), .monthDay(month: 2, day: 29),
      ])
    #expect(people.map(\.birthday?.description) == ["--01-01", "--01-01", "--02-29"])
    #expect(people[0].emails == ["nora@example.com"])
    #expect(people[1].phones == ["+1 555 0190"])
    #expect(people[1].tags == ["cardbook"])
    #expect(people[2].notes == "Born on a leap day.")
  }

  // MARK: - 7. A Google CSV row with only a phone

  @Test func aRowWithOnlyAPhoneIsNamedAfterIt() throws {
    let (people, problems) = try read("google-phone-only.csv")
    #expect(problems.isEmpty)
    #expect(people.map(\.name) == ["Vera Named", "+1 555 0501", "+1 555 0502"])
    #expect(people[0].emails == ["vera@example.com"])
    #expect(people[0].birthday == day(1990, 6, 1))
    #expect(people[0].tags == ["friends"])
    #expect(people[1].phones == ["+1 555 0501"])
    #expect(people[2].phones == ["+1 555 0502", "+1 555 0503", "+1 555 0504"])
    #expect(people[2].tags == ["trades"])
    #expect(people[2].notes == "Plumber; call before noon.")
    #expect(try ContactFileName.make(from: people[1].name) == "1-555-0501.md")
  }

  @Test func aCardWithOnlyAPhoneIsNamedAfterIt() throws {
    let (people, problems) = try VCardReader.read(
      Array("BEGIN:VCARD\nTEL:+1 555 0600\nNOTE:the plumber\nEND:VCARD\n".utf8), path: "p.vcf")
    #expect(problems.isEmpty)
    #expect(people.map(\.name) == ["+1 555 0600"])
    #expect(people.first?.notes == "the plumber")
  }

  // MARK: - 8. The right advice

  @Test func quotedPrintableWithNoCharsetIsReadWithAdviceIconvCannotGive() throws {
    let file = path("quoted-printable-no-charset.vcf")
    let (people, problems) = try read("quoted-printable-no-charset.vcf")
    let piotr = try #require(people.first)
    // windows-1252 reads 0xF1 as ñ, where ISO-8859-2 would read ń: the warning says how to
    // tell fu.
    #expect(piotr.name == "Piotr Iksiñski")
    #expect(piotr.phones == ["+48 22 555 0111"])
    #expect(piotr.emails == ["piotr@example.pl"])
    #expect(piotr.tags == ["Praca"])
    #expect(piotr.notes == "Pozdrowienia z Warszawy.\r\nKsiê¿ka: tak")
    #expect(
      problems == [
        Diagnostic(
          path: file, line: 3,
          message:
            "the N value is not UTF-8 and names no CHARSET: read as windows-1252 (\"Iksiñski;Piotr\"); if a letter is wrong, add the right `CHARSET=` to this line (iconv cannot convert quoted-printable)"
        ),
        Diagnostic(
          path: file, line: 7,
          message:
            "the NOTE value is not UTF-8 and names no CHARSET: read as windows-1252 (\"Pozdrowienia z Warszawy.\\r\\nKsiê¿ka: tak\"); if a letter is wrong, add the right `CHARSET=` to this line (iconv cannot convert quoted-printable)"
        ),
      ])
  }

  @Test func aCardCutOffSaysSo() {
    #expect(
      throws: FuError.unreadable(
        Diagnostic(
          path: path("cut-off-card.vcf"), line: 6,
          message:
            "the card starting here is cut off: the file ends before its `END:VCARD` (export the address book again)"
        ))
    ) { try read("cut-off-card.vcf") }
  }
}
