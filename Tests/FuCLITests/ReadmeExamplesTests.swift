import Foundation
import FuKit
import Testing

/// The README shows real output: every `$ fu ...` line of its `console` blocks that reads
/// `sample-vault` (or only prints a diff, with `--dry-run`) is run from the repository at
/// 80 columns, and must print what the README shows after it. An output cut short with a
/// `...` line is compared up to there.
@Suite struct ReadmeExamplesTests {
  struct Example: CustomStringConvertible, Sendable {
    var command: String
    var output: [String]
    var isShortened: Bool
    var description: String { command }
  }

  /// The README's examples that can run on the repository's own sample vault.
  static let examples: [Example] = {
    let readme = Scenario.repository.appendingPathComponent("README.md")
    let text = (try? String(contentsOf: readme, encoding: .utf8)) ?? ""
    var examples: [Example] = []
    var inConsole = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line.hasPrefix("```") {
        inConsole = line == "```console"
        continue
      }
      guard inConsole else { continue }
      if line.hasPrefix("$ ") {
        examples.append(
          Example(command: String(line.dropFirst(2)), output: [], isShortened: false))
      } else if !examples.isEmpty, !examples[examples.count - 1].isShortened {
        if line.trimmingCharacters(in: .whitespaces) == "..." {
          examples[examples.count - 1].isShortened = true
        } else {
          examples[examples.count - 1].output.append(line)
        }
      }
    }
    return examples.filter { example in
      example.command.hasPrefix("fu ") && example.command.contains("--vault sample-vault")
        && (["agenda", "list", "show", "stats", "check", "draft"].contains {
          example.command.hasPrefix("fu \($0) ")
        } || example.command.contains("--dry-run"))
    }
  }()

  @Test func theReadmeHasExamplesToCheck() {
    #expect(Self.examples.count >= 6)
  }

  @Test(arguments: examples)
  func anExamplePrintsWhatTheReadmeShows(_ example: Example) throws {
    let arguments = try ShellWords.split(String(example.command.dropFirst(3)))
    let run = try FuBinary.run(arguments, in: Scenario.repository)
    var printed = (run.stdout + run.stderr)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if printed.last == "" { printed.removeLast() }
    if example.isShortened { printed = Array(printed.prefix(example.output.count)) }
    #expect(printed == example.output, "\(example.command)")
  }
}
