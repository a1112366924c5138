import Glibc
internal import Yams

/// Decides which folder is the vault: `--vault`, else `$FU_VAULT`, else the nearest folder at
/// or above the working directory that holds a `.fu/` folder, else `vault:` in the user's
/// config file (`$XDG_CONFIG_HOME/fu/config.yml`, else `~/.config/fu/config.yml`).
public struct VaultLocator: Sendable {
  public var explicitPath: String?
  public var environment: [String: String]
  public var workingDirectory: String

  public init(
    explicitPath: String?, environment: [String: String], workingDirectory: String? = nil
  ) {
    self.explicitPath = explicitPath
    self.environment = environment
    self.workingDirectory = workingDirectory ?? FileSystem.currentDirectory()
  }

  /// The vault, or `FuError.noVault` when nothing names one.
  public func locate() throws(FuError) -> Vault {
    if let explicitPath, !explicitPath.isEmpty { return try Vault(path: explicitPath) }
    if let path = environment["FU_VAULT"], !path.isEmpty { return try Vault(path: path) }
    var directory = workingDirectory
    while true {
      if let info = FileSystem.status(directory + "/.fu"), (info.st_mode & S_IFMT) == S_IFDIR {
        return try Vault(path: directory == workingDirectory ? "." : directory)
      }
      guard let slash = directory.lastIndex(of: "/"), directory != "/" else { break }
      directory = slash == directory.startIndex ? "/" : String(directory[..<slash])
    }
    if let path = try configuredVault() { return try Vault(path: path) }
    throw .noVault
  }

  /// The user's config file path.
  public var configPath: String? {
    if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/fu/config.yml" }
    if let home = environment["HOME"], !home.isEmpty { return home + "/.config/fu/config.yml" }
    return nil
  }

  private func configuredVault() throws(FuError) -> String? {
    guard let configPath, FileSystem.status(configPath) != nil else { return nil }
    let bytes = try FileSystem.read(configPath)
    let node: Node?
    do {
      node = try Yams.compose(yaml: String(decoding: bytes, as: UTF8.self))
    } catch {
      throw .config(path: configPath, message: "not valid YAML: \(error)")
    }
    guard let value = node?.mapping?["vault"] else { return nil }
    guard let path = value.scalar?.string, !path.isEmpty else {
      throw .config(path: configPath, message: "`vault` should be the path of your vault folder")
    }
    if path == "~" || path.hasPrefix("~/"), let home = environment["HOME"] {
      return home + path.dropFirst()
    }
    return path
  }
}
