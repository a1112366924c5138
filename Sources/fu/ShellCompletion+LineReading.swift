extension ShellCompletion {
  /// The words before the cursor, read as the parser would: the command, `--vault`, how
  /// many positional arguments came, and an option still waiting for its value.
  struct LineReading {
    var command: String?
    var help = CommandHelp(Fu.Agenda.self)
    var vault: String?
    var positionals = 0
    var pendingOption: String?
    var textOnly = false

    mutating func read(_ word: String) {
      if let option = pendingOption {
        if option == "--vault" { vault = word }
        pendingOption = nil
      } else if word == "--" && !textOnly {
        textOnly = true
      } else if word.hasPrefix("-") && word.count > 1 && !textOnly {
        if word.hasPrefix("--vault=") { vault = String(word.dropFirst("--vault=".count)) }
        if !word.contains("="), help.option(word)?.valueName != nil { pendingOption = word }
      } else if command == nil && positionals == 0 {
        command = word
        if let type = Fu.command(named: word) { help = CommandHelp(type) }
      } else {
        positionals += 1
      }
    }
  }
}
