import Testing

@testable import FuKit

/// Where a run of attempts stands, in the words of the agenda, the card and the table.
@Suite struct AttemptWordsTests {
  static let today = CalendarDate(year: 2026, month: 11, day: 21)!

  private func progress(_ count: Int, _ step: AttemptProgress.NextStep, by channel: String? = nil)
    -> AttemptProgress
  {
    AttemptProgress(
      attempts: count, waitingSince: day(2026, 11, 14), nextStep: step, channel: channel)
  }

  @Test func saysTheNextTryTheChannelAndSinceWhen() {
    #expect(
      AttemptWords.describe(progress(1, .tryAgain), today: Self.today)
        == "2nd try, no reply since Nov 14")
    #expect(
      AttemptWords.describe(progress(2, .tryAgain, by: "linkedin"), today: Self.today)
        == "3rd try by linkedin, no reply since Nov 14")
    #expect(
      AttemptWords.describe(progress(4, .lastTry), today: Self.today, dates: .iso)
        == "last try, no reply since 2026-11-14")
    #expect(
      AttemptWords.describe(progress(5, .reengage), today: Self.today)
        == "resting after 5 tries since Nov 14")
  }

  @Test func theShortFormSaysHowLongItHasBeen() {
    #expect(
      AttemptWords.short(progress(1, .tryAgain, by: "email"), today: Self.today)
        == "2nd try by email, no reply 7d")
    #expect(
      AttemptWords.short(progress(1, .lastTry), today: day(2026, 11, 14)) == "last try, sent today")
    #expect(AttemptWords.short(progress(6, .reengage), today: Self.today) == "resting, 6 tries")
    #expect(AttemptWords.waited(progress(2, .tryAgain), today: Self.today) == "no reply 7d")
    #expect(AttemptWords.waited(progress(6, .reengage), today: Self.today) == "resting")
  }

  /// The agenda takes the longest form that fits its room, down to the step alone.
  @Test(arguments: [
    (60, "3rd try by linkedin, no reply since Nov 14"), (35, "3rd try by linkedin, no reply 7d"),
    (20, "3rd try by linkedin"), (10, "3rd try"),
  ])
  func theAgendaFitsItsWords(_ room: Int, _ words: String) {
    let fitted = AttemptWords.fitted(
      progress(2, .tryAgain, by: "linkedin"), today: Self.today, dates: .short, room: room)
    #expect(fitted == words)
  }

  @Test(arguments: [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"), (21, "21st"), (103, "103rd")])
  func ordinals(_ number: Int, _ word: String) {
    #expect(AttemptWords.ordinal(number) == word)
  }
}
