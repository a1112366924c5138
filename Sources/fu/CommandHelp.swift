import ArgumentParser

/// A command's arguments and options as its own help lists them (`--sort <sort> ...
/// (values: name, due, last; ...)`, `<who>  The contact...`): what shell completion
/// offers, read where the parser keeps them, so completion never falls behind a flag.
struct CommandHelp {
  /// An option or a positional argument.
  struct Entry {
    /// `--sort` and `-s`, or nothing for a positional argument.
    var names: [String] = []
    /// What its value is called (`sort`, `path`, `who`); `nil` for a flag.
    var valueName: String?
    /// The values it takes, when the help lists them (`(values: a, b)`).
    var values: [String] = []
  }

  var options: [Entry] = []
  var positionals: [Entry] = []

  init(_ command: any ParsableCommand.Type) {
    for line in command.helpMessage(columns: 10_000).split(separator: "\n") {
      guard line.hasPrefix("  -") || line.hasPrefix("  <") else { continue }
      let words = line.split(separator: " ")
      var entry = Entry()
      entry.names = words.prefix { $0.hasPrefix("-") }.map {
        String($0.hasSuffix(",") ? $0.dropLast() : $0)
      }
      if let value = words.dropFirst(entry.names.count).first, value.hasPrefix("<") {
        entry.valueName = String(value.dropFirst().prefix { $0 != ">" })
      }
      if let start = line.range(of: "(values: ") {
        let list = line[start.upperBound...].prefix { $0 != ";" && $0 != ")" }
        entry.values = list.split(separator: ",").map { String($0.drop { $0 == " " }) }
      }
      if entry.names.isEmpty { positionals.append(entry) } else { options.append(entry) }
    }
  }

  /// Every long option's name (`--dry-run`).
  var longOptionNames: [String] { options.flatMap(\.names).filter { $0.hasPrefix("--") } }

  /// The option called `name`.
  func option(_ name: String) -> Entry? {
    options.first { $0.names.contains(name) }
  }

  /// The positional argument at `position` (0 is the first); the last one takes the rest.
  func positional(_ position: Int) -> Entry? {
    position < positionals.count ? positionals[position] : positionals.last
  }
}
