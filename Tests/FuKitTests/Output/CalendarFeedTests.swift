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
