import Glibc

/// What `stat` says of a file that changes whenever its content may have: the index trusts
/// a file's cached facts only while its stamp is the same.
public struct FileStamp: Sendable, Hashable {
  public var device: UInt64
  public var inode: UInt64
  public var size: Int64
  /// Last modification, in nanoseconds since the epoch.
  public var modified: Int64
  /// Last status change (a rename, a chmod, a write), in nanoseconds since the epoch.
  public var changed: Int64

  public init(device: UInt64, inode: UInt64, size: Int64, modified: Int64, changed: Int64) {
    self.device = device
    self.inode = inode
    self.size = size
    self.modified = modified
    self.changed = changed
  }

  init(_ info: stat) {
    // Wrapping: a time past 2262 does not fit in nanoseconds, and a stamp only needs to
    // change when the time does.
    self.init(
      device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
      modified: Int64(info.st_mtim.tv_sec) &* 1_000_000_000 &+ Int64(info.st_mtim.tv_nsec),
      changed: Int64(info.st_ctim.tv_sec) &* 1_000_000_000 &+ Int64(info.st_ctim.tv_nsec))
  }
}

extension FileStamp {
  /// Whether `other` is a stamp of the same file with the same content: the same device,
  /// inode, size and modification time. (The status-change time is left out: a rename
  /// sets it, and fu renames the files it writes into place.)
  func isSameContent(as other: FileStamp) -> Bool {
    device == other.device && inode == other.inode && size == other.size
      && modified == other.modified
  }

  /// The time now, in nanoseconds since the epoch, as stamps count it.
  static func now() -> Int64 {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
  }
}

/// A contact file that discovery found, with its stamp when it was found.
public struct DiscoveredFile: Sendable, Equatable {
  /// The vault-relative path.
  public var path: String
  public var stamp: FileStamp
}
