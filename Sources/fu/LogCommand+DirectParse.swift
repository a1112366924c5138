import ArgumentParser
import FuKit

// Kept apart from LogCommand.swift, whose options change more often: an option this does
// not read leaves the line to the parser. Every property of the command must be set here
// (one left unset traps when read: every `fu log` scenario would show it).
extension Fu.Log {
  /// The log `line` asks for (`DirectParse`), or `nil` when the parser must read it.
  static func read(_ line: inout DirectParse.Line) -> Fu.Log? {
    let words = line.takeWords()
    guard let global = GlobalOptions.Values.read(&line), let who = words.first,
      case .some(let date) = line.option("--date", String.init(argument:)),
      case .some(let next) = line.option("--next", String.init(argument:)),
      case .some(let via) = line.option("--via", String.init(argument:)),
      case .some(let note) = line.option("--note", String.init(argument:)),
      let with = line.values("--with", String.init(argument:)),
      let sent = line.flag("--sent"), let dryRun = line.flag("--dry-run")
    else { return nil }
    var log = Fu.Log()
    log.global = GlobalOptions(global)
    log.who = who
    log.message = Array(words.dropFirst())
    log.with = with
    log.date = date
    log.next = next
    log.sent = sent
    log.via = via
    log.note = note
    log.dryRun = dryRun
    return log
  }
}

extension GlobalOptions {
  /// The options with `values`.
  init(_ values: Values) {
    self.init()
    vault = values.vault
    today = values.today
    color = values.color
    noCache = values.noCache
  }
}
