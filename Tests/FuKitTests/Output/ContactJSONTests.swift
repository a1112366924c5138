import Testing

@testable import FuKit

/// Every listing's JSON writes a contact's fields the same way, from the key table.
@Suite struct ContactJSONTests {
  @Test func theDueFieldsThenTheKeysAskedForThenTheRest() {
    var contact = testContact(
      "Ada Lovelace", last: day(2026, 11, 1), cadence: "2w", tags: ["investor"])
    contact.aliases = ["Countess"]
    let json = ContactJSON.object(
      contact, followUp: nil, status: nil, days: nil, keys: [.lastContact, .aliases, .notes],
      more: [("task", .null)], progress: nil)
    guard case .object(let fields) = json else {
      Issue.record("not an object")
      return
    }
    #expect(
      fields.map(\.0) == [
        "name", "path", "due", "status", "days", "source", "last_contact", "aliases", "notes",
        "task", "attempts", "waiting_since", "next_step", "channel",
      ])
    #expect(fields[2].1 == .null && fields[4].1 == .null)
    #expect(fields[6].1 == .string("2026-11-01"))
    #expect(fields[7].1 == .array([.string("Countess")]))
    #expect(fields[8].1 == .null)
    #expect(fields[10].1 == .int(0) && fields[11].1 == .null && fields[13].1 == .null)
  }

  @Test func theAttemptFieldsSayWhereARunStands() {
    let progress = AttemptProgress(
      attempts: 4, waitingSince: day(2026, 11, 14), nextStep: .lastTry, channel: "linkedin")
    let json = ContactJSON.object(
      testContact("Zoe"), followUp: nil, status: nil, days: nil, keys: [], progress: progress)
    guard case .object(let fields) = json else {
      Issue.record("not an object")
      return
    }
    #expect(fields.suffix(4).map(\.0) == ["attempts", "waiting_since", "next_step", "channel"])
    #expect(
      fields.suffix(4).map(\.1) == [
        .int(4), .string("2026-11-14"), .string("last_try"), .string("linkedin"),
      ])
  }

  @Test func aValueIsACSVCellAsExportWritesIt() {
    #expect(ContactKey.Value.names(["a", "b c"]).csvCell == "a; b c")
    #expect(ContactKey.Value.text(nil).csvCell == "")
    #expect(ContactKey.Value.date(day(2026, 1, 2)).csvCell == "2026-01-02")
    #expect(ContactKey.Value.cadence(Cadence(count: 2, unit: .week)).csvCell == "2w")
    #expect(
      ContactKey.Value.sequence(SequenceSetting(items: ["2d", "1w email"], line: 3)).csvCell
        == "2d; 1w email")
  }
}
