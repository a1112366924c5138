import ArgumentParser
import FuKit

/// WHO's completion in the scripts swift-argument-parser writes
/// (`fu --generate-completion-script`): the same names as `fu __complete` offers the
/// scripts fu ships (completions/), read from the vault the command line names.
enum WhoCompletion {
  static let kind = fromTheVault(ShellCompletion.names)

  /// A completion whose `candidates` (for `--vault` on the line, the word's prefix and
  /// the environment) come from the vault the command line names.
  static func fromTheVault(
    _ candidates: @escaping @Sendable (String?, String, [String: String]) -> [String]
  ) -> CompletionKind {
    .custom { words, _, prefix in
      var reading = ShellCompletion.LineReading()
      for word in words.dropFirst() { reading.read(word) }
      return candidates(reading.vault, prefix, Terminal.environment)
    }
  }
}
