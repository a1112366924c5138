import ArgumentParser
import FuKit

/// The command lines fu runs most, `fu agenda ...` (or no command: the agenda) and `fu log
/// WHO TEXT ...`, read without ArgumentParser, whose reflection over the command types
/// costs more at each start (~4 ms) than a warm agenda over 1,000 contacts, into the
/// requests the commands run (making the commands' property wrappers costs a tenth of
/// that agenda). Only plain forms are read: known long options once each (`--tag` and `--with` as often
/// as given), as `--name value` or `--name=value`, with values that are not empty and do
/// not start with `-`, and words that are not options. Anything else (help, a short
/// option, `--`, a value the command's own type or check refuses) is left to the parser,
/// which says what is wrong. `DirectParseTests` checks both readings agree.
enum DirectParse {
  /// A command read here.
  enum Command {
    case agenda(Fu.Agenda.Request)
    case log(Fu.Log)

    func run() throws {
      switch self {
      case .agenda(let request): try request.run()
      case .log(let log): try log.run()
      }
    }
  }

  /// Runs the command `arguments` (as `ArgumentOrder` arranged them) ask for: read here
  /// when it can be, else by the parser.
  static func run(_ arguments: [String]) throws {
    if let command = command(arguments) { return try command.run() }
    var command = try Fu.parseAsRoot(arguments)
    try command.run()
  }

  /// The command `arguments` (as `ArgumentOrder` arranged them) ask for, or `nil`.
  static func command(_ arguments: [String]) -> Command? {
    var words = arguments[...]
    let name = words.first.flatMap { $0.hasPrefix("-") ? nil : $0 } ?? "agenda"
    if words.first == name { words.removeFirst() }
    guard var line = Line(words) else { return nil }
    let command: Command? =
      switch name {
      case "agenda": Fu.Agenda.Request.read(&line).map(Command.agenda)
      case "log": Fu.Log.read(&line).map(Command.log)
      default: nil
      }
    return line.isEmpty ? command : nil
  }
}
