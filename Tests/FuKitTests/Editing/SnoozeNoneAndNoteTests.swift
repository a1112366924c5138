import Testing

@testable import FuKit

/// `fu snooze WHO none` and `--note`: the key stays with no value; the note is one line,
/// quoted as YAML needs it and as the value was, read back exactly.
@Suite struct SnoozeNoneAndNoteTests {
  private func snooze(_ text: String, to next: NextFollowUp, note: String? = nil) throws -> String {
    let file = ContactFile(path: "zoe.md", document: TextDocument(text: text))
    let edit = try SnoozePlanner.plan(file, to: next, note: note)
    let reread = ContactFile(path: "zoe.md", document: edit.result)
    #expect(reread.contact.nextFollowUp == next.date)
    #expect(edit.followUp == next.date.map { FollowUp(due: $0, source: .nextFollowUp) })
    return edit.result.text
  }

  @Test(arguments: [
    ("next_follow_up: 2026-11-01", "next_follow_up:"),
    ("next_follow_up: 2026-11-01  # after the trip", "next_follow_up:  # after the trip"),
    ("Next-Follow-Up: '2026-11-01'", "Next-Follow-Up:"),
    ("next_follow_up:", "next_follow_up:"),
  ])
  func noneEmptiesTheKeyAndKeepsIt(_ before: String, _ after: String) throws {
    let text = "---\nname: Zoe\n\(before)\ncadence: 2w\n---\n# Zoe\n"
    #expect(try snooze(text, to: .none) == "---\nname: Zoe\n\(after)\ncadence: 2w\n---\n# Zoe\n")
  }

  @Test func noneAddsNothingToAFileWithoutTheKey() throws {
    let text = "---\nname: Zoe\n---\n"
    #expect(try snooze(text, to: .none) == text)
  }

  @Test(arguments: [
    ("notes: old", "After her launch: call", "notes: \"After her launch: call\""),
    ("notes: 'old' # why", "It's after the launch", "notes: 'It''s after the launch' # why"),
    ("notes: \"old\"", "Say \"hi\"", "notes: \"Say \\\"hi\\\"\""),
    ("notes: old", "#1 priority", "notes: \"#1 priority\""),
    ("notes: old", "Plain words", "notes: Plain words"),
    ("notes: old  # kept", "", "notes:  # kept"),
  ])
  func aNoteIsWrittenSoThatItReadsBack(_ before: String, _ note: String, _ after: String)
    throws
  {
    let text = "---\nname: Zoe\n\(before)\nnext_follow_up: 2026-12-05\n---\n"
    let day = CalendarDate(year: 2026, month: 12, day: 5)!
    let result = try snooze(text, to: .on(day), note: note)
    #expect(result == "---\nname: Zoe\n\(after)\nnext_follow_up: 2026-12-05\n---\n")
    let notes = ContactFile(path: "zoe.md", document: TextDocument(text: result)).contact.notes
    #expect(notes == (note.isEmpty ? nil : note))
  }

  @Test func aNoteIsAddedAtTheEndOfTheFrontMatter() throws {
    let result = try snooze("---\nname: Zoe\n---\n", to: .none, note: "Waiting for the budget")
    #expect(result == "---\nname: Zoe\nnotes: Waiting for the budget\n---\n")
  }

  @Test(arguments: ["none", "NONE", " never "])
  func noneAndNeverReadAsNoDate(_ text: String) throws {
    #expect(try NextFollowUp.parse(text, today: CalendarDate(year: 2026, month: 12, day: 1)!) == .none)
  }

  @Test func anythingElseIsADateOrAnErrorThatNamesNone() throws {
    let today = CalendarDate(year: 2026, month: 12, day: 1)!
    #expect(try NextFollowUp.parse("tomorrow", today: today) == .on(today.adding(days: 1)))
    #expect(throws: FuError.invalidFollowUp("clear")) {
      try NextFollowUp.parse("clear", today: today)
    }
  }
}
