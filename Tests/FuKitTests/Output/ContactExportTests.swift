import Testing

@testable import FuKit

/// `fu export --format csv`: one column per key, whatever the files call it.
@Suite struct ContactExportTests {
  static let today = CalendarDate(year: 2026, month: 11, day: 21)!

  private func card(_ path: String, _ frontMatter: String) -> ContactCard {
    let file = ContactFile(
      path: path, document: TextDocument(text: "---\n\(frontMatter)\n---\n"), readLog: true)
    return ContactCard(file: file, today: Self.today)
  }

  @Test func userKeysNamedLikeFusColumnsGetTheirOwnAndSpellingsShareOne() {
    let csv = ContactExport.csv([
      card("a.md", "name: A\nsource: LinkedIn\nEmail: a@x.example\nlog: yes"),
      card("b.md", "name: B\nemail: b@x.example\ndue: someday\nNext Follow-Up: 2026-12-01"),
    ])
    let lines = csv.split(separator: "\r\n").map(String.init)
    #expect(
      lines[0]
        == "name,path,aliases,tags,last_contact,next_follow_up,cadence,notes,due,source,"
        + "fields.source,Email,fields.log,fields.due,log")
    #expect(lines[1] == "A,a.md,,,,,,,,,LinkedIn,a@x.example,yes,,")
    #expect(lines[2] == "B,b.md,,,,2026-12-01,,,2026-12-01,next_follow_up,,b@x.example,,someday,")
  }

  @Test func aKeyAlreadyNamedLikeARenamedColumnStillGetsItsOwn() {
    let csv = ContactExport.csv([card("a.md", "name: A\nfields.source: x\nsource: y")])
    let header = csv.split(separator: "\r\n")[0].split(separator: ",").map(String.init)
    #expect(header.suffix(3) == ["fields.source", "fields.fields.source", "log"])
    #expect(Set(header).count == header.count)
  }

  @Test func theLogCellHoldsEveryLineOfAnEntry() {
    let text =
      "---\nname: A\n---\n## Log\n- 2026-11-20: Notes\n\n  - send the deck\n- 2026-11-21: Coffee.\n"
    let file = ContactFile(path: "a.md", document: TextDocument(text: text), readLog: true)
    let csv = ContactExport.csv([ContactCard(file: file, today: Self.today)])
    #expect(csv.hasSuffix(",\"2026-11-21: Coffee.\n2026-11-20: Notes\n\n  - send the deck\"\r\n"))
  }
}
