import ArgumentParser
import FuKit
import Glibc

extension Fu {
  struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "review",
      abstract: "Go through what is due, one contact at a time, and deal with each.",
      discussion: discussion)

    @OptionGroup var global: GlobalOptions

    // Unconditional, so that `--days -3` reaches validate() rather than reading as a flag.
    @Option(
      parsing: .unconditional,
      help:
        "Also review what falls due in this many days (default: 0, what is due today or earlier)."
    )
    var days: Int?

    @OptionGroup var filter: TagFilter

    func validate() throws {
      if (days ?? 0) < 0 { throw ValidationError("--days must be 0 or more") }
    }

    func run() throws {
      guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
        Terminal.printError(
          "fu review needs a terminal: it reads your keys from standard input and draws on "
            + "standard output; for a list of what is due, to read or to pipe, use fu agenda")
        throw ExitCode.failure
      }
      let workspace = try global.workspace()
      let review = FuKit.Review(workspace: workspace, days: days ?? 0, tags: filter.tags)
      guard !review.paths.isEmpty else { return Terminal.write(review.nothingDue + "\n") }
      guard TerminalMode.begin() else {
        Terminal.printError("fu review cannot read the terminal's settings")
        throw ExitCode.failure
      }
      var loop = ReviewLoop(
        review: review, screen: ReviewScreen(style: global.style, dates: workspace.dates))
      defer {
        TerminalMode.end()
        // The screen they were shown on is gone: told again where they stay.
        for warning in ReviewWarnings.told { Terminal.printWarning(warning) }
        Terminal.write((loop.review.done + [loop.review.summary]).joined(separator: "\n") + "\n")
      }
      loop.run()
    }
  }
}
