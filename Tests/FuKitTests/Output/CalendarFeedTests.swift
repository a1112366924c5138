import Testing

@testable import FuKit

/// The iCalendar details a parser is strict about: escaping and line folding.
@Suite struct CalendarFeedTests {
  @Test func aTasksUIDKeepsWhenLinesComeAboveItAndTellsTwinTasksApart() throws {
    let today = try #require(CalendarDate(year: 2026, month: 11, day: 21))
    func uids(_ lines: [Int]) -> [String] {
      var contact = Contact(path: "ada.md", name: "Ada")
      contact.tasks = zip(["Send the deck", "Call", "Call"], lines).map {
        FollowUpTask(text: $0, due: today, line: $1)
      }
      return Agenda(contacts: [contact], today: today, days: 7).rows
        .filter { $0.followUp.task != nil }.sorted {
          $0.followUp.task!.line < $1.followUp.task!.line
        }
        .map(CalendarFeed.uid)
    }
    let before = uids([10, 11, 12])
    #expect(Set(before).count == 3)
    #expect(uids([14, 15, 16]) == before)
  }

  @Test func textValuesEscapeWhatICalendarReserves() {
    #expect(CalendarFeed.escape("a\\b;c,d\ne\r\u{7}f") == "a\\\\b\\;c\\,d\\nef")
  }

  @Test(arguments: [
    String(repeating: "x", count: 200), String(repeating: "é", count: 100),
    "SUMMARY:" + String(repeating: "日本👩‍👩‍👧", count: 20), "short",
  ])
  func longLinesFoldAt75OctetsNeverInsideACharacter(_ line: String) {
    // Bytes, not Characters: a fold may fall before a joiner, which Swift would glue to
    // the space into one Character.
    var physical: [[UInt8]] = [[]]
    var bytes = Array(CalendarFeed.fold(line).utf8)[...]
    while let byte = bytes.popFirst() {
      if byte == 0x0D, bytes.first == 0x0A {
        bytes.removeFirst()
        physical.append([])
      } else {
        physical[physical.count - 1].append(byte)
      }
    }
    #expect(physical.allSatisfy { $0.count <= 75 })
    #expect(physical.allSatisfy { String(validating: $0, as: UTF8.self) != nil })
    #expect(physical.dropFirst().allSatisfy { $0.first == 0x20 })
    let unfolded = physical[0] + physical.dropFirst().flatMap { $0.dropFirst() }
    #expect(String(validating: unfolded, as: UTF8.self) == line)
  }
}

/// An event of a contact waiting for an answer says which try is next.
@Suite struct CalendarFeedAttemptTests {
  @Test(arguments: [
    (1, "Follow up with Zoe (2nd try)", "2nd try\\, no reply since 2026-11-14."),
    (4, "Follow up with Zoe (last try)", "Last try\\, no reply since 2026-11-14."),
    (5, "Re-engage Zoe (5 tries so far)", "Re-engage after 5 tries since 2026-11-14."),
  ])
  func theEventSaysTheTry(_ attempts: Int, _ summary: String, _ description: String) {
    var zoe = testContact("Zoe", next: day(2026, 11, 21))
    zoe.attempts = OpenAttempts(count: attempts, waitingSince: day(2026, 11, 14))
    let feed = CalendarFeed.render(Agenda(contacts: [zoe], today: day(2026, 11, 21), days: 7))
    #expect(feed.contains("SUMMARY:\(summary)\r\n"))
    #expect(feed.contains("DESCRIPTION:\(description)\\nFile: zoe.md\r\n"))
  }
}
