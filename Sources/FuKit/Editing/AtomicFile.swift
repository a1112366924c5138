import Glibc

/// Replaces a file's content all at once: the bytes go to a temporary file in the same
/// folder, which is flushed to disk and renamed over the original, so that a reader (or a
/// crash) sees the old file or the new one, never half of each. The original's permissions
/// and, where allowed, its owner are kept. A symlinked file is written through to its
/// target, which must lie inside `root`.
public enum AtomicFile {
  public static func write(_ bytes: [UInt8], to path: String, inside root: String) throws(FuError) {
    let target = try self.target(of: path, inside: root)
    guard let info = FileSystem.status(target) else {
      throw .io(path: path, action: "write", errno: errno)
    }
    let folder = self.folder(of: target)
    let temporary = try writeTemporary(bytes, beside: target, owner: info)
    if rename(temporary, target) != 0 {
      let failure = FuError.io(path: target, action: "replace", errno: errno)
      unlink(temporary)
      throw failure
    }
    syncFolder(folder)
  }

  /// The file a write to `path` replaces: `path` with its links resolved, which must lie
  /// inside `root`.
  static func target(of path: String, inside root: String) throws(FuError) -> String {
    guard let target = FileSystem.realPath(path) else {
      throw .io(path: path, action: "write", errno: ENOENT)
    }
    guard target.hasPrefix(root + "/") else {
      throw .refusedWrite(
        Diagnostic(
          path: path, message: "is a link to \(target), outside the vault; fu will not write it"))
    }
    return target
  }

  /// The folder holding `path`.
  static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// Removes the temporary files that fu processes killed while writing `target` left
  /// beside it (`.NAME.fu-PID-N.tmp` whose process is gone).
  static func removeAbandonedTemporaries(beside target: String) {
    let folder = self.folder(of: target)
    let name = target.lastIndex(of: "/").map { target[target.index(after: $0)...] } ?? target[...]
    let prefix = ".\(name).fu-"
    // Only hidden names can be temporaries: the others (thousands, in a flat vault) are
    // never made into strings.
    let hidden = try? FileSystem.withListing(of: folder) { listing, _ in
      listing.entries.indices.filter { listing.nameBytes($0).first == UInt8(ascii: ".") }
        .map(listing.name)
    }
    for name in hidden ?? [] where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
      let pid = name.dropFirst(prefix.count).prefix { $0.isASCII && $0.isNumber }
      guard let process = pid_t(pid), process != getpid(), kill(process, 0) != 0, errno == ESRCH
      else { continue }
      unlink(folder + "/" + name)
    }
  }

  /// Replaces (or creates) the file at `path` with `bytes` through a temporary file and a
  /// rename, without flushing to disk: for files fu can rebuild, such as the index, where a
  /// crash may lose the new content but never leaves a half-written file in its place.
  public static func replace(_ bytes: [UInt8], at path: String) throws(FuError) {
    let temporary = try writeTemporary(bytes, beside: path, owner: nil, sync: false)
    if rename(temporary, path) != 0 {
      let failure = FuError.io(path: path, action: "replace", errno: errno)
      unlink(temporary)
      throw failure
    }
  }

  /// Creates a file at `path` with `bytes`, all at once, never replacing an existing file:
  /// `FuError.fileExists` then. The folder must exist.
  public static func create(_ bytes: [UInt8], at path: String) throws(FuError) {
    let slash = path.lastIndex(of: "/") ?? path.startIndex
    let folder = slash == path.startIndex ? "." : String(path[..<slash])
    let temporary = try writeTemporary(bytes, beside: path, owner: nil)
    defer { unlink(temporary) }
    // link(2) fails when the name exists, so a file that appeared meanwhile is never lost.
    if link(temporary, path) != 0 {
      let code = errno
      if code == EEXIST { throw .fileExists(path: path) }
      guard [EPERM, ENOTSUP, EOPNOTSUPP, ENOSYS].contains(code) else {
        throw .io(path: path, action: "create", errno: code)
      }
      // File systems without hard links (FAT, exFAT, some network and FUSE mounts): claim
      // the name with an exclusive create, then move the full file over that empty one.
      let claim = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
      guard claim >= 0 else {
        if errno == EEXIST { throw .fileExists(path: path) }
        throw .io(path: path, action: "create", errno: errno)
      }
      close(claim)
      guard rename(temporary, path) == 0 else {
        let failure = FuError.io(path: path, action: "create", errno: errno)
        unlink(path)
        throw failure
      }
    }
    syncFolder(folder)
  }

  /// Writes `bytes` to a new hidden file beside `target`, flushed to disk unless `sync` is
  /// false, with the permissions and owner of `owner` (else the umask's). Returns its path.
  private static func writeTemporary(
    _ bytes: [UInt8], beside target: String, owner info: stat?, sync: Bool = true
  ) throws(FuError) -> String {
    let slash = target.lastIndex(of: "/")
    let folder = slash.map { String(target[..<$0]) + "/" } ?? ""
    let name = slash.map { String(target[target.index(after: $0)...]) } ?? target
    let temporary = "\(folder).\(name).fu-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"

    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, info == nil ? 0o666 : 0o600)
    guard fd >= 0 else { throw .io(path: temporary, action: "create", errno: errno) }
    var failure: FuError?
    var written = 0
    while written < bytes.count, failure == nil {
      let count = bytes.withUnsafeBytes { buffer in
        Glibc.write(fd, buffer.baseAddress.map { $0 + written }, buffer.count - written)
      }
      if count < 0 {
        if errno != EINTR { failure = .io(path: temporary, action: "write", errno: errno) }
      } else {
        written += count
      }
    }
    if failure == nil, let info {
      _ = fchown(fd, info.st_uid, info.st_gid)
      if fchmod(fd, info.st_mode & 0o7777) != 0 {
        failure = .io(path: temporary, action: "write", errno: errno)
      }
    }
    if failure == nil, sync, fsync(fd) != 0 {
      failure = .io(path: temporary, action: "write", errno: errno)
    }
    if close(fd) != 0, failure == nil {
      failure = .io(path: temporary, action: "write", errno: errno)
    }
    if let failure {
      unlink(temporary)
      throw failure
    }
    return temporary
  }

  /// Flushes a folder's entries, so a rename or a new name survives a crash.
  private static func syncFolder(_ folder: String) {
    let directory = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if directory >= 0 {
      fsync(directory)
      close(directory)
    }
  }
}
