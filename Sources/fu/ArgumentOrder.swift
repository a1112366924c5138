/// fu's look at the command line before ArgumentParser's: the options every command takes
/// may come before the command's name (`fu --vault ~/contacts list`, as with `git -C`), and
/// a first word that names no command is said to be one, not taken for the agenda's.
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
  static func reading(_ arguments: [String], commands: Set<String>) -> Reading {
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
}
