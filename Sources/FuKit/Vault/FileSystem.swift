import Glibc

/// The few POSIX calls fu needs, with errors turned into `FuError`.
enum FileSystem {
  /// The whole content of the file at `path`.
  static func read(_ path: String) throws(FuError) -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw .io(path: path, action: "read", errno: errno) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw .io(path: path, action: "read", errno: errno) }
    // One byte more than the size, so that the read that finds the end needs no new room.
    var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0) + 1)
    var count = 0
    while true {
      if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: 65_536)) }
      let got = bytes.withUnsafeMutableBytes { buffer in
        Glibc.read(fd, buffer.baseAddress.map { $0 + count }, buffer.count - count)
      }
      if got < 0 {
        if errno == EINTR { continue }
        throw .io(path: path, action: "read", errno: errno)
      }
      if got == 0 { break }
      count += got
    }
    bytes.removeSubrange(count...)
    return bytes
  }

  /// `stat` following symlinks; `nil` when the path cannot be reached.
  static func status(_ path: String) -> stat? {
    var info = stat()
    return stat(path, &info) == 0 ? info : nil
  }

  /// The canonical absolute path, symlinks resolved; `nil` when it does not exist.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// The names in directory `path` (no `.` or `..`), each with whether it is a directory,
  /// a regular file or a symlink, as the directory reports it.
  static func entries(of path: String) throws(FuError) -> [(name: String, type: UInt8)] {
    try withEntries(of: path) { entries, _ in entries }
  }

  /// `body` given the entries of directory `path` (as `entries(of:)` lists them) and the
  /// directory's open descriptor, for `status(of:in:)` calls relative to it.
  static func withEntries<Result>(
    of path: String, _ body: ([(name: String, type: UInt8)], Int32) -> Result
  ) throws(FuError) -> Result {
    guard let dir = opendir(path) else { throw .io(path: path, action: "list", errno: errno) }
    defer { closedir(dir) }
    var result: [(String, UInt8)] = []
    while let entry = readdir(dir) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
      }
      if name == "." || name == ".." { continue }
      result.append((name, entry.pointee.d_type))
    }
    return body(result, dirfd(dir))
  }

  /// `stat` of `name` in the directory open as `directory`, following symlinks: one path
  /// component for the kernel to look up, not the whole path.
  static func status(of name: String, in directory: Int32) -> stat? {
    var info = stat()
    return fstatat(directory, name, &info, 0) == 0 ? info : nil
  }

  /// The current working directory.
  static func currentDirectory() -> String {
    guard let cwd = getcwd(nil, 0) else { return "." }
    defer { free(cwd) }
    return String(cString: cwd)
  }
}
