/// The stamps of a vault's folders when its index was last seen to list exactly the
/// vault's files. Adding, removing or renaming a file changes its folder's stamp, so while
/// every folder keeps its stamp, the index's list of files is still the vault's: a load
/// checks each listed file's stamp instead of walking the folders, and `fu log ada` finds
/// Ada among the index's names. What the files say is not vouched for: a file whose own
/// stamp changed is read again.
public struct FolderStamps: Sendable, Equatable {
  /// One folder: vault-relative (`""` for the root), its stamp, and the digest of the
  /// names in it (`DirectoryListing.visibleNamesDigest`) when it was listed.
  public struct Folder: Sendable, Equatable {
    public var path: String
    public var stamp: FileStamp
    public var names: UInt64?

    /// A stamp no folder has: a folder saved with it is listed again by the next command.
    static let changingNow = FileStamp(device: 0, inode: 0, size: 0, modified: 0, changed: 0)

    /// `folder`, its stamp made `changingNow` when the folder changed so recently (within
    /// `VaultIndex.racyWindow` of `now`) that a later change within the same clock tick
    /// could leave the stamp as it is.
    init(racyIfRecent folder: Folder, now: Int64) {
      self = folder
      if folder.stamp.modified > now - VaultIndex.racyWindow { stamp = Folder.changingNow }
    }

    init(path: String, stamp: FileStamp, names: UInt64?) {
      self.path = path
      self.stamp = stamp
      self.names = names
    }
  }

  /// The stamp of the index file these folders vouch for (its device, inode, size and
  /// modification time: a saved index is a new file, with a new inode).
  public var index: FileStamp
  /// The settings that decide which files are contacts (the config's `exclude`) and how
  /// they are read (`log.sections`), as written: another setting, another list of files.
  public var settings: String
  public var folders: [Folder]

  /// The `settings` text of `vault`: each item behind its length, so that no two
  /// settings read the same.
  public static func settings(of vault: Vault) -> String {
    let items = ["exclude"] + vault.exclude.map(\.pattern) + ["sections"] + vault.logSectionNames
    return items.map { "\($0.utf8.count):\($0)" }.joined()
  }

  /// Whether these stamps are about `index` (as `FileStamp`s of the index file) and
  /// `vault`'s settings.
  func vouch(forIndex index: FileStamp, of vault: Vault) -> Bool {
    self.index.isSameContent(as: index) && settings == FolderStamps.settings(of: vault)
  }

  /// These stamps as the folders are now, when each still lists the same names: a folder
  /// whose stamp changed (a file in it replaced, as editors and fu save, or a hidden file
  /// come or gone) is listed again, and still vouches when its names are the same, with
  /// its new stamp once it can no longer change unseen (`Folder.init(racyIfRecent:now:)`). `nil` when a
  /// folder is gone, or lists other names, or its names cannot tell (a symlink in it).
  func current(in vault: Vault) -> FolderStamps? {
    var current = self
    let time = FileStamp.now()
    for position in folders.indices {
      let folder = folders[position]
      let path = vault.absolutePath(of: folder.path)
      guard let now = FileSystem.status(path).map(FileStamp.init) else { return nil }
      if now == folder.stamp { continue }
      guard let names = folder.names,
        (try? FileSystem.withListing(of: path) { listing, _ in listing.visibleNamesDigest })
          == names
      else { return nil }
      current.folders[position] = Folder(
        racyIfRecent: Folder(path: folder.path, stamp: now, names: names), now: time)
    }
    return current
  }

  static let magic: [UInt8] = Array("fufolds".utf8) + [0]

  func encoded() -> [UInt8] {
    var body = ByteWriter()
    body.stamp(index)
    body.string(settings)
    body.unsigned(UInt64(folders.count))
    for folder in folders {
      body.string(folder.path)
      body.stamp(folder.stamp)
      body.unsigned(folder.names == nil ? 0 : 1)
      body.unsigned(folder.names ?? 0)
    }
    return IndexCodec.framed(body.bytes, magic: FolderStamps.magic)
  }

  init(index: FileStamp, settings: String, folders: [Folder]) {
    self.index = index
    self.settings = settings
    self.folders = folders
  }

  /// The stamps in `bytes`, as `encoded()` wrote them.
  init(decoding bytes: [UInt8]) throws(IndexCodec.DecodeError) {
    let decoded = try IndexCodec.unframed(bytes, magic: FolderStamps.magic) {
      reader throws(IndexCodec.DecodeError) in
      let index = try reader.stamp()
      let settings = try reader.string()
      var folders: [Folder] = []
      for _ in 0..<(try reader.count()) {
        let (path, stamp) = (try reader.string(), try reader.stamp())
        let hasNames = try reader.unsigned() == 1
        let names = try reader.unsigned()
        folders.append(Folder(path: path, stamp: stamp, names: hasNames ? names : nil))
      }
      return FolderStamps(index: index, settings: settings, folders: folders)
    }
    self = decoded
  }
}
