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
      "Pretend today is this date, for reproducible output (default: $FU_TODAY, else the system date).",
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

  /// The day the command runs for.
  func resolvedToday() throws -> CalendarDate {
    if let today { return today }
    if let text = Terminal.environment["FU_TODAY"], !text.isEmpty {
      guard let date = CalendarDate(parsing: text) else {
        throw FuError.invalidEnvironment(
          name: "FU_TODAY", value: text, expected: "a date as YYYY-MM-DD")
      }
      return date
    }
    return CalendarDate.systemToday()
  }

  /// The vault the command works on, with its settings. Warnings about them go to stderr,
  /// unless the command reports them itself (`printingWarnings`).
  func workspace(printingWarnings: Bool = true) throws -> Workspace {
    let today = try resolvedToday()
    let (vault, settings) = try GlobalOptions.openVault(
      explicitPath: vault, environment: Terminal.environment,
      listingBrokenConfig: !printingWarnings)
    if printingWarnings {
      for warning in settings.warnings { Terminal.printWarning(warning.description) }
    }
    let index: IndexStore? =
      noCache ? nil : GlobalOptions.indexStore(for: vault, environment: Terminal.environment)
    return Workspace(vault: vault, settings: settings, today: today, style: style, index: index)
  }

  /// Where `vault`'s index is kept, with debug messages on standard error when `FU_DEBUG`
  /// is set; `nil` when there is nowhere to keep it.
  static func indexStore(for vault: Vault, environment: [String: String]) -> IndexStore? {
    guard let path = IndexStore.location(for: vault, environment: environment) else { return nil }
    var store = IndexStore(path: path)
    store.isPrivate = path != vault.absolutePath(of: ".fu/cache/index")
    if !(environment["FU_DEBUG"] ?? "").isEmpty {
      store.debug = { message in Terminal.note("fu: debug: \(message)\n") }
    }
    return store
  }

  /// The vault (`explicitPath`, else found as usual) configured by the user's config file,
  /// then the vault's `.fu/config.yml`, whose values win; problems with them are in the
  /// settings' `warnings`. A config file fu cannot use stops the command, unless
  /// `listingBrokenConfig` (`fu check`): it is then left out, and its error is a warning.
  static func openVault(
    explicitPath: String?, environment: [String: String], listingBrokenConfig: Bool = false
  ) throws -> (Vault, Configuration) {
    var broken: [Diagnostic] = []
    var firstError: FuError?
    func load(_ path: String, shownPath: String? = nil) throws(FuError) -> Configuration? {
      do {
        return try Configuration.load(path: path, shownPath: shownPath)
      } catch {
        guard listingBrokenConfig, case .config(let place, let message) = error else { throw error }
        broken.append(brokenConfig(place, message))
        firstError = firstError ?? error
        return nil
      }
    }
    var settings = Configuration()
    var configuredAt: String?
    if let path = VaultLocator.userConfigPath(environment: environment),
      let user = try load(path)
    {
      settings = user
      configuredAt = path + (user.vaultLine.map { ":\($0)" } ?? "")
    }
    let vault: Vault
    do {
      vault = try VaultLocator(
        explicitPath: explicitPath, environment: environment, configuredPath: settings.vault,
        configuredAt: configuredAt
      ).locate()
    } catch {
      // The user's config left out may be what named the vault: its error is the one to
      // fix, unless --vault or FU_VAULT named it.
      let named = explicitPath != nil || !(environment["FU_VAULT"] ?? "").isEmpty
      throw (named ? nil : firstError) ?? error
    }
    let shownPath = vault.displayPath(of: Vault.configPath)
    if var own = try load(vault.absolutePath(of: Vault.configPath), shownPath: shownPath) {
      if own.vault != nil {
        own.warnings.append(
          Diagnostic(
            path: shownPath, line: own.vaultLine,
            message:
              "`vault` only counts in your own config file ($XDG_CONFIG_HOME/fu/config.yml or ~/.config/fu/config.yml); ignored here"
          ))
        own.vault = nil
      }
      settings = settings.overridden(by: own)
    }
    settings.warnings = broken + settings.warnings
    return (vault.configured(by: settings), settings)
  }

  /// A config error, `place` being `path:line` or `path`, as one of `fu check`'s problems.
  private static func brokenConfig(_ place: String, _ message: String) -> Diagnostic {
    let split = place.lastIndex(of: ":").flatMap { colon in
      Int(place[place.index(after: colon)...]).map { (String(place[..<colon]), $0) }
    }
    return Diagnostic(
      path: split?.0 ?? place, line: split?.1, message: message + "; the file is left out")
  }

  /// The colours for standard output.
  var style: Style {
    Style(enabled: color.isEnabled(isTerminal: Terminal.outputIsTerminal))
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
