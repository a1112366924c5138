import ArgumentParser

/// fu's look at the command line before ArgumentParser's: the options every command takes
/// may come before the command's name (`fu --vault ~/contacts list`, as with `git -C`), a
/// first word that names no command is said to be one, not taken for the agenda's, and a
/// word that starts with `-` but is no option is text (`fu log ada "-10% on the renewal"`).
enum ArgumentOrder {
  /// The options of `GlobalOptions` that take a value.
  static let valuedOptions = ["--vault", "--today", "--color"]
  /// The options of `GlobalOptions` that take none.
  static let flags = ["--no-cache"]

  enum Reading {
    /// The arguments to parse.
    case arguments([String])
    /// The first word names no command.
    case unknownCommand(String)
  }

  /// `arguments` (without the program's name) with the global options before the name of
  /// one of `commands` moved after it, where that command reads them.
  static func reading(_ arguments: [String], commands: some Sequence<String>) -> Reading {
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      if flags.contains(argument) || valuedOptions.contains(where: { argument.hasPrefix($0 + "=") })
      {
        index += 1
      } else if valuedOptions.contains(argument), index + 1 < arguments.count {
        index += 2
      } else {
        break
      }
    }
    // Only global options, or options of the default command (the agenda).
    guard index < arguments.count, !arguments[index].hasPrefix("-") else {
      return .arguments(arguments)
    }
    let word = arguments[index]
    // Help needs no vault: the options before it are dropped.
    if word == "help" { return .arguments(Array(arguments[index...])) }
    guard commands.contains(word) else { return .unknownCommand(word) }
    return .arguments([word] + arguments[..<index] + arguments[(index + 1)...])
  }

  /// `arguments` with a `--` before the first word that starts with `-` but is text, not
  /// an option (`-10% off`, `- call her`, `-1d`, `-hello`), where the parser then takes it
  /// as text: else it reads it as bundled one-letter options, and the `h` of `- chat with
  /// her` printed the help and logged nothing. The options after that word, with their
  /// values, move before the `--`; every other word keeps its place and order. A value
  /// that starts with `-` is joined to its option (`--date=-1d`), which is how the parser
  /// takes it; an option there is no value, and is left for the parser to say one is
  /// missing. A lone `-x` stays an option, for the parser to refuse if unknown. With a `--`
  /// there, the user has said.
  static func keepingText(_ arguments: [String], for command: any ParsableCommand.Type)
    -> [String]
  {
    guard !arguments.contains("--"), arguments.contains(where: isText) else { return arguments }
    let valued = Set(valuedOptions).union(self.valuedOptions(of: command))
    var options: [String] = []  // the words before the `--`
    var text: [String] = []  // the words after it
    func isOption(_ word: String) -> Bool { word.hasPrefix("-") && word.count > 1 && !isText(word) }
    var index = 0
    while index < arguments.count {
      let word = arguments[index]
      index += 1
      if valued.contains(word), index < arguments.count, !isOption(arguments[index]) {
        let value = arguments[index]
        index += 1
        options += isText(value) ? [word + "=" + value] : [word, value]
      } else if isOption(word) {
        options.append(word)
      } else if !text.isEmpty || isText(word) {
        text.append(word)
      } else {
        options.append(word)
      }
    }
    return text.isEmpty ? options : options + ["--"] + text
  }

  /// The options of `command` that take a value (`--next`, `-o`), read off its help's
  /// OPTIONS lines: `-o, --output <output>`.
  static func valuedOptions(of command: any ParsableCommand.Type) -> Set<String> {
    var valued: Set<String> = []
    for line in command.helpMessage(columns: 10_000).split(separator: "\n") {
      let words = line.split(separator: " ")
      let names = words.prefix { $0.hasPrefix("-") }.map {
        String($0.hasSuffix(",") ? $0.dropLast() : $0)
      }
      if !names.isEmpty, words.dropFirst(names.count).first?.hasPrefix("<") == true {
        valued.formUnion(names)
      }
    }
    return valued
  }

  /// Whether `word` starts with `-` and yet is no option: not `--name` or `--name=value`,
  /// nor `-x` or `-x=value` (`-` alone means standard input or output).
  private static func isText(_ word: String) -> Bool {
    guard word.hasPrefix("-"), word.count > 1 else { return false }
    let name = word.dropFirst(word.hasPrefix("--") ? 2 : 1).prefix { $0 != "=" }
    guard word.hasPrefix("--") else {
      return !(name.count == 1 && name.first.map { $0.isASCII && $0.isLetter } == true)
    }
    let isName =
      name.first.map { $0.isASCII && $0.isLetter } ?? false
      && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    return !isName
  }
}
