import FuTestSupport
import Testing

@testable import FuKit

/// The hand-written due-marker reader must find what the vault format's pattern finds: the
/// regex below is the reference, kept here only as the test's oracle.
@Suite struct TaskDueMarkerTests {
  private func reference(_ text: String) -> (range: Range<String.Index>, date: Substring)? {
    let pattern =
      /(?:^|\s)(?:📅\s*|due:)([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2})?)?/
    return text.firstMatch(of: pattern).map { ($0.range, $0.1) }
  }

  private func expectAgrees(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let found = TaskDueMarker(in: text[...])
    let expected = reference(text)
    #expect(
      found?.range == expected?.range, "\(text.debugDescription)", sourceLocation: sourceLocation)
    #expect(
      found?.date == expected?.date, "\(text.debugDescription)", sourceLocation: sourceLocation)
  }

  @Test(arguments: [
    "Send the deck 📅 2026-12-01", "📅2026-12-01 first", "due:2026-12-01", "x due:2026-12-01 y",
    "Call 📅  2026-12-01T14:30", "Call 📅 2026-12-01 09:00:00 sharp", "Call 📅 2026-12-01 9:00",
    "nodue:2026-12-01", "Call📅 2026-12-01", "📅 2026-12-1", "due: 2026-12-01",
    "a due:2026-13-45 b", "two 📅 2026-12-01 and due:2026-12-05", "tab\tdue:2026-12-01",
    "", "📅", "due:", "due:2026-12-01T", "due:2026-12-01T14", "due:2026-12-01T14:3",
    "due:2026-12-01T14:30:", "due:2026-12-01T14:30:0", "nbsp\u{A0}due:2026-12-01",
    "due:due:2026-12-01", " 📅 📅 2026-12-01",
  ])
  func findsWhatThePatternFinds(_ text: String) {
    expectAgrees(text)
  }

  @Test func agreesOnGeneratedTaskTexts() {
    let pieces = [
      "📅", "due:", "2026-12-01", "2026-1", "T14:30", " 09:00", ":15", " ", "\t", "x", "é",
      "due", "📅 ", "12", "-", ":", "T", "\u{A0}", "日本",
    ]
    var generator = SplitMix64(seed: 0xD0E)
    for _ in 0..<5000 {
      let text = (0..<generator.next(below: 7)).map { _ in
        pieces[generator.next(below: pieces.count)]
      }.joined()
      expectAgrees(text)
    }
  }
}
