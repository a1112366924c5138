import Glibc

/// Replaces a file's content all at once: the bytes go to a temporary file in the same
/// folder, which is flushed to disk and renamed over the original, so that a reader (or a
/// crash) sees the old file or the new one, never half of each. The original's permissions
/// and, where allowed, its owner are kept. A symlinked file is written through to its
/// target, which must lie inside `root`.
public enum AtomicFile {
  public static func write(_ bytes: [UInt8], to path: String, inside root: String) throws(FuError) {
    guard let target = FileSystem.realPath(path) else {
      throw .io(path: path, action: "write", errno: ENOENT)
    }
    guard target.hasPrefix(root + "/") else {
      throw .refusedWrite(
        Diagnostic(
          path: path, message: "is a link to \(target), outside the vault; fu will not write it"))
    }
    guard let info = FileSystem.status(target) else {
      throw .io(path: path, action: "write", errno: errno)
    }
    let slash = target.lastIndex(of: "/") ?? target.startIndex
    let folder = String(target[..<slash])
    let name = String(target[target.index(after: slash)...])
    let temporary = "\(folder)/.\(name).fu-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"

    let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
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
    if failure == nil {
      _ = fchown(fd, info.st_uid, info.st_gid)
      if fchmod(fd, info.st_mode & 0o7777) != 0 || fsync(fd) != 0 {
        failure = .io(path: temporary, action: "write", errno: errno)
      }
    }
    if close(fd) != 0, failure == nil {
      failure = .io(path: temporary, action: "write", errno: errno)
    }
    if failure == nil, rename(temporary, target) != 0 {
      failure = .io(path: target, action: "replace", errno: errno)
    }
    if let failure {
      unlink(temporary)
      throw failure
    }
    let directory = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if directory >= 0 {
      fsync(directory)
      close(directory)
    }
  }
}
