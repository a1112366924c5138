import Testing

@testable import FuKit

/// How follow-ups end (`fu stats`): runs of attempts answered, unanswered and waiting, and
/// the tries before an answer, in all and per tag.
@Suite struct FollowUpStatsTests {
  /// A log of entries, `s` for an attempt and `r` for a two-way entry, a day apart.
  private func log(_ pattern: String, newestFirst: Bool = false) -> [LogEntry] {
    let entries = pattern.enumerated().map { index, kind in
      LogEntry(
        date: day(2026, 10, 1).adding(days: index), text: kind == "s" ? "Email #sent" : "Call",
        lines: index...index)
    }
    return newestFirst ? entries.reversed() : entries
  }

  @Test(arguments: [false, true])
  func runsEndAnsweredUnansweredOrWaiting(_ newestFirst: Bool) {
    let runs = AttemptRun.runs(in: log("rssrsrsssss", newestFirst: newestFirst), maxAttempts: 5)
    #expect(
      runs == [
        AttemptRun(tries: 2, outcome: .answered), AttemptRun(tries: 1, outcome: .answered),
        AttemptRun(tries: 5, outcome: .unanswered),
      ])
    #expect(AttemptRun.runs(in: log("rss"), maxAttempts: 5) == [AttemptRun(tries: 2, outcome: .waiting)])
    #expect(AttemptRun.runs(in: log("rrr"), maxAttempts: 5).isEmpty)
  }

  @Test func statsCountRunsAndTheMeanTriesPerTag() {
    let today = day(2026, 11, 21)
    var lead = testContact("Lead", tags: ["lead"])
    lead.log = log("ssrssr")  // two answered runs: 2 and 2 tries
    var friend = testContact("Friend", tags: ["friend", "lead"])
    friend.log = log("rsssr" + "ss")  // answered after 3, then waiting
    let quiet = testContact("Quiet", tags: ["friend"])
    let stats = Stats(contacts: [lead, friend, quiet], today: today)
    #expect(stats.followUps.answered == 3)
    #expect(stats.followUps.waiting == 1)
    #expect(stats.followUps.unanswered == 0)
    #expect(stats.followUps.averageTriesBeforeAnswer == 7.0 / 3.0)
    #expect(stats.followUpsByTag.map(\.tag) == ["friend", "lead"])
    #expect(stats.followUpsByTag[0].answered == 1)
    #expect(stats.followUpsByTag[1].runs == 4)
    let text = StatsReport.text(stats, style: Style(enabled: false))
    #expect(text.contains("(all)          3           0        1                 2.3\nfriend"))
    guard case .object(let fields) = StatsReport.json(stats),
      case .object(let followUps)? = fields.first(where: { $0.0 == "follow_ups" })?.1
    else {
      Issue.record("no follow_ups object")
      return
    }
    #expect(followUps.first { $0.0 == "average_tries_before_answer" }?.1 == .number(2.33))
  }

  @Test func noRunsNoSection() {
    let stats = Stats(contacts: [testContact("Ada")], today: day(2026, 11, 21))
    #expect(!StatsReport.text(stats, style: Style(enabled: false)).contains("How follow-ups end"))
  }
}
