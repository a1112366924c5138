import Testing

@testable import FuKit

/// A contact is a value: its facts live in a shared box, but a change to one copy is never
/// seen by another.
@Suite struct ContactTests {
  @Test func aChangedCopyLeavesTheOriginalAlone() {
    var original = testContact("Ada Lovelace", path: "ada.md", cadence: "2w", tags: ["oss"])
    original.notes = "Loves engines"
    let before = original
    var copy = original
    copy.name = "Countess"
    copy.tags.append("investor")
    copy.notes = nil
    #expect(original == before)
    #expect(original.name == "Ada Lovelace" && original.tags == ["oss"])
    #expect(original.notes == "Loves engines")
    #expect(copy.name == "Countess" && copy.tags == ["oss", "investor"] && copy.notes == nil)
    #expect(copy != original)
    original.log = [LogEntry(date: day(2026, 11, 2), text: "Coffee", lines: 9...9)]
    #expect(before.log.isEmpty && copy.log.isEmpty)
  }

  @Test func contactsAreEqualByTheirFactsNotTheirBoxes() {
    let built = { testContact("Ada Lovelace", path: "ada.md", next: day(2026, 12, 1)) }
    #expect(built() == built())
    var other = built()
    other.nextFollowUp = day(2026, 12, 2)
    #expect(other != built())
    other.nextFollowUp = day(2026, 12, 1)
    #expect(other == built())
  }

  @Test func aTagArgumentSplitsOnCommasAndKeepsInnerSpaces() {
    #expect(Contact.tags(inArgument: "investor") == ["investor"])
    #expect(Contact.tags(inArgument: "a, #b,,c ") == ["a", "b", "c"])
    #expect(Contact.tags(inArgument: " new york ") == ["new york"])
    #expect(Contact.tags(inArgument: " , #") == [])
  }

  @Test func theShortestTagCadenceIsTheOneDueSoonestAfterTheLastContact() {
    let defaults = [
      TagCadence(tag: "thirty", cadence: Cadence(parsing: "30d")!),
      TagCadence(tag: "#Monthly", cadence: Cadence(parsing: "1m")!),
    ]
    func chosen(last: CalendarDate?, cadence: String? = nil) -> String? {
      testContact("Ada", last: last, cadence: cadence, tags: ["thirty", "monthly"])
        .tagCadence(from: defaults)?.tag
    }
    #expect(chosen(last: day(2026, 1, 31)) == "monthly")  // Feb 28, not Mar 2
    #expect(chosen(last: day(2026, 3, 1)) == "thirty")  // Mar 31, not Apr 1
    #expect(chosen(last: day(2026, 3, 1), cadence: "1w") == nil)  // its own wins
  }
}
