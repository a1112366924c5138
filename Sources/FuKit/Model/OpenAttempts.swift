/// The attempts of a contact still waiting for an answer: the log's `#sent` entries newer
/// than its newest two-way entry. Counted from the log alone, so a hand edit or a git merge
/// of the log is always counted right.
public struct OpenAttempts: Sendable, Equatable {
  /// How many attempts are open (0 when none).
  public var count: Int
  /// The day of the oldest open attempt: since when you have been waiting.
  public var waitingSince: CalendarDate?

  public init(count: Int, waitingSince: CalendarDate?) {
    self.count = count
    self.waitingSince = waitingSince
  }

  /// No attempt waiting.
  public static let none = OpenAttempts(count: 0, waitingSince: nil)

  /// The open attempts of `log` (entries in file order).
  public init(log: [LogEntry]) {
    let open = OpenAttempts.entries(in: log)
    self.init(count: open.count, waitingSince: open.first?.date)
  }

  /// The open attempts of `log`, oldest first.
  public static func entries(in log: [LogEntry]) -> [LogEntry] {
    let timeline = LogEntry.timeline(log)
    let answered = timeline.lastIndex { !$0.isAttempt }.map { $0 + 1 } ?? 0
    return Array(timeline[answered...])
  }
}
