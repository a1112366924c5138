import ArgumentParser
import FuKit

/// `fu draft`'s TEMPLATE in the scripts swift-argument-parser writes
/// (`fu --generate-completion-script`): the same names as `fu __complete` offers, from the
/// vault the command line names.
enum TemplateCompletion {
  static let kind = CompletionKind.custom { words, _, prefix in
    var reading = ShellCompletion.LineReading()
    for word in words.dropFirst() { reading.read(word) }
    return ShellCompletion.templates(
      vault: reading.vault, prefix: prefix, environment: Terminal.environment)
  }
}
