/// How fu follows up until there is an answer: the waits between attempts, how many
/// attempts before the contact rests, and how long it rests. The config's `follow_up` and
/// `sequences`, else fu's defaults.
public struct FollowUpPractice: Sendable, Equatable {
  /// The sequence of a contact with none of its own (`follow_up.sequence`).
  public var defaultSequence = FollowUpSequence.standard
  /// After this many open attempts the contact rests (`follow_up.max_attempts`).
  public var maxAttempts = 5
  /// How long a contact rests after its last try (`follow_up.reengage`).
  public var reengage = Cadence(count: 3, unit: .month)
  /// The sequences a contact can name (`sequences`), by name as written.
  public var sequences: [String: FollowUpSequence] = [:]

  public init() {}

  /// The sequence `contact` follows: its own `sequence` key (waits, or the name of one of
  /// `sequences`), else the default. A key fu cannot read is a problem at its line, never
  /// a guess.
  public func sequence(for contact: Contact) -> Result<FollowUpSequence, Diagnostic> {
    guard let setting = contact.sequence else { return .success(defaultSequence) }
    func problem(_ message: String) -> Result<FollowUpSequence, Diagnostic> {
      .failure(Diagnostic(path: contact.path, line: setting.line, message: message))
    }
    guard let items = setting.items else {
      return problem(
        "`sequence` should be waits, like [2d, 4d, 1w], or the name of a sequence in the config")
    }
    if !setting.isList, items.count == 1 {
      let name = items[0]
      if let named = sequence(named: name) { return .success(named) }
      if FollowUpSequence.Step(parsing: name) == nil {
        let known =
          sequences.isEmpty
          ? "the config names none (its `sequences`)"
          : "the config's are " + sequences.keys.sorted().joined(separator: ", ")
        return problem(
          "unknown sequence \"\(name)\": \(known); or write waits, like [2d, 4d, 1w]")
      }
    }
    switch FollowUpSequence.parse(items) {
    case .success(let own): return .success(own)
    case .failure(let step): return problem("`sequence`: \(step.explanation)")
    }
  }

  /// The config's sequence called `name`: spelled so, else in another case (the first in
  /// sorted order, so that the answer never depends on a dictionary's order).
  func sequence(named name: String) -> FollowUpSequence? {
    if let exact = sequences[name] { return exact }
    let folded = name.lowercased()
    return sequences.keys.sorted().first { $0.lowercased() == folded }.flatMap { sequences[$0] }
  }

  /// When to follow up after the attempt of `date` that leaves `attempts` open: the
  /// sequence's wait after it while fewer than `maxAttempts` are open, else `reengage`
  /// (that was the last try).
  public func nextFollowUp(
    after date: CalendarDate, attempts: Int, sequence: FollowUpSequence
  ) -> CalendarDate {
    attempts < maxAttempts
      ? sequence.step(after: attempts).wait.after(date) : reengage.after(date)
  }

  /// Where `contact`'s run of attempts stands; `nil` when none is open.
  public func progress(of contact: Contact) -> AttemptProgress? {
    let open = contact.attempts
    guard open.count > 0, let since = open.waitingSince else { return nil }
    let step: AttemptProgress.NextStep =
      open.count >= maxAttempts ? .reengage : open.count == maxAttempts - 1 ? .lastTry : .tryAgain
    let channel =
      step == .reengage
      ? nil : (try? sequence(for: contact).get())?.step(after: open.count).channel
    return AttemptProgress(
      attempts: open.count, waitingSince: since, nextStep: step, channel: channel)
  }
}

/// Where a contact's run of unanswered attempts stands.
public struct AttemptProgress: Sendable, Equatable {
  /// Open attempts.
  public var attempts: Int
  /// The day of the oldest open attempt.
  public var waitingSince: CalendarDate
  /// What comes next.
  public var nextStep: NextStep
  /// How to reach out next, when the sequence says (never while resting).
  public var channel: String?

  /// What comes after the open attempts.
  public enum NextStep: String, Sendable {
    /// Another try: fewer than the maximum less one are open.
    case tryAgain = "try"
    /// The next attempt is the last: the one to close the loop politely.
    case lastTry = "last_try"
    /// The maximum is reached: the contact rests until it is time to re-engage.
    case reengage
  }
}

/// A contact's own `sequence` key: its items as written and its line.
public struct SequenceSetting: Sendable, Equatable {
  /// The list's items, or the one value (a name, or a single wait); `nil` for a value that
  /// is neither (a nested map), which no sequence can be read from.
  public var items: [String]?
  /// Whether the value is a list, whose items are waits; else it may be a name.
  public var isList: Bool
  /// The 1-based line of the key.
  public var line: Int

  public init(items: [String]?, isList: Bool = true, line: Int) {
    self.items = items
    self.isList = isList
    self.line = line
  }
}
