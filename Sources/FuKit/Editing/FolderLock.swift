import Glibc

/// An advisory lock on a folder (`flock` on the folder itself), held by every fu process
/// that rewrites a file in it. The folder, unlike the file, keeps its identity when a new
/// file is renamed over the old one, so two writers can never both hold it.
enum FolderLock {
  /// Runs `body` while holding the lock on `folder`, waiting for it first.
  static func withLock<Result>(on folder: String, _ body: () throws -> Result) throws -> Result {
    let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { throw FuError.io(path: folder, action: "lock", errno: errno) }
    defer { close(descriptor) }  // closing the descriptor releases the lock
    while flock(descriptor, LOCK_EX) != 0 {
      guard errno == EINTR else { throw FuError.io(path: folder, action: "lock", errno: errno) }
    }
    return try body()
  }
}
