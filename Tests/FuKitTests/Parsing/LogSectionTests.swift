import Testing

@testable import FuKit

/// How a log entry starts: a `YYYY-MM-DD` date, then `:`, ` - ` or ` — `, then its text.
@Suite struct LogSectionTests {
  @Test(arguments: [
    ("2026-11-21: Coffee", "2026-11-21", "Coffee"),
    ("2026-11-21:Coffee", "2026-11-21", "Coffee"),
    ("2026-11-21 - Coffee", "2026-11-21", "Coffee"),
    ("2026-11-21 — Coffee", "2026-11-21", "Coffee"),
    ("2026-11-21   -   Coffee", "2026-11-21", "Coffee"),
    ("2026-11-21:", "2026-11-21", ""),
    ("2026-02-30: not a day, but shaped like one", "2026-02-30", "not a day, but shaped like one"),
  ])
  func anEntryStartsWithADateAndASeparator(_ text: String, _ date: String, _ rest: String) throws {
    let start = try #require(LogSection.entryStart(text))
    #expect(start.date == date)
    #expect(text[start.rest...] == rest)
  }

  @Test(arguments: [
    "2026-11-21 Coffee", "2026-11-21", "2026-11-21 -Coffee", "2026-11-21 : Coffee",
    "2026-1-21: Coffee", "26-11-21: Coffee", "２０２６-11-21: Coffee", "Coffee 2026-11-21: x", "",
  ])
  func otherTextIsNotAnEntry(_ text: String) {
    #expect(LogSection.entryStart(text) == nil)
  }
}
