import Testing

@testable import FuKit

/// Open attempts: the `#sent` entries newer than the newest two-way entry, counted from the
/// log alone ("Attempts: entries tagged `#sent`").
@Suite struct OpenAttemptsTests {
  private func attempts(_ log: String) -> OpenAttempts {
    ContactFile(
      path: "zoe.md", document: TextDocument(text: "---\nname: Zoe\n---\n## Log\n\n" + log)
    ).contact.attempts
  }

  private func day(_ month: Int, _ day: Int) -> CalendarDate {
    CalendarDate(year: 2026, month: month, day: day)!
  }

  @Test func countsTheAttemptsAfterTheNewestTwoWayEntry() {
    let log = """
      - 2026-10-01: Met at the conference
      - 2026-10-02: Email #sent
      - 2026-10-05: She answered
      - 2026-11-01: Email about the pilot #sent
      - 2026-11-03: Nudge #sent #email

      """
    #expect(attempts(log) == OpenAttempts(count: 2, waitingSince: day(11, 1)))
  }

  @Test func aNewestFirstListIsReadTheOtherWayRound() {
    let log = """
      - 2026-11-03: Nudge #sent
      - 2026-11-01: Email #sent
      - 2026-10-05: She answered

      """
    #expect(attempts(log) == OpenAttempts(count: 2, waitingSince: day(11, 1)))
  }

  /// On one day, the list's own order decides: in a newest-first list the upper entry is
  /// the newer, so there the reply above the attempt answers it.
  @Test func entriesOfOneDayKeepTheListsOrder() {
    let oldestFirst = """
      - 2026-10-01: Met
      - 2026-11-01: Called back
      - 2026-11-01: Email #sent

      """
    #expect(attempts(oldestFirst).count == 1)
    let newestFirst = """
      - 2026-11-02: Called back
      - 2026-11-01: Email #sent
      - 2026-11-01: Called back
      - 2026-10-01: Met

      """
    #expect(attempts(newestFirst).count == 0)
    let newestFirstSameDay = """
      - 2026-11-01: Email #sent
      - 2026-11-01: Called back
      - 2026-10-01: Met

      """
    #expect(attempts(newestFirstSameDay) == OpenAttempts(count: 1, waitingSince: day(11, 1)))
  }

  /// A log written by hand, out of order: the dates decide.
  @Test func aHandWrittenLogIsCountedByDate() {
    let log = """
      - 2026-11-07: Third try #sent
      - 2026-10-01: Met
      - 2026-11-01: First try #Sent
      - 2026-11-03: Second try #SENT

      """
    #expect(attempts(log) == OpenAttempts(count: 3, waitingSince: day(11, 1)))
  }

  @Test func onlyTheFirstLineAndWholeTagsCount() {
    let log = """
      - 2026-11-01: Email #sent
      - 2026-11-02: A long reply about #sentences
      - 2026-11-03: A call
        that ended with #sent

      """
    #expect(attempts(log) == .none)
  }

  @Test func anEntryWhoseTextStartsBelowItsDateReadsItsFirstLine() {
    let log = """
      - 2026-11-01: Met
      - 2026-11-02:
        #sent
        The deck, and a question about the pilot.

      """
    #expect(attempts(log) == OpenAttempts(count: 1, waitingSince: day(11, 2)))
  }

  @Test func aLogWithNoAttemptsHasNone() {
    #expect(attempts("- 2026-11-01: Coffee\n") == .none)
    #expect(attempts("") == .none)
  }

  /// The summary the index keeps reads attempts from a file's front matter fast path too.
  @Test func theIndexSummaryCountsThem() throws {
    let text = "---\nname: Zoe\n---\n## Log\n\n- 2026-11-01: Hi #SeNt\n"
    let summary = try ContactSummary.read(
      path: "zoe.md", bytes: Array(text.utf8),
      logSectionNames: ContactFile.defaultLogSectionNames
    ).get()
    #expect(summary.contact.attempts == OpenAttempts(count: 1, waitingSince: day(11, 1)))
    #expect(summary.contact.log.isEmpty)
  }
}
