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
  /// Whether the folders made for the index are the user's alone (0700) and so are its
  /// files (0600): they hold names and notes. Not for an index inside the vault, which the
  /// vault's own modes already guard, and which a team sharing the vault shares too.
  public var isPrivate = true

  public init(path: String, debug: (@Sendable (String) -> Void)? = nil) {
    self.path = path
    self.debug = debug
  }

  /// The store for `vault`, at `location(for:environment:)`, private unless it is inside
  /// the vault; `nil` when there is nowhere to put it.
  public init?(for vault: Vault, environment: [String: String]) {
    guard let path = IndexStore.location(for: vault, environment: environment) else { return nil }
    self.init(path: path)
    isPrivate = path != vault.absolutePath(of: IndexStore.vaultIndexPath)
  }

  /// Where the index of a vault with a `.fu/` folder is, inside it.
  static let vaultIndexPath = ".fu/cache/index"

  /// The store for `vault`: `.fu/cache/index` inside the vault when it has a `.fu/` folder,
  /// else `$XDG_CACHE_HOME/fu/<hash of the vault path>/index` (`~/.cache` when unset);
  /// `nil` when there is nowhere to put it (no home folder).
  public static func location(for vault: Vault, environment: [String: String]) -> String? {
    if let info = FileSystem.status(vault.absolutePath(of: ".fu")),
      (info.st_mode & S_IFMT) == S_IFDIR
    {
      return vault.absolutePath(of: vaultIndexPath)
    }
    let base: String
    if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
      base = cache
    } else if let home = environment["HOME"], home.hasPrefix("/"),
      let info = FileSystem.status(home), (info.st_mode & S_IFMT) == S_IFDIR
    {
      base = home + "/.cache"  // never a home folder made: `/nonexistent` must stay so
    } else {
      return nil
    }
    let hash = String(IndexCodec.fnv1a(vault.root.utf8), radix: 16)
    return "\(base)/fu/\(hash)/index"
  }

  /// The saved index of the vault at `root` and the stamp of its file, or `nil` when there
  /// is none fit to use.
  func loadStamped(root: String) -> (index: VaultIndex, stamp: FileStamp)? {
    let read: (index: VaultIndex?, status: stat)
    do {
      read = try FileSystem.withMapped(path) { bytes, status in
        (decoded { () throws(IndexCodec.DecodeError) in try IndexCodec.decode(bytes) }, status)
      }
    } catch {
      debug?("index \(path): none yet (\(error.reason)); reading every file")
      return nil
    }
    guard let index = read.index else { return nil }
    guard index.root == root else {
      debug?("index \(path): about \(index.root), not this vault; rebuilding")
      return nil
    }
    return (index, FileStamp(read.status))
  }

  /// The saved index of the vault at `root`, when its file has the stamp `expected`, with
  /// the positions of the entries whose file changed since, and their stamps now: found
  /// on other cores while this one decodes. `nil` when the index has another stamp or is
  /// not fit to use, or a file it lists is gone.
  func loadChecking(root: String, expected: FileStamp) -> (
    index: VaultIndex, changed: [(position: Int, stamp: FileStamp)]
  )? {
    let read = try? FileSystem.withMapped(path) {
      bytes, status -> (index: VaultIndex, changed: [(position: Int, stamp: FileStamp)])? in
      guard FileStamp(status).isSameContent(as: expected) else { return nil }
      let checking = IndexStore.changes(in: bytes, under: root)
      let index = decoded { () throws(IndexCodec.DecodeError) in try IndexCodec.decode(bytes) }
      // Waited for before the mapping ends, whatever the decoding gave.
      let changed = checking.value()
      guard let index, index.root == root, let changed else { return nil }
      return (index, changed)
    }
    return read ?? nil
  }

  /// Each entry of the saved index of the vault at `root`, its path with its contact (with
  /// only its names) when the file was readable, the stamp of the index file, and the
  /// positions of the entries whose file changed since, with their stamps now; `nil` when
  /// there is no index fit to use, or a file it lists is gone.
  func loadNames(root: String) -> (
    entries: [(path: String, contact: Contact?)], stamp: FileStamp,
    changed: [(position: Int, stamp: FileStamp)]
  )? {
    let read = try? FileSystem.withMapped(path) {
      bytes, status -> (
        entries: [(path: String, contact: Contact?)], stamp: FileStamp,
        changed: [(position: Int, stamp: FileStamp)]
      )? in
      let checking = IndexStore.changes(in: bytes, under: root)
      let names = decoded { () throws(IndexCodec.DecodeError) in
        try IndexCodec.decodeNames(bytes)
      }
      // Waited for before the mapping ends, whatever the decoding gave.
      let changed = checking.value()
      guard let names, names.root == root, let changed else { return nil }
      return (names.entries, FileStamp(status), changed)
    }
    return read ?? nil
  }

  /// What `decode` gives, or `nil`, said to `debug`, when the index does not decode.
  private func decoded<Value>(_ decode: () throws(IndexCodec.DecodeError) -> Value) -> Value? {
    do {
      return try decode()
    } catch {
      debug?("index \(path): \(error); rebuilding")
      return nil
    }
  }

  /// The entries of index `bytes` whose file, under the folder `root`, is not as saved
  /// (`IndexCodec.changedEntries`), worked out on other cores. `bytes` must stay valid
  /// until the value is taken.
  private static func changes(
    in bytes: UnsafeBufferPointer<UInt8>, under root: String
  ) -> Background<[(position: Int, stamp: FileStamp)]?> {
    nonisolated(unsafe) let bytes = bytes
    return Background {
      let folder = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
      guard folder >= 0 else { return nil }
      defer { close(folder) }
      // A file with other hard links counts as gone: a walk would list one of its names
      // only (see `VaultDiscovery.Found.foldersTellEveryChange`).
      return IndexCodec.changedEntries(of: bytes) { path in
        var info = stat()
        guard fstatat(folder, path, &info, 0) == 0, info.st_nlink <= 1 else { return nil }
        return FileStamp(info)
      }
    }
  }

  /// The mode the index's files are made with, less the umask (`isPrivate`).
  private var filePermissions: mode_t { isPrivate ? 0o600 : 0o666 }

  /// Where the folder stamps that vouch for the index are kept: beside it.
  var foldersPath: String { path + "-folders" }

  /// The saved folder stamps, or `nil` when there are none fit to use.
  func loadFolders() -> FolderStamps? {
    guard let bytes = try? FileSystem.read(foldersPath) else { return nil }
    do {
      return try FolderStamps(decoding: bytes)
    } catch {
      debug?("index \(foldersPath): \(error); ignored")
      return nil
    }
  }

  /// Saves `stamps` (a failure only costs speed: the next command walks the vault).
  func saveFolders(_ stamps: FolderStamps) {
    do {
      try AtomicFile.replace(stamps.encoded(), at: foldersPath, permissions: filePermissions)
    } catch {
      debug?("index \(foldersPath): not saved (\(error))")
    }
  }

  /// Removes the temporary files that saves killed midway (`kill -9`, a crash) left in
  /// `folder`, the index's: those of the index and of its folder stamps an hour old or
  /// more, which no save still running can own (a save takes well under a second).
  private func removeLeftovers(in folder: String) {
    let prefixes = [path, foldersPath].map { "." + ($0.split(separator: "/").last ?? "") + ".fu-" }
    let hourAgo = FileStamp.now() - 3_600 * 1_000_000_000
    try? FileSystem.withListing(of: folder) { listing, descriptor in
      for entry in listing.entries.indices {
        let name = listing.name(entry)
        guard name.hasSuffix(".tmp"), prefixes.contains(where: name.hasPrefix)
        else { continue }
        var info = stat()
        guard fstatat(descriptor, name, &info, AT_SYMLINK_NOFOLLOW) == 0,
          (info.st_mode & S_IFMT) == S_IFREG, FileStamp(info).modified < hourAgo
        else { continue }
        if unlinkat(descriptor, name, 0) == 0 {
          debug?("index \(path): removed \(name), left by a killed save")
        }
      }
    }
  }

  /// The stamp of the index file as it is now, if there is one.
  var indexStamp: FileStamp? { FileSystem.status(path).map(FileStamp.init) }

  /// Saves `index`, creating the folders it goes in, and returns the stamp of the file
  /// written (another process may replace it in turn). A failure only costs speed, so it
  /// is reported to `debug` and otherwise ignored: `nil` then.
  @discardableResult
  public func save(_ index: VaultIndex) -> FileStamp? {
    let bytes = IndexCodec.encode(index.markingRacyEntries(now: FileStamp.now()))
    var folder = ""
    for part in path.split(separator: "/").dropLast() {
      folder += "/" + part
      if FileSystem.status(folder) == nil, mkdir(folder, isPrivate ? 0o700 : 0o777) != 0,
        errno != EEXIST
      {
        debug?("index \(path): cannot create \(folder) (\(String(cString: strerror(errno))))")
        return nil
      }
    }
    do {
      let written = try AtomicFile.replace(bytes, at: path, permissions: filePermissions)
      debug?("index \(path): saved \(index.entries.count) entries")
      removeLeftovers(in: folder)
      return written
    } catch {
      debug?("index \(path): not saved (\(error))")
      return nil
    }
  }
}
