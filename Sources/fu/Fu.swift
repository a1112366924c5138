import ArgumentParser
import FuKit
import Glibc

@main
struct Fu: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fu",
    abstract: "Follow up with the people in your Markdown contacts.",
    discussion: """
      A vault is a folder of Markdown files, one per person. Their YAML front matter holds \
      the facts (last_contact, next_follow_up, cadence, notes, tags); their body holds notes \
      and an `## Interactions` log. fu tells you who is due and writes interactions back, \
      changing only the lines it is asked to.

      Examples:
        fu agenda                       # what is overdue, due today and this week
        fu log ada "Coffee; send the deck" --next 2w
        fu show ada                     # everything about Ada, the log newest first
        fu draft ada                    # a message to send Ada, from a template
        fu list --overdue               # everyone you are late with, as a table
        fu stats                        # your year: a calendar of interactions, tags
        fu add "Grace Hopper" --tag advisor --cadence 1m
        fu init ~/contacts              # make a folder a vault
        fu git setup                    # let git merge contacts from two machines

      Every command takes --vault DIR, --today YYYY-MM-DD, --color WHEN and --no-cache, \
      before or after its name (see 'fu help agenda').

      Environment:
        FU_VAULT         the vault, when --vault is not given
        FU_TODAY         today's date, when --today is not given
        VISUAL, EDITOR   the editor of fu edit and fu add --edit (else vi)
        NO_COLOR         no colour, whatever --color says
        FU_DEBUG         when set, how fu used its index, and timings, on stderr
        XDG_CONFIG_HOME  holds fu/config.yml (else ~/.config)
        XDG_CACHE_HOME   holds the index of a vault without .fu/ (else ~/.cache)

      Files:
        VAULT/.fu/config.yml       the vault's settings (fu init writes one)
        VAULT/.fu/template.md      what fu add starts a new contact from
        VAULT/.fu/drafts/NAME.md   a template of fu draft (see 'fu help draft')
        VAULT/.fu/cache/           the index (fu rebuilds it when it is deleted)
        ~/.config/fu/config.yml    your settings; `vault:` names your vault

      Exit status: 0 on success; 1 for a problem with the vault or the input, and from \
      fu check when it found one; 3 from fu agenda --exit-code when something is \
      overdue; 64 for bad usage.
      """,
    version: "0.1.0",
    subcommands: [
      Agenda.self, Log.self, Show.self, List.self, Add.self, Snooze.self, Done.self, Edit.self,
      Check.self, Draft.self, Review.self, Stats.self, Ics.self, Import.self, Export.self,
      Init.self, Git.self,
      MergeFile.self,
    ],
    defaultSubcommand: Agenda.self
  )

  /// Runs the command line; fu's own errors print as `fu: error: ...` and exit 1.
  static func main() {
    MallocTuning.forOneCommand()
    Terminal.reopenClosedStreams()
    let given = Array(CommandLine.arguments.dropFirst())  // `fu __complete` for the shells
    if given.first == ShellCompletion.command { ShellCompletion.run(Array(given.dropFirst())) }
    let commands = configuration.subcommands.compactMap { $0.configuration.commandName }
    let arguments: [String]  // `given`, with the global options after the command's name
    switch ArgumentOrder.reading(given, commands: commands) {
    case .arguments(let read):
      // Text only comes after a command's name: the agenda takes none, and the parser's
      // own `---completion` and `--generate-completion-script` are left to it.
      arguments =
        configuration.subcommands.first { $0.configuration.commandName == read.first }
        .map { ArgumentOrder.keepingText(read, for: $0) } ?? read
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
