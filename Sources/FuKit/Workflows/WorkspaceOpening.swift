extension Workspace {
  /// What a command line says about where and when to work (`--vault`, `--today`,
  /// `--no-cache`), with the process's environment.
  public struct Options: Sendable {
    /// `--vault`: the vault folder; `nil` finds it as usual.
    public var vault: String?
    /// `--today`; `nil` reads `FU_TODAY`, else the system's date.
    public var today: CalendarDate?
    /// `--no-cache`: read every file rather than the index.
    public var readsEveryFile = false
    public var environment: [String: String]
    /// Receives what the index did and where a load's time went (`FU_DEBUG`).
    public var debug: (@Sendable (String) -> Void)?

    public init(
      vault: String? = nil, today: CalendarDate? = nil, readsEveryFile: Bool = false,
      environment: [String: String], debug: (@Sendable (String) -> Void)? = nil
    ) {
      self.vault = vault
      self.today = today
      self.readsEveryFile = readsEveryFile
      self.environment = environment
      self.debug = debug
    }
  }

  /// The workspace `options` name, its settings' warnings told, unless `listingBrokenConfig`
  /// (`fu check` lists them, and a config file fu cannot use is one of them then rather
  /// than the error that stops the command).
  public static func open(
    _ options: Options, reporter: Reporter = .silent, listingBrokenConfig: Bool = false
  ) throws(FuError) -> Workspace {
    let today: CalendarDate
    if let given = options.today {
      today = given
    } else {
      today = try Self.today(environment: options.environment)
    }
    let (vault, settings) = try openVault(
      explicitPath: options.vault, environment: options.environment,
      listingBrokenConfig: listingBrokenConfig)
    if !listingBrokenConfig {
      for warning in settings.warnings { reporter.warning(warning.description) }
    }
    var index =
      options.readsEveryFile ? nil : IndexStore(for: vault, environment: options.environment)
    index?.debug = options.debug
    return Workspace(
      vault: vault, settings: settings, today: today, index: index, reporter: reporter)
  }

  /// `FU_TODAY`, else the system's date.
  static func today(environment: [String: String]) throws(FuError) -> CalendarDate {
    guard let text = environment["FU_TODAY"], !text.isEmpty else {
      return CalendarDate.systemToday()
    }
    guard let date = CalendarDate(parsing: text) else {
      throw .invalidEnvironment(name: "FU_TODAY", value: text, expected: "a date as YYYY-MM-DD")
    }
    return date
  }

  /// The vault (`explicitPath`, else found as usual) configured by the user's config file,
  /// then the vault's `.fu/config.yml`, whose values win; problems with them are in the
  /// settings' `warnings`. A config file fu cannot use stops the command, unless
  /// `listingBrokenConfig`: it is then left out, and its error is a warning.
  static func openVault(
    explicitPath: String?, environment: [String: String], listingBrokenConfig: Bool
  ) throws(FuError) -> (Vault, Configuration) {
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
}
