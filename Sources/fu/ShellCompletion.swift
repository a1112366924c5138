import ArgumentParser
import FuKit
import Glibc

/// `fu __complete WORDS...`, which the completion scripts (completions/) run on Tab: what
/// to offer for the last of WORDS, the command line's words up to the cursor with their
/// quoting removed, the program's name first. It prints one candidate a line, or
/// `:directory` or `:file` for the shell to complete a path itself; the shell quotes what
/// it inserts. Hidden from the help, and answered before the parser runs.
enum ShellCompletion {
  static let command = "__complete"

  /// Prints the candidates for `words` and exits.
  static func run(_ words: [String]) -> Never {
    let lines = candidates(for: Array(words.dropFirst()), environment: Terminal.environment)
    if !lines.isEmpty { print(lines.joined(separator: "\n")) }
    exit(0)
  }

  /// What to offer for the last of `line` (the words after the program's name).
  static func candidates(for line: [String], environment: [String: String]) -> [String] {
    guard let current = line.last else { return [] }
    var reading = LineReading()
    for word in line.dropLast() { reading.read(word) }
    if let option = reading.pendingOption {
      let entry = reading.help.option(option)
      if entry?.valueName == "who" {  // --with
        return names(vault: reading.vault, prefix: current, environment: environment)
      }
      return values(of: entry, prefix: current)
    }
    if current.hasPrefix("-"), !reading.textOnly {
      return reading.help.longOptionNames.filter { $0.hasPrefix(current) }
    }
    guard let command = reading.command else { return matching(commandNames, current) }
    if command == "help" { return matching(commandNames, current) }
    guard let argument = reading.help.positional(reading.positionals) else { return [] }
    // A name is one word: the words after the last positional are no more names.
    let isItsOwn = reading.positionals < reading.help.positionals.count
    if ["who", "template"].contains(argument.valueName), !isItsOwn { return [] }
    if argument.valueName == "who" {
      return names(vault: reading.vault, prefix: current, environment: environment)
    }
    if argument.valueName == "template" {
      return templates(vault: reading.vault, prefix: current, environment: environment)
    }
    return values(of: argument, prefix: current)
  }

  /// The contacts' names (or aliases, or file names) that `prefix` may mean, from `vault`
  /// (`--vault` on the line), else the vault fu finds as usual.
  static func names(vault: String?, prefix: String, environment: [String: String]) -> [String] {
    CompletionCandidates.names(for: prefix, in: workspace(vault: vault, environment: environment))
  }

  /// The names of `fu draft`'s templates that start with `prefix`, in `vault` or the vault
  /// fu finds as usual (the built-in ones without a vault).
  static func templates(vault: String?, prefix: String, environment: [String: String])
    -> [String]
  {
    CompletionCandidates.templates(
      for: prefix, in: workspace(vault: vault, environment: environment))
  }

  /// The workspace of `vault` (`--vault` on the line), else of the vault fu finds as usual;
  /// `nil` when there is none.
  private static func workspace(vault: String?, environment: [String: String]) -> Workspace? {
    var path = vault
    if let given = vault, given.hasPrefix("~/"), let home = environment["HOME"] {
      path = home + given.dropFirst()
    }
    // Names do not depend on the day: a FU_TODAY fu cannot read must not silence them.
    let options = Workspace.Options(vault: path, today: .systemToday(), environment: environment)
    return try? Workspace.open(options)
  }

  /// The commands' names, as the help lists them.
  static var commandNames: [String] {
    Fu.configuration.subcommands.filter { $0.configuration.shouldDisplay }
      .compactMap { $0.configuration.commandName }
  }

  private static func values(of entry: CommandHelp.Entry?, prefix: String) -> [String] {
    guard let entry else { return [] }
    if !entry.values.isEmpty { return matching(entry.values, prefix) }
    switch entry.valueName {
    case "path", "dir": return [":directory"]
    case "file", "output", "base", "ours", "theirs": return [":file"]
    default: return []
    }
  }

  private static func matching(_ words: [String], _ prefix: String) -> [String] {
    words.filter { $0.lowercased().hasPrefix(prefix.lowercased()) }
  }
}
