import Testing

@testable import FuKit

/// Sequences: the waits after each unanswered attempt, the last one repeating, each maybe
/// naming a channel; and the practice that chooses a contact's sequence and says when to
/// stop ("Sequences: when to try again").
@Suite struct FollowUpSequenceTests {
  private func contact(sequence items: [String]?, attempts: Int = 0) -> Contact {
    var contact = Contact(path: "zoe.md", name: "Zoe")
    // One item reads as a name (`sequence: sales`), several as a list of waits.
    contact.sequence = items.map { SequenceSetting(items: $0, isList: $0.count > 1, line: 4) }
    contact.attempts = OpenAttempts(
      count: attempts, waitingSince: attempts > 0 ? day(2026, 11, 1) : nil)
    return contact
  }

  @Test(arguments: [
    ("2d", "2d", nil as String?),
    ("2d email", "2d", "email"),
    ("2 weeks linkedin", "2w", "linkedin"),
    ("weekly call", "1w", "call"),
    ("1w #call", "1w", "call"),
  ])
  func readsAStep(_ text: String, _ wait: String, _ channel: String?) {
    let step = FollowUpSequence.Step(parsing: text)
    #expect(step?.wait.description == wait)
    #expect(step?.channel == channel)
  }

  @Test(arguments: ["soon", "2d by email", "", "email 2d", "0d"])
  func refusesWhatIsNotAStep(_ text: String) {
    #expect(FollowUpSequence.Step(parsing: text) == nil)
  }

  @Test func theStandardSequenceIsDay1Day3Day7Week2AndTheLastWaitRepeats() {
    let waits = (1...6).map { FollowUpSequence.standard.step(after: $0).wait.description }
    #expect(waits == ["2d", "4d", "1w", "2w", "2w", "2w"])
  }

  @Test func aStepBelongsToTheWaitAfterItsAttempt() throws {
    let sales = try FollowUpSequence.parse(["2d email", "4d linkedin"]).get()
    #expect(sales.step(after: 1).channel == "email")
    #expect(
      sales.step(after: 2)
        == FollowUpSequence.Step(wait: Cadence(count: 4, unit: .day), channel: "linkedin"))
    #expect(sales.step(after: 9).channel == "linkedin")
  }

  @Test func theContactsOwnSequenceWinsThenTheConfigsThenTheStandard() throws {
    var practice = FollowUpPractice()
    #expect(try practice.sequence(for: contact(sequence: nil)).get() == .standard)
    practice.defaultSequence = try FollowUpSequence.parse(["3d"]).get()
    #expect(try practice.sequence(for: contact(sequence: nil)).get().steps.count == 1)
    practice.sequences = ["interview": try FollowUpSequence.parse(["1d", "1w", "2w"]).get()]
    let named = try practice.sequence(for: contact(sequence: ["Interview"])).get()
    #expect(named.steps.map(\.wait.description) == ["1d", "1w", "2w"])
    let inline = try practice.sequence(for: contact(sequence: ["1d", "2d email"])).get()
    #expect(inline.step(after: 2).channel == "email")
    let single = try practice.sequence(for: contact(sequence: ["5d"])).get()
    #expect(single.step(after: 3).wait.description == "5d")
  }

  @Test func anUnknownNameOrABadWaitIsAProblemAtItsLine() {
    var practice = FollowUpPractice()
    practice.sequences = ["sales": .standard]
    #expect(
      practice.sequence(for: contact(sequence: ["salse"]))
        == .failure(
          Diagnostic(
            path: "zoe.md", line: 4,
            message:
              "unknown sequence \"salse\": the config's are sales; or write waits, like [2d, 4d, 1w]"
          )))
    #expect(
      practice.sequence(for: contact(sequence: ["2d", "soon"]))
        == .failure(
          Diagnostic(
            path: "zoe.md", line: 4,
            message:
              "`sequence`: \"soon\" is not a wait: write a duration, then a channel if you like (2d, 1w email, 2w linkedin)"
          )))
  }

  /// A one-item list is waits, never a name; a map or an empty item is no sequence at all.
  @Test func aListIsWaitsAndAMapIsAProblem() {
    var contact = Contact(path: "zoe.md", name: "Zoe")
    contact.sequence = SequenceSetting(items: ["-2d"], isList: true, line: 4)
    #expect(
      (try? FollowUpPractice().sequence(for: contact).get()) == nil
        && "\(FollowUpPractice().sequence(for: contact))".contains("\"-2d\" is not a wait"))
    contact.sequence = SequenceSetting(items: nil, line: 4)
    #expect(
      FollowUpPractice().sequence(for: contact)
        == .failure(
          Diagnostic(
            path: "zoe.md", line: 4,
            message:
              "`sequence` should be waits, like [2d, 4d, 1w], or the name of a sequence in the config"
          )))
    contact.sequence = SequenceSetting(items: ["2d", "", "1w"], line: 4)
    #expect((try? FollowUpPractice().sequence(for: contact).get()) == nil)
  }

  /// Names differ only in case: the one spelled so wins, whatever a dictionary's order.
  @Test func aNameSpelledExactlyWins() throws {
    var practice = FollowUpPractice()
    practice.sequences = [
      "Sales": try FollowUpSequence.parse(["1d"]).get(),
      "sales": try FollowUpSequence.parse(["2w"]).get(),
    ]
    #expect(
      try practice.sequence(for: contact(sequence: ["sales"])).get().steps[0].wait.description
        == "2w")
    #expect(
      try practice.sequence(for: contact(sequence: ["SALES"])).get().steps[0].wait.description
        == "1d")
  }

  /// After the attempt that leaves `n` open: the sequence's wait while fewer than the
  /// maximum are open, else the rest.
  @Test func theNextFollowUpRestsAfterTheMaximum() {
    let practice = FollowUpPractice()
    let day1 = day(2026, 11, 1)
    let dates = (1...6).map {
      practice.nextFollowUp(after: day1, attempts: $0, sequence: .standard).description
    }
    #expect(
      dates == [
        "2026-11-03", "2026-11-05", "2026-11-08", "2026-11-15", "2027-02-01", "2027-02-01",
      ])
  }

  @Test func reengagingClampsToTheMonthsEnd() {
    let practice = FollowUpPractice()
    let next = practice.nextFollowUp(
      after: day(2026, 11, 30), attempts: 5, sequence: .standard)
    #expect(next == day(2027, 2, 28))
  }

  @Test(arguments: [
    (1, AttemptProgress.NextStep.tryAgain), (3, .tryAgain), (4, .lastTry), (5, .reengage),
    (7, .reengage),
  ])
  func theNextStepFollowsTheCount(_ attempts: Int, _ step: AttemptProgress.NextStep) {
    #expect(
      FollowUpPractice().progress(of: contact(sequence: nil, attempts: attempts))?.nextStep == step)
  }

  @Test func theChannelIsTheNextStepsAndNoneWhileResting() throws {
    var practice = FollowUpPractice()
    practice.sequences = ["sales": try FollowUpSequence.parse(["2d email", "4d linkedin"]).get()]
    #expect(practice.progress(of: contact(sequence: ["sales"], attempts: 2))?.channel == "linkedin")
    #expect(practice.progress(of: contact(sequence: ["sales"], attempts: 5))?.channel == nil)
    #expect(practice.progress(of: contact(sequence: ["sales"])) == nil)
  }
}
