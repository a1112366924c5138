import Testing

@testable import FuKit

/// Google Contacts' CSV export, in its current and its older layout.
@Suite struct GoogleContactsCSVTests {
  @Test func theCurrentLayout() throws {
    let path = repositoryRoot.appendingPathComponent(
      "Tests/Fixtures/address-books/google-contacts.csv"
    )
    .path
    let (people, problems) = try AddressBook.read(path)
    #expect(people.map(\.name) == ["Barbara Liskov", "Margaret H. Hamilton", "Joan Clarke"])
    #expect(problems == [Diagnostic(path: path, line: 7, message: "a row with no name; skipped")])

    let barbara = people[0]
    #expect(barbara.emails == ["liskov@example.edu"])
    #expect(barbara.phones == ["+1 617 555 0100"])
    #expect(barbara.company == "MIT")
    #expect(barbara.title == "Institute Professor")
    #expect(barbara.birthday == .date(CalendarDate(year: 1939, month: 11, day: 7)!))
    #expect(barbara.notes == "Turing Award 2008.\r\nAsk about CLU.")
    #expect(barbara.tags == ["Colleagues"])  // Google's own `* myContacts` left out
    #expect(barbara.line == 2)

    let margaret = people[1]
    #expect(margaret.aliases == ["Maggie"])
    // ` ::: ` separates several values in one cell.
    #expect(
      margaret.emails == [
        "margaret@example.com", "margaret@hamilton-tech.example", "hamilton@example.com",
      ])
    #expect(margaret.phones == ["+1 555 0101", "+1 555 0102"])
    #expect(margaret.birthday == .monthDay(month: 8, day: 17))
    #expect(margaret.anniversary == .date(CalendarDate(year: 1958, month: 6, day: 15)!))
    #expect(margaret.addresses == ["1 Apollo Way, Boston, MA 02101, USA"])
    #expect(margaret.websites == ["https://example.com/margaret"])
    #expect(margaret.tags == ["work"])
    #expect(margaret.line == 4)

    let joan = people[2]
    #expect(joan.emails == ["joan@example.co.uk"])
    // A birthday that is no day is kept, in the notes.
    #expect(joan.birthday == nil)
    #expect(joan.notes == "Cryptanalyst, \"Hut 8\".\n\nBirthday: not a date")
  }

  @Test func theOlderLayout() throws {
    let text = """
      Name,Given Name,Additional Name,Family Name,Nickname,Birthday,Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Name,Organization 1 - Title
      Grace Hopper,Grace,,Hopper,Amazing Grace,1906-12-09,COBOL,* My Contacts ::: Navy,* Work,grace@example.mil,Work,+1 555 0199,US Navy,Rear Admiral

      """
    let (people, problems) = try ContactsCSV.read(text, path: "old.csv")
    #expect(problems.isEmpty)
    let grace = try #require(people.first)
    #expect(grace.name == "Grace Hopper")
    #expect(grace.aliases == ["Amazing Grace"])
    #expect(grace.emails == ["grace@example.mil"])
    #expect(grace.phones == ["+1 555 0199"])
    #expect(grace.company == "US Navy")
    #expect(grace.title == "Rear Admiral")
    #expect(grace.tags == ["Navy"])
    #expect(grace.notes == "COBOL")
  }

  @Test func aSpreadsheetsSemicolonsSeparateTheColumnsToo() throws {
    let text = """
      First Name;Last Name;E-mail 1 - Value;Notes
      Ada;Lovelace;ada@example.com;"Likes engines; and poetry,"

      """
    let (people, problems) = try ContactsCSV.read(text, path: "excel.csv")
    #expect(problems.isEmpty)
    #expect(people.map(\.name) == ["Ada Lovelace"])
    #expect(people.first?.emails == ["ada@example.com"])
    #expect(people.first?.notes == "Likes engines; and poetry,")
  }

  @Test func aCSVThatIsNotGooglesIsRefused() {
    #expect(throws: FuError.self) {
      try ContactsCSV.read("Title,Author\nSICP,Abelson\n", path: "books.csv")
    }
  }

  @Test func anOutlookCSVIsRefusedRatherThanReadWithoutItsEmails() {
    #expect(throws: FuError.self) {
      try ContactsCSV.read(
        "First Name,Last Name,E-mail Address,Mobile Phone\nOlga,Outlook,olga@x.org,+1 555\n",
        path: "outlook.csv")
    }
  }

  @Test func anAddressColumnWithoutANumberIsIgnored() throws {
    let (people, _) = try ContactsCSV.read(
      "First Name,Address - Formatted,Address 1 - Formatted\nAda,x,\"1 Main St\"\n", path: "g.csv")
    #expect(people.first?.addresses == ["1 Main St"])
  }

  @Test func aQuoteNeverClosedNamesItsLine() {
    #expect(
      throws: FuError.unreadable(
        Diagnostic(path: "g.csv", line: 3, message: "a quoted field is never closed"))
    ) {
      try ContactsCSV.read("Name,Notes\nAda,ok\nGrace,\"never\nclosed\n", path: "g.csv")
    }
  }

  @Test func recordsAsRFC4180WritesThem() throws {
    let records = try CSVReader.records("a,\"b,c\",\"d\"\"e\"\r\n\r\n\"multi\nline\",,x\n")
    #expect(
      records == [
        .init(fields: ["a", "b,c", "d\"e"], line: 1),
        .init(fields: ["multi\nline", "", "x"], line: 3),
      ])
  }
}
