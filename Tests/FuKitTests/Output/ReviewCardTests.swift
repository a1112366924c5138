import Foundation
import Testing

@testable import FuKit

/// `fu review`'s card: why due, attempts, notes, the last entries, each line fitted.
@Suite struct ReviewCardTests {
  static let priya = """
    ---
    name: Priya Raman
    tags: [lead]
    last_contact: 2026-11-12
    next_follow_up: 2026-11-16
    notes: Pilot budget in Q1, and a note long enough to need more than one line at sixty columns, or three
    ---

    ## Interactions

    - 2026-10-28: Demo call; she wants numbers for the pilot and a long line that cannot fit
    - 2026-10-30: Coffee
    - 2026-11-10: Sent the pricing sheet #sent
    - 2026-11-12: Connected on LinkedIn #sent

    """

  func card(width: Int) throws -> [String] {
    let vault = try TestVault("review-card", files: ["priya.md": Self.priya])
    defer { vault.remove() }
    let review = Review(workspace: try vault.workspace(), days: 0, tags: [])
    return try #require(try review.card()).lines(width: width, style: Style(enabled: false))
  }

  @Test func saysWhyDueWhereTheAttemptsStandTheNotesAndTheLastEntries() throws {
    let lines = try card(width: 80)
    #expect(
      lines == [
        "1 of 1",
        "",
        "Priya Raman  priya.md",
        "",
        "  due      Nov 16, 5d overdue (next_follow_up)",
        "  waiting  3rd try, no reply since Nov 10",
        "  notes    Pilot budget in Q1, and a note long enough to need more than one line",
        "           at sixty columns, or three",
        "",
        "Log (3 of 4, newest first)",
        "  Nov 12  Connected on LinkedIn #sent",
        "  Nov 10  Sent the pricing sheet #sent",
        "  Oct 30  Coffee",
      ])
  }

  @Test(arguments: [60, 40, 20]) func noLineIsWiderThanTheTerminal(width: Int) throws {
    let lines = try card(width: width)
    #expect(lines.filter { TextLayout.width($0) > width } == [])
    #expect(lines.contains { $0.contains("Priya Raman") })
  }

  @Test func wrapBreaksAtSpacesAndMarksWhatIsLeftOut() {
    #expect(TextLayout.wrap("one two three four", width: 9) == ["one two", "three", "four"])
    #expect(TextLayout.wrap("one two three four", width: 9, limit: 2) == ["one two", "three …"])
    #expect(TextLayout.wrap("unbreakable", width: 6) == ["unbre…"])
    #expect(TextLayout.wrap("", width: 10) == [])
  }
}
