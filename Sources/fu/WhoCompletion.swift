import ArgumentParser
import FuKit

/// WHO's completion in the scripts swift-argument-parser writes
/// (`fu --generate-completion-script`): the same names as `fu __complete` offers the
/// scripts fu ships (completions/), read from the vault the command line names.
enum WhoCompletion {
  static let kind = CompletionKind.custom { words, _, prefix in
    var reading = ShellCompletion.LineReading()
    for word in words.dropFirst() { reading.read(word) }
    return ShellCompletion.names(
      vault: reading.vault, prefix: prefix, environment: Terminal.environment)
  }
}
