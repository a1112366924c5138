import ArgumentParser
import FuKit
import Glibc

@main
struct Fu: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fu",
    abstract: "Follow up with the people in your Markdown contacts.",
    discussion: discussion,
    version: "0.1.0",
    subcommands: [
      Agenda.self, Log.self, Show.self, List.self, Add.self, Snooze.self, Done.self, Edit.self,
      Check.self, Draft.self, Review.self, Stats.self, Ics.self, Import.self, Export.self,
      Init.self, Git.self, MergeFile.self,
    ],
    defaultSubcommand: Agenda.self
  )

  /// The commands' names, as their configurations give them (`ArgumentOrderTests` checks):
  /// read at every start, where asking each command for its configuration made all their
  /// help texts: a twentieth of what `fu agenda --count` runs on 1,000 contacts.
  static let commandNames = [
    "agenda", "log", "show", "list", "add", "snooze", "done", "edit", "check", "draft", "review",
    "stats", "ics", "import", "export", "init", "git", "merge-file",
  ]

  /// The command called `name`, found by its name alone: no other command's configuration
  /// (and help text) is made.
  static func command(named name: String?) -> (any ParsableCommand.Type)? {
    commandNames.firstIndex { $0 == name }.map { configuration.subcommands[$0] }
  }

  /// Runs the command line; fu's own errors print as `fu: error: ...` and exit 1.
  static func main() {
    MallocTuning.forOneCommand()
    Terminal.reopenClosedStreams()
    let given = Array(CommandLine.arguments.dropFirst())  // `fu __complete` for the shells
    if given.first == ShellCompletion.command { ShellCompletion.run(Array(given.dropFirst())) }
    let commands = commandNames
    let arguments: [String]  // `given`, with the global options after the command's name
    switch ArgumentOrder.reading(given, commands: commands) {
    case .arguments(let read):
      // Text only comes after a command's name: the agenda takes none, and the parser's
      // own `---completion` and `--generate-completion-script` are left to it.
      arguments =
        command(named: read.first).map { ArgumentOrder.keepingText(read, for: $0) } ?? read
    case .unknownCommand(let word):
      let guess =
        EditDistance.closest(to: word.lowercased(), among: commands)
        .map { " (did you mean '\($0)'?)" } ?? ""
      Terminal.printError(
        "'\(word)' is not a fu command\(guess); the commands are"
          + " \(commands.joined(separator: ", ")) (see 'fu --help')")
      Glibc.exit(ExitCode.validationFailure.rawValue)
    }
    do {
      try DirectParse.run(arguments)
    } catch let error as any Error & CustomStringConvertible
      where error is FuError || error is MessageInput.Problem
    {
      Terminal.printError(error.description)
      Glibc.exit(1)
    } catch {
      // Help and --version exit cleanly as the parser prints them; usage errors read
      // `fu: error: ...` like every other error and keep the parser's exit code.
      let code = exitCode(for: error)
      guard code != .success else { exit(withError: error) }
      var message = fullMessage(for: error)
      if message.isEmpty { Glibc.exit(code.rawValue) }  // a command's own exit status
      if message.hasPrefix("Error: ") { message.removeFirst("Error: ".count) }
      if let end = message.firstIndex(of: "\n") {
        message.insert(contentsOf: hint(for: message[..<end], command: arguments.first), at: end)
      }
      Terminal.printError(message)
      Glibc.exit(code.rawValue)
    }
  }

  /// What to add to the parser's `error` about `command`'s arguments, for its likeliest
  /// causes: `fu show grace hopper`, and text that starts with `-` taken for an option.
  private static func hint(for error: Substring, command: String?) -> String {
    // The commands that take text: what follows a `--` is all text, options included.
    if error.hasPrefix("Unknown option '-"),
      ["log", "add", "snooze", "show", "edit"].contains(command)
    {
      return " (if it is text, put it last, after --, with the options before the --)"
    }
    let isUnexpected =
      error.hasPrefix("Unexpected argument") || error.contains("unexpected arguments")
    if isUnexpected, !error.contains("'-"), ["show", "edit", "add"].contains(command) {
      return " (a name with spaces goes in quotes: \"Grace Hopper\")"
    }
    return ""
  }
}
