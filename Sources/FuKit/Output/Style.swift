/// Terminal colours, applied only when `enabled` (a terminal, no `NO_COLOR`, no
/// `--color never`).
public struct Style: Sendable {
  public var enabled: Bool

  public init(enabled: Bool) {
    self.enabled = enabled
  }

  public func bold(_ text: String) -> String { wrap(text, "1") }
  public func dim(_ text: String) -> String { wrap(text, "2") }
  public func red(_ text: String) -> String { wrap(text, "31") }
  public func green(_ text: String) -> String { wrap(text, "32") }
  public func yellow(_ text: String) -> String { wrap(text, "33") }
  public func cyan(_ text: String) -> String { wrap(text, "36") }

  /// `text` in the colour of `status`.
  public func status(_ status: DueStatus, _ text: String) -> String {
    switch status {
    case .overdue: red(text)
    case .today: yellow(text)
    case .upcoming: cyan(text)
    }
  }

  private func wrap(_ text: String, _ code: String) -> String {
    enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
