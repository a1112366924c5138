import FuKit

/// The warnings FuKit tells while `fu review`'s screen is up: shown under the next card,
/// and each told once more when the screen is gone (the last card's would not be seen).
enum ReviewWarnings {
  nonisolated(unsafe) private static var new: [String] = []
  /// Every warning told, each once, in order.
  nonisolated(unsafe) private(set) static var told: [String] = []

  /// The reporter that keeps warnings for the screen.
  static let reporter = Workspace.Reporter(
    warning: { warn($0) }, wrote: { Terminal.hasWritten = true })

  /// Keeps `message` for the next card and for the end.
  static func warn(_ message: String) {
    new.append("fu: warning: " + message)
    if !told.contains(message) { told.append(message) }
  }

  /// The warnings told since the last card, as the card shows them; forgotten here.
  static func takeNew() -> [String] {
    defer { new = [] }
    return new
  }
}
