import Glibc

/// Decides which folder is the vault: `--vault`, else `$FU_VAULT`, else the nearest folder at
/// or above the working directory that holds a `.fu/` folder, else `vault:` in the user's
/// config file (`$XDG_CONFIG_HOME/fu/config.yml`, else `~/.config/fu/config.yml`).
public struct VaultLocator: Sendable {
  /// `--vault`, when given.
  public var explicitPath: String?
  /// The process environment (`FU_VAULT`, `HOME`...).
  public var environment: [String: String]
  /// Where the search for a `.fu/` folder starts.
  public var workingDirectory: String
  /// `vault:` from the user's config file.
  public var configuredPath: String?
  /// Where `configuredPath` is set (`~/.config/fu/config.yml:3`), for errors.
  public var configuredAt: String?

  public init(
    explicitPath: String?, environment: [String: String], workingDirectory: String? = nil,
    configuredPath: String? = nil, configuredAt: String? = nil
  ) {
    self.explicitPath = explicitPath
    self.environment = environment
    self.workingDirectory = workingDirectory ?? FileSystem.currentDirectory()
    self.configuredPath = configuredPath
    self.configuredAt = configuredAt
  }

  /// The vault, or `FuError.noVault` when nothing names one.
  public func locate() throws(FuError) -> Vault {
    if let explicitPath, !explicitPath.isEmpty {
      return try open(Self.expandingHome(explicitPath, environment: environment), from: "--vault")
    }
    if let path = environment["FU_VAULT"], !path.isEmpty {
      return try open(Self.expandingHome(path, environment: environment), from: "FU_VAULT")
    }
    if let directory = Self.nearestVault(from: workingDirectory) {
      return try Vault(path: directory == workingDirectory ? "." : directory)
    }
    if let path = configuredPath {
      return try open(expanded(path), from: configuredAt.map { "`vault:` in \($0)" })
    }
    throw .noVault
  }

  /// The vault at `path`; a missing folder's error says what named it (`source`).
  private func open(_ path: String, from source: String?) throws(FuError) -> Vault {
    do {
      return try Vault(path: path)
    } catch .vaultMissing(let path, _) {
      throw .vaultMissing(path: path, source: source)
    }
  }

  /// The nearest folder at or above absolute `directory` that holds a `.fu/` folder.
  public static func nearestVault(from directory: String) -> String? {
    var directory = directory
    while true {
      if let info = FileSystem.status(directory + "/.fu"), (info.st_mode & S_IFMT) == S_IFDIR {
        return directory
      }
      guard let slash = directory.lastIndex(of: "/"), directory != "/" else { return nil }
      directory = slash == directory.startIndex ? "/" : String(directory[..<slash])
    }
  }

  /// `path` with a leading `~` read as the home folder, and `~name` as user name's, as a
  /// shell would have: a path given as `--vault=~/contacts` or in quotes reaches fu
  /// unexpanded. An unknown user's `~name` stays as it is.
  public static func expandingHome(_ path: String, environment: [String: String]) -> String {
    guard path.hasPrefix("~") else { return path }
    let name = path.dropFirst().prefix { $0 != "/" }
    let rest = path.dropFirst(1 + name.count)
    if name.isEmpty {
      guard let home = environment["HOME"], !home.isEmpty else { return path }
      return home + rest
    }
    guard let entry = getpwnam(String(name)), let directory = entry.pointee.pw_dir else {
      return path
    }
    return String(cString: directory) + rest
  }

  /// The user's config file path.
  public static func userConfigPath(environment: [String: String]) -> String? {
    // A relative XDG_CONFIG_HOME is ignored, as the XDG spec asks (and as the cache's is).
    if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
      return xdg + "/fu/config.yml"
    }
    if let home = environment["HOME"], !home.isEmpty { return home + "/.config/fu/config.yml" }
    return nil
  }

  /// `~/x` and a relative `x` are read from the home folder, so the setting means the same
  /// wherever fu runs.
  private func expanded(_ path: String) -> String {
    let path = Self.expandingHome(path, environment: environment)
    guard let home = environment["HOME"], !home.isEmpty, !path.hasPrefix("/") else { return path }
    return home + "/" + path
  }
}
