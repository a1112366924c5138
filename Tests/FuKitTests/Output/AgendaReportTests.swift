import Testing

@testable import FuKit

/// The agenda as people read it: one line per row, nothing a file says reaches the terminal
/// as a control sequence.
@Suite struct AgendaReportTests {
  @Test func rowsStayOnOneLineWithoutControlCharacters() throws {
    let today = try #require(CalendarDate(year: 2026, month: 11, day: 21))
    var contact = Contact(path: "x.md", name: "Esc\u{1B}[31mRed")
    contact.nextFollowUp = today
    contact.notes = "line one\nline two\u{7}"
    let text = AgendaReport.text(
      Agenda(contacts: [contact], today: today, days: 7), width: 80, style: Style(enabled: false))
    #expect(text == "Today (1)\n  Nov 21  today  Esc [31mRed  line one line two \n")
  }

  @Test func namesAndDetailsAreCutToTheWidthOnlyWhenThereIsOne() throws {
    let today = try #require(CalendarDate(year: 2026, month: 11, day: 21))
    var contact = Contact(path: "x.md", name: String(repeating: "Abcdefghij", count: 3))
    contact.nextFollowUp = today
    contact.notes = String(repeating: "word ", count: 20) + "end"
    let agenda = Agenda(contacts: [contact], today: today, days: 7)
    let style = Style(enabled: false)
    #expect(
      AgendaReport.text(agenda, width: 60, style: style)
        == "Today (1)\n  Nov 21  today  AbcdefghijAbcdefghijAbc…  word word word w…\n")
    #expect(
      AgendaReport.text(agenda, width: nil, style: style)
        == "Today (1)\n  Nov 21  today  \(contact.name)  \(contact.notes!)\n")
  }

  @Test func anEmptyAgendaSaysSoInWords() throws {
    let today = try #require(CalendarDate(year: 2026, month: 11, day: 21))
    let style = Style(enabled: false)
    #expect(
      AgendaReport.text(Agenda(contacts: [], today: today, days: 1), width: 80, style: style)
        == "Nothing due by tomorrow.\n")
    #expect(
      AgendaReport.text(Agenda(contacts: [], today: today, days: 7), width: 80, style: style)
        == "Nothing due in the next 7 days.\n")
    #expect(
      AgendaReport.text(Agenda(contacts: [], today: today, days: 0), width: 80, style: style)
        == "Nothing due today or earlier.\n")
  }
}
