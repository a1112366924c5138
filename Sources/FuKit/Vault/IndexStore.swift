import Glibc

/// Where a vault's index lives, and reading and saving it.
///
/// The index is a cache: when it is missing, damaged, from another version of fu or about
/// another folder, it is ignored (a debug message says why) and rebuilt. It is saved by a
/// rename, so concurrent fu processes each leave a whole file, the last one winning.
public struct IndexStore: Sendable {
  /// The index file.
  public let path: String
  /// Receives a line on each decision worth knowing when debugging (`FU_DEBUG=1`).
  public var debug: (@Sendable (String) -> Void)?

  public init(path: String, debug: (@Sendable (String) -> Void)? = nil) {
    self.path = path
    self.debug = debug
  }

  /// The store for `vault`: `.fu/cache/index` inside the vault when it has a `.fu/` folder,
  /// else `$XDG_CACHE_HOME/fu/<hash of the vault path>/index` (`~/.cache` when unset);
  /// `nil` when there is nowhere to put it.
  public static func location(for vault: Vault, environment: [String: String]) -> String? {
    let own = vault.absolutePath(of: ".fu")
    if let info = FileSystem.status(own), (info.st_mode & S_IFMT) == S_IFDIR {
      return own + "/cache/index"
    }
    let base: String
    if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
      base = cache
    } else if let home = environment["HOME"], home.hasPrefix("/") {
      base = home + "/.cache"
    } else {
      return nil
    }
    let hash = String(IndexCodec.fnv1a(vault.root.utf8), radix: 16)
    return "\(base)/fu/\(hash)/index"
  }

  /// The saved index of the vault at `root`, or `nil` when there is none fit to use.
  public func load(root: String) -> VaultIndex? {
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.read(path)
    } catch {
      debug?("index \(path): none yet (\(error.reason)); reading every file")
      return nil
    }
    do {
      let index = try IndexCodec.decode(bytes)
      guard index.root == root else {
        debug?("index \(path): about \(index.root), not this vault; rebuilding")
        return nil
      }
      return index
    } catch {
      debug?("index \(path): \(error); rebuilding")
      return nil
    }
  }

  /// Saves `index`, creating the folders it goes in; a failure only costs speed, so it is
  /// reported to `debug` and otherwise ignored.
  public func save(_ index: VaultIndex) {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    let bytes = IndexCodec.encode(
      index.markingRacyEntries(now: Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)))
    var folder = ""
    for part in path.split(separator: "/").dropLast() {
      folder += "/" + part
      if FileSystem.status(folder) == nil, mkdir(folder, 0o755) != 0, errno != EEXIST {
        debug?("index \(path): cannot create \(folder) (\(String(cString: strerror(errno))))")
        return
      }
    }
    do {
      try AtomicFile.replace(bytes, at: path)
      debug?("index \(path): saved \(index.entries.count) entries")
    } catch {
      debug?("index \(path): not saved (\(error))")
    }
  }
}
