import Testing

@testable import FuKit

/// A `key: value  # comment` line split so its value can be swapped, the rest kept.
@Suite struct KeyValueLineTests {
  @Test(arguments: [
    ("next_follow_up: 2026-11-01", "next_follow_up: 2026-12-01"),
    ("Next-Follow-Up:   2026-11-01   # promised", "Next-Follow-Up:   2026-12-01   # promised"),
    ("next_follow_up: '2026-11-01'  # quoted", "next_follow_up: '2026-12-01'  # quoted"),
    ("next_follow_up:", "next_follow_up: 2026-12-01"),
    ("next_follow_up:   # none yet", "next_follow_up: 2026-12-01   # none yet"),
  ])
  func aValueIsSwappedAndTheRestKept(_ line: String, _ expected: String) throws {
    let parsed = try #require(KeyValueLine(line))
    #expect(parsed.normalizedKey == "next_follow_up")
    #expect(parsed.with(value: "2026-12-01") == expected)
  }

  @Test func emptyingAValueKeepsTheComment() throws {
    let parsed = try #require(KeyValueLine("next_follow_up: 2026-11-01  # promised"))
    #expect(parsed.with(value: nil) == "next_follow_up:  # promised")
  }

  @Test(arguments: ["notes: |", "tags: [a, b]", "date: &a 2026-11-01", "name: \"open", "- item"])
  func aLineThatIsNotAPlainValueIsNotTaken(_ line: String) {
    #expect(KeyValueLine(line) == nil)
  }
}
