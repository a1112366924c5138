import ArgumentParser
import FuKit

/// Options every command takes.
struct GlobalOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The vault folder (default: $FU_VAULT, else the nearest folder with a .fu/ at or above here, else `vault:` in $XDG_CONFIG_HOME/fu/config.yml or ~/.config/fu/config.yml).",
      valueName: "path"),
    completion: .directory)
  var vault: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Pretend today is this date, for reproducible output: YYYY-MM-DD, or tomorrow, friday, +3d... from the system date (default: $FU_TODAY, else the system date).",
      valueName: "YYYY-MM-DD"))
  var today: CalendarDate?

  @Option(
    name: .long,
    help: "When to colour the output; NO_COLOR, when set, turns colour off whatever this says."
  )
  var color: ColorMode = .auto

  @Flag(
    name: .customLong("no-cache"),
    help:
      "Read every contact file, not the index fu keeps in .fu/cache/ (else $XDG_CACHE_HOME/fu/); the answer is the same, only slower."
  )
  var noCache = false

  /// These options as plain values.
  var values: Values { Values(vault: vault, today: today, color: color, noCache: noCache) }

  /// The vault the command works on, with its settings (`Values.workspace`).
  func workspace(listingBrokenConfig: Bool = false) throws -> Workspace {
    try values.workspace(listingBrokenConfig: listingBrokenConfig)
  }

  /// The colours for standard output.
  var style: Style { values.style }

  /// The options' values, without ArgumentParser's property wrappers, whose making costs
  /// a plain `fu agenda` more than its parsing (`DirectParse`).
  struct Values: Equatable {
    var vault: String?
    var today: CalendarDate?
    var color = ColorMode.auto
    var noCache = false

    /// The options `line` gives (`DirectParse`), or `nil` when one of them is left to the
    /// parser.
    static func read(_ line: inout DirectParse.Line) -> Values? {
      guard case .some(let vault) = line.option("--vault", String.init(argument:)),
        case .some(let today) = line.option("--today", CalendarDate.init(argument:)),
        case .some(let color) = line.option("--color", ColorMode.init(argument:)),
        let noCache = line.flag("--no-cache")
      else { return nil }
      return Values(vault: vault, today: today, color: color ?? .auto, noCache: noCache)
    }

    /// The vault the command works on, with its settings; warnings go to standard error.
    /// `fu check` lists the settings' problems itself (`listingBrokenConfig`).
    func workspace(listingBrokenConfig: Bool = false) throws -> Workspace {
      var options = Workspace.Options(
        vault: vault, today: today, readsEveryFile: noCache, environment: Terminal.environment)
      if !(options.environment["FU_DEBUG"] ?? "").isEmpty {
        options.debug = { message in Terminal.note("fu: debug: \(message)\n") }
      }
      var workspace = try Workspace.open(
        options, reporter: Terminal.reporter, listingBrokenConfig: listingBrokenConfig)
      workspace.keepsWhatItLoads = true
      return workspace
    }

    /// The colours for standard output.
    var style: Style {
      Style(enabled: color.isEnabled(isTerminal: Terminal.outputIsTerminal))
    }
  }
}

/// `--color auto|always|never`.
enum ColorMode: String, ExpressibleByArgument, CaseIterable {
  case auto, always, never

  func isEnabled(isTerminal: Bool) -> Bool {
    switch self {
    case .always: (Terminal.environment["NO_COLOR"] ?? "").isEmpty
    case .never: false
    case .auto: isTerminal && (Terminal.environment["NO_COLOR"] ?? "").isEmpty
    }
  }
}
