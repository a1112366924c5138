/// A run of attempts in a log: one or more `#sent` entries in a row, and how it ended.
public struct AttemptRun: Sendable, Equatable {
  /// How many attempts the run has.
  public var tries: Int
  /// How it ended.
  public var outcome: Outcome

  public init(tries: Int, outcome: Outcome) {
    self.tries = tries
    self.outcome = outcome
  }

  /// How a run of attempts ended.
  public enum Outcome: Sendable, Equatable {
    /// A two-way entry came after it: an answer.
    case answered
    /// Still open, with as many tries as the practice allows or more: no answer came.
    case unanswered
    /// Still open, with fewer tries: the answer may yet come.
    case waiting
  }

  /// The runs of `log` (entries in file order), oldest first; an open run with
  /// `maxAttempts` tries or more is unanswered.
  public static func runs(in log: [LogEntry], maxAttempts: Int) -> [AttemptRun] {
    var runs: [AttemptRun] = []
    var tries = 0
    for entry in LogEntry.timeline(log) {
      if entry.isAttempt {
        tries += 1
      } else if tries > 0 {
        runs.append(AttemptRun(tries: tries, outcome: .answered))
        tries = 0
      }
    }
    if tries > 0 {
      runs.append(AttemptRun(tries: tries, outcome: tries >= maxAttempts ? .unanswered : .waiting))
    }
    return runs
  }
}
