import Glibc

/// Replaces a file's content all at once: the bytes go to a temporary file in the same
/// folder, which is flushed to disk and renamed over the original, so that a reader (or a
/// crash) sees the old file or the new one, never half of each. The original's permissions
/// and, where allowed, its owner are kept. A symlinked file is written through to its
/// target, which must lie inside `root`.
public enum AtomicFile {
  /// Replaces the file at `target`, a path `target(of:inside:)` gave, with `bytes`. The
  /// caller holds the `FolderLock` on the target's folder, so that a link changed meanwhile
  /// cannot lead the write to another folder, and so that the temporary file can have a
  /// fixed name, `.NAME.fu.tmp`: one a killed writer left is replaced by the next write.
  /// `isStillValid` is asked last, once the new file is on disk and only its rename is
  /// left: when it says no, nothing is replaced and `false` returned.
  @discardableResult
  static func write(
    _ bytes: [UInt8], toTarget target: String,
    if isStillValid: () throws(FuError) -> Bool = { true }
  ) throws(FuError) -> Bool {
    guard let info = FileSystem.status(target) else {
      throw .io(path: target, action: "write", errno: errno)
    }
    let folder = self.folder(of: target)
    let temporary = folder + "/." + name(of: target) + ".fu.tmp"
    unlink(temporary)
    try writeTemporary(bytes, to: temporary, owner: info)
    let isValid: Bool
    do {
      isValid = try isStillValid()
    } catch {
      unlink(temporary)
      throw error
    }
    guard isValid else {
      unlink(temporary)
      return false
    }
    if rename(temporary, target) != 0 {
      let failure = FuError.io(path: target, action: "replace", errno: errno)
      unlink(temporary)
      throw failure
    }
    syncFolder(folder)
    return true
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

  /// Replaces (or creates) the file at `path` with `bytes` through a temporary file and a
  /// rename, without flushing to disk: for files fu can rebuild, such as the index, where a
  /// crash may lose the new content but never leaves a half-written file in its place. The
  /// file gets `permissions` (less the umask). Returns the stamp of the file written, which
  /// another process may replace in turn.
  @discardableResult
  public static func replace(_ bytes: [UInt8], at path: String, permissions: mode_t = 0o666)
    throws(FuError) -> FileStamp
  {
    let temporary = uniqueTemporary(beside: path)
    try writeTemporary(bytes, to: temporary, owner: nil, sync: false, permissions: permissions)
    guard let written = FileSystem.status(temporary).map(FileStamp.init),
      rename(temporary, path) == 0
    else {
      let failure = FuError.io(path: path, action: "replace", errno: errno)
      unlink(temporary)
      throw failure
    }
    return written
  }

  /// Replaces (or creates) the file the user named at `path` with `bytes`, flushed to
  /// disk: a link is written through to its target, and an existing file keeps its
  /// permissions (a private calendar stays private). For `fu ics -o`.
  public static func replaceNamed(_ bytes: [UInt8], at path: String) throws(FuError) {
    // Links followed to the end, also to a file not made yet (which realpath cannot).
    var target = path
    for _ in 0..<40 {
      if let real = FileSystem.realPath(target) {
        target = real
        break
      }
      guard let next = linkTarget(of: target) else { break }
      target = next
    }
    let temporary = uniqueTemporary(beside: target)
    do {
      try writeTemporary(bytes, to: temporary, owner: FileSystem.status(target))
    } catch {
      // Named as the user named it: the temporary file is fu's business.
      guard case .io(_, _, let code) = error else { throw error }
      throw .io(path: path, action: "write", errno: code)
    }
    if rename(temporary, target) != 0 {
      let failure = FuError.io(path: path, action: "replace", errno: errno)
      unlink(temporary)
      throw failure
    }
    syncFolder(folder(of: target))
  }

  /// Where the link at `path` points, read relative to the link's folder: for a link to a
  /// file not made yet, which `realpath` cannot resolve. `nil` when `path` is no link.
  private static func linkTarget(of path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count > 0 else { return nil }
    let target = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return target.hasPrefix("/") ? target : folder(of: path) + "/" + target
  }

  /// Creates a file at `path` with `bytes`, all at once, never replacing an existing file:
  /// `FuError.fileExists` then. The folder must exist.
  public static func create(_ bytes: [UInt8], at path: String) throws(FuError) {
    let slash = path.lastIndex(of: "/") ?? path.startIndex
    let folder = slash == path.startIndex ? "." : String(path[..<slash])
    let temporary = uniqueTemporary(beside: path)
    try writeTemporary(bytes, to: temporary, owner: nil)
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

  /// The name part of `path`.
  private static func name(of path: String) -> String {
    path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
  }

  /// A hidden name beside `target` that no other process picks: `.NAME.fu-PID-N.tmp`.
  private static func uniqueTemporary(beside target: String) -> String {
    let slash = target.lastIndex(of: "/")
    let folder = slash.map { String(target[...$0]) } ?? ""
    return "\(folder).\(name(of: target)).fu-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
  }

  /// Writes `bytes` to the new file `temporary`, flushed to disk unless `sync` is false,
  /// with the permissions and owner of `owner` (else the umask's).
  private static func writeTemporary(
    _ bytes: [UInt8], to temporary: String, owner info: stat?, sync: Bool = true,
    permissions: mode_t = 0o666
  ) throws(FuError) {
    let fd = open(
      temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, info == nil ? permissions : 0o600)
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
