import Testing

@testable import FuKit

/// `fu log --sent`, `--via`, `--next none` and a reply after attempts ("`fu log` with
/// `--sent` and `--via`").
@Suite struct LogPlannerAttemptTests {
  private static func day(_ month: Int, _ day: Int, _ year: Int = 2026) -> CalendarDate {
    CalendarDate(year: year, month: month, day: day)!
  }

  private static let lead = """
    ---
    name: Zoe
    ---
    ## Log

    - 2026-10-01: Met at the conference

    """

  private func log(
    _ text: String, _ message: String = "Email", on day: CalendarDate, sent: Bool = true,
    via: String? = nil, next: NextFollowUp? = nil, practice: FollowUpPractice = FollowUpPractice()
  ) throws(FuError) -> ContactEdit {
    let file = ContactFile(path: "zoe.md", document: TextDocument(text: text), readLog: true)
    var request = LogRequest(date: day, message: message, next: next)
    request.sent = sent
    request.channel = via
    request.practice = practice
    return try LogPlanner.plan(file, request)
  }

  /// The run of the spec: day 1, 3, 7, week 2, then the last try, then a rest of 3 months;
  /// each follow-up is the day of the next attempt.
  @Test func aRunThroughTheDefaultSequenceSetsTheSpecsDates() throws {
    var text = Self.lead
    var day = Self.day(11, 2)
    var follow: [String] = []
    var steps: [AttemptProgress.NextStep?] = []
    for _ in 1...5 {
      let edit = try log(text, on: day)
      text = edit.result.text
      let contact = ContactFile(path: "zoe.md", document: edit.result).contact
      steps.append(FollowUpPractice().progress(of: contact)?.nextStep)
      let next = try #require(edit.nextFollowUp)
      follow.append(next.description)
      day = next
    }
    #expect(follow == ["2026-11-04", "2026-11-08", "2026-11-15", "2026-11-29", "2027-02-28"])
    #expect(steps == [.tryAgain, .tryAgain, .tryAgain, .lastTry, .reengage])
    #expect(text.hasSuffix("- 2026-11-29: Email #sent\n"))
    // A reply ends the run, and its follow-up: with no cadence, no date at all.
    let reply = try log(text, "She wrote back", on: Self.day(12, 1), sent: false)
    #expect(reply.nextFollowUp == nil)
    #expect(ContactFile(path: "zoe.md", document: reply.result).contact.attempts == .none)
  }

  @Test func aReplyMovesOnByTheCadenceOrByNext() throws {
    let text = """
      ---
      name: Zoe
      cadence: monthly
      next_follow_up: 2026-11-05
      ---
      ## Log

      - 2026-11-01: Email #sent

      """
    let reply = try log(text, "Call", on: Self.day(11, 4), sent: false)
    #expect(reply.nextFollowUp == Self.day(12, 4))
    let told = try log(text, "Call", on: Self.day(11, 4), sent: false, next: .on(Self.day(11, 20)))
    #expect(told.nextFollowUp == Self.day(11, 20))
    let none = try log(text, "Call", on: Self.day(11, 4), sent: false, next: NextFollowUp.none)
    #expect(none.nextFollowUp == nil)
    #expect(none.result.text.contains("next_follow_up:\n"))
  }

  @Test func theEntryEndsWithItsTagsOnItsFirstLine() throws {
    let text = Self.lead
    #expect(
      try log(text, "Intro\nwith the deck", on: Self.day(11, 2), via: "linkedin").result.text
        .hasSuffix("- 2026-11-02: Intro #sent #linkedin\n  with the deck\n"))
    #expect(try log(text, "", on: Self.day(11, 2)).result.text.hasSuffix("- 2026-11-02: #sent\n"))
    #expect(
      try log(text, "Already #SENT", on: Self.day(11, 2)).result.text
        .hasSuffix("- 2026-11-02: Already #SENT\n"))
    #expect(
      try log(text, "Call", on: Self.day(11, 2), sent: false, via: "phone").result.text
        .hasSuffix("- 2026-11-02: Call #phone\n"))
    // `--sent --via sent` says one thing twice: one tag.
    #expect(
      try log(text, "Email", on: Self.day(11, 2), via: "Sent").result.text
        .hasSuffix("- 2026-11-02: Email #sent\n"))
  }

  @Test(arguments: ["two words", "", "#", "123", "a,b"])
  func aChannelThatCannotBeATagIsRefused(_ channel: String) {
    #expect(throws: FuError.invalidChannel(channel)) {
      try log(Self.lead, on: Self.day(11, 2), via: channel)
    }
  }

  /// A channel step says how to reach out; a named sequence from the config is followed.
  @Test func aNamedSequenceFromTheConfigSetsTheWaits() throws {
    var practice = FollowUpPractice()
    practice.sequences = ["interview": try FollowUpSequence.parse(["1d", "1w"]).get()]
    let text = "---\nname: Zoe\nsequence: interview\n---\n## Log\n\n- 2026-11-01: Thanks #sent\n"
    let edit = try log(text, on: Self.day(11, 2), practice: practice)
    #expect(edit.nextFollowUp == Self.day(11, 9))
  }

  @Test func aSequenceFuCannotReadRefusesAnAttemptAtItsLine() {
    let text = "---\nname: Zoe\ntags: [lead]\nsequence: [2d, soon]\n---\n"
    #expect {
      try log(text, on: Self.day(11, 2))
    } throws: { error in
      guard case FuError.cannotEdit(let diagnostic) = error else { return false }
      return diagnostic.line == 4 && diagnostic.message.contains("\"soon\" is not a wait")
        && diagnostic.message.contains("give --next")
    }
    // With --next there is nothing to guess: the attempt is logged.
    #expect(throws: Never.self) {
      try log(text, on: Self.day(11, 2), next: .on(Self.day(11, 9)))
    }
  }

  /// An attempt dated before a newer entry is history: the follow-up stays as it was.
  @Test func anOlderAttemptLeavesTheFollowUp() throws {
    let text = """
      ---
      name: Zoe
      next_follow_up: 2026-11-20
      ---
      ## Log

      - 2026-11-10: Call

      """
    let edit = try log(text, on: Self.day(11, 5))
    #expect(edit.nextFollowUp == Self.day(11, 20))
    #expect(ContactFile(path: "zoe.md", document: edit.result).contact.attempts == .none)
  }

  /// In a newest-first log the attempt goes on top, and counts as the newest.
  @Test func aNewestFirstLogTakesTheAttemptOnTop() throws {
    let text = """
      ---
      name: Zoe
      ---
      ## Log

      - 2026-11-03: Nudge #sent
      - 2026-11-01: Email #sent
      - 2026-10-01: Met

      """
    let edit = try log(text, "Third", on: Self.day(11, 7))
    #expect(edit.result.text.contains("## Log\n\n- 2026-11-07: Third #sent\n- 2026-11-03"))
    #expect(edit.nextFollowUp == Self.day(11, 14))
  }
}

/// The attempt rules the review found wanting: the tag from `--via sent`, a bad sequence
/// behind a backdated attempt, and an attempt among open ones.
@Suite struct LogPlannerAttemptEdgeTests {
  private func plan(_ text: String, date: CalendarDate, sent: Bool = true, via: String? = nil)
    throws(FuError) -> ContactEdit
  {
    let file = ContactFile(path: "a.md", document: TextDocument(text: text), readLog: true)
    var request = LogRequest(date: date, message: "ping")
    request.sent = sent
    request.channel = via
    return try LogPlanner.plan(file, request)
  }

  @Test func viaSentIsAnAttempt() throws {
    let text = "---\ncadence: 1m\nlast_contact: 2026-11-01\nnext_follow_up: 2026-12-01\n---\n"
    let edit = try plan(text, date: day(2026, 11, 10), sent: false, via: "sent")
    #expect(edit.nextFollowUp == day(2026, 11, 12))
    #expect(edit.attempts.count == 1)
  }

  @Test(arguments: [
    "sequence: {a: 1}", "sequence: []", "sequence: [2d, \"\", 1w]", "sequence: drip",
  ])
  func aSequenceFuCannotReadRefusesEveryAttempt(_ line: String) {
    let text = "---\n\(line)\n---\n## Log\n\n- 2026-11-20: Call\n"
    #expect(throws: FuError.self) { try plan(text, date: day(2026, 11, 21)) }
    #expect(throws: FuError.self) { try plan(text, date: day(2026, 11, 19)) }
  }

  /// A backdated attempt among open ones moves the follow-up on from the newest.
  @Test func anAttemptAmongOpenOnesCountsFromTheNewest() throws {
    let text = "---\nnext_follow_up: 2026-11-11\n---\n## Log\n\n- 2026-11-09: ping #sent\n"
    let edit = try plan(text, date: day(2026, 11, 5))
    #expect(edit.attempts.count == 2)
    #expect(edit.nextFollowUp == day(2026, 11, 13))
  }

  @Test(arguments: ["a\nb", "a\u{1}b", "a\u{2028}b", "a\u{85}b"])
  func aNoteIsOneLine(_ note: String) {
    let file = ContactFile(
      path: "a.md", document: TextDocument(text: "---\nnotes: x\n---\n"), readLog: true)
    var request = LogRequest(date: day(2026, 11, 10), message: "Call")
    request.note = note
    #expect(throws: FuError.invalidNote(note.unicodeScalars.dropFirst().first!)) {
      try LogPlanner.plan(file, request)
    }
    #expect(throws: FuError.invalidNote(note.unicodeScalars.dropFirst().first!)) {
      try SnoozePlanner.plan(file, to: .none, note: note)
    }
  }
}

/// The commit subject of `fu log` says an attempt is one.
@Suite struct LogRequestFirstLineTests {
  @Test func theWrittenFirstLineEndsWithTheTags() {
    var request = LogRequest(date: day(2026, 11, 21), message: "\nIntro email\nwith the deck")
    request.sent = true
    request.channel = "email"
    #expect(request.writtenFirstLine == "Intro email #sent #email")
    #expect(
      CommitMessage.log(name: "Zoe", message: request.writtenFirstLine)
        == "fu log: Zoe — Intro email #sent #email")
    request.message = ""
    request.channel = nil
    #expect(request.writtenFirstLine == "#sent")
  }
}
