/// The waits between unanswered attempts: after the 1st, the 2nd, the 3rd... attempt; the
/// last wait repeats. A step may name the channel of the next attempt (`3d linkedin`).
public struct FollowUpSequence: Sendable, Equatable {
  /// One wait, and how to reach out after it.
  public struct Step: Sendable, Equatable {
    public var wait: Cadence
    /// The channel of the attempt after the wait (`email`, `linkedin`, `call`), if named.
    public var channel: String?

    public init(wait: Cadence, channel: String? = nil) {
      self.wait = wait
      self.channel = channel
    }

    /// Reads `2d`, `2d email`, `2 weeks linkedin`, `weekly call`: a duration, then maybe
    /// one word for the channel; `nil` for anything else.
    public init?(parsing text: String) {
      let trimmed = text.trimmingSpaces()
      if let wait = Cadence(parsing: trimmed) {
        self.init(wait: wait)
        return
      }
      guard let space = trimmed.lastIndex(where: { $0 == " " || $0 == "\t" }),
        let wait = Cadence(parsing: String(trimmed[..<space]))
      else { return nil }
      let channel = trimmed[trimmed.index(after: space)...].drop { $0 == "#" }
      guard !channel.isEmpty, channel.allSatisfy(Hashtag.isTagCharacter) else { return nil }
      self.init(wait: wait, channel: String(channel))
    }

    /// As written in a sequence: `2d`, `4d linkedin`.
    public var description: String { wait.description + (channel.map { " \($0)" } ?? "") }
  }

  /// The steps, never none.
  public private(set) var steps: [Step]

  /// A sequence of `steps`; `nil` when there are none.
  public init?(steps: [Step]) {
    guard !steps.isEmpty else { return nil }
    self.steps = steps
  }

  /// Day 1, day 3, day 7, week 2: waits of 2 days, 4 days, 1 week, then 2 weeks.
  public static let standard = FollowUpSequence(
    uncheckedSteps: [
      Step(wait: Cadence(count: 2, unit: .day)), Step(wait: Cadence(count: 4, unit: .day)),
      Step(wait: Cadence(count: 1, unit: .week)), Step(wait: Cadence(count: 2, unit: .week)),
    ])

  private init(uncheckedSteps: [Step]) { steps = uncheckedSteps }

  /// Reads each of `items` as a step; the first item that is not one is the failure.
  public static func parse(_ items: [String]) -> Result<FollowUpSequence, UnreadableStep> {
    var steps: [Step] = []
    for item in items {
      guard let step = Step(parsing: item) else { return .failure(UnreadableStep(text: item)) }
      steps.append(step)
    }
    guard let sequence = FollowUpSequence(steps: steps) else {
      return .failure(UnreadableStep(text: nil))
    }
    return .success(sequence)
  }

  /// A sequence item that is not a step.
  public struct UnreadableStep: Error, Equatable {
    /// The item as written; `nil` for a sequence with no items.
    public var text: String?

    /// What is wrong, and the forms that are right.
    public var explanation: String {
      guard let text else { return "a sequence needs at least one wait, like [2d, 4d, 1w, 2w]" }
      return
        "\"\(text)\" is not a wait: write a duration, then a channel if you like (2d, 1w email, 2w linkedin)"
    }
  }

  /// The step after the `attempt`-th unanswered attempt (1-based): the last one repeats.
  public func step(after attempt: Int) -> Step {
    steps[min(max(attempt, 1), steps.count) - 1]
  }

  /// As written in a config: `[2d, 4d linkedin]`.
  public var description: String { "[" + steps.map(\.description).joined(separator: ", ") + "]" }
}
