import Glibc

/// The few POSIX calls fu needs, with errors turned into `FuError`.
enum FileSystem {
  /// The whole content of the file at `path`, which must be a plain file unless
  /// `anyKind` (`fu import /dev/stdin`).
  static func read(_ path: String, anyKind: Bool = false) throws(FuError) -> [UInt8] {
    try readWithStatus(path, anyKind: anyKind).bytes
  }

  /// The whole content of the file at `path`, and its `stat` as it was opened. A pipe or a
  /// device is refused unless `anyKind`: opened without waiting, so that a pipe named
  /// `config.yml` cannot hang fu.
  static func readWithStatus(_ path: String, anyKind: Bool = false) throws(FuError) -> (
    bytes: [UInt8], status: stat
  ) {
    var fd = open(path, O_RDONLY | O_CLOEXEC | (anyKind ? 0 : O_NONBLOCK))
    if fd < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
      // A plain file another program holds a lease on (Samba, NFS): waited for, as before.
      fd = open(path, O_RDONLY | O_CLOEXEC)
    }
    guard fd >= 0 else { throw .io(path: path, action: "read", errno: errno) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw .io(path: path, action: "read", errno: errno) }
    guard anyKind || (info.st_mode & S_IFMT) == S_IFREG else { throw .notAPlainFile(path: path) }
    // O_NONBLOCK left set changes nothing for a plain file's reads, and clearing it would
    // cost a call per file on a cold read of the vault.
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
    return (bytes, info)
  }

  /// What `body` makes of the content of the plain file at `path`, mapped into memory
  /// rather than copied, and of its `stat`: for the index, read whole at every run, whose
  /// copy cost a page fault for each 4 KiB. The mapping ends when `body` returns. fu
  /// replaces the files it maps by renaming a new file over them, which leaves a mapped
  /// one as it was; a file cut short in place while mapped would stop fu (SIGBUS).
  static func withMapped<Value>(
    _ path: String, _ body: (UnsafeBufferPointer<UInt8>, stat) -> Value
  ) throws(FuError) -> Value {
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    guard fd >= 0 else { throw .io(path: path, action: "read", errno: errno) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw .io(path: path, action: "read", errno: errno) }
    guard (info.st_mode & S_IFMT) == S_IFREG else { throw .notAPlainFile(path: path) }
    let size = Int(info.st_size)
    guard size > 0 else { return body(UnsafeBufferPointer(start: nil, count: 0), info) }
    // Populated in one call: the pages are in the page cache, and mapping them one fault
    // at a time cost more than reading them.
    let address = mmap(nil, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0)
    guard let address, address != MAP_FAILED else {
      throw .io(path: path, action: "read", errno: errno)
    }
    defer { munmap(address, size) }
    let bytes = address.assumingMemoryBound(to: UInt8.self)
    return body(UnsafeBufferPointer(start: bytes, count: size), info)
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

  /// `body` given the listing of directory `path` and the directory's open descriptor, for
  /// `stat` calls relative to it.
  static func withListing<Result>(
    of path: String, _ body: (DirectoryListing, Int32) -> Result
  ) throws(FuError) -> Result {
    guard let dir = opendir(path) else { throw .io(path: path, action: "list", errno: errno) }
    defer { closedir(dir) }
    var listing = DirectoryListing()
    while let entry = readdir(dir) {
      withUnsafeBytes(of: &entry.pointee.d_name) { raw in
        let name = UnsafeRawBufferPointer(rebasing: raw[..<(raw.firstIndex(of: 0) ?? raw.count)])
        if name.elementsEqual(".".utf8) || name.elementsEqual("..".utf8) { return }
        listing.append(name, type: entry.pointee.d_type)
      }
    }
    return body(listing, dirfd(dir))
  }

  /// The current working directory.
  static func currentDirectory() -> String {
    guard let cwd = getcwd(nil, 0) else { return "." }
    defer { free(cwd) }
    return String(cString: cwd)
  }
}

/// The entries of one directory, their names kept in one buffer: a large folder lists
/// thousands of names, most of which are only looked at as bytes.
struct DirectoryListing {
  /// Every name, each followed by a NUL byte.
  private(set) var bytes: [UInt8] = []
  /// Where each name starts in `bytes`, how long it is, and its type (`DT_REG`...).
  private(set) var entries: [(start: Int, count: Int, type: UInt8)] = []

  mutating func append(_ name: UnsafeRawBufferPointer, type: UInt8) {
    entries.append((bytes.count, name.count, type))
    bytes.append(contentsOf: name)
    bytes.append(0)
  }

  /// The bytes of entry `index`'s name.
  func nameBytes(_ index: Int) -> ArraySlice<UInt8> {
    let entry = entries[index]
    return bytes[entry.start..<entry.start + entry.count]
  }

  /// Entry `index`'s name (invalid UTF-8 repaired).
  func name(_ index: Int) -> String { String(decoding: nameBytes(index), as: UTF8.self) }

  /// A digest of the names and types of the entries a walk looks at (those not hidden),
  /// in any order: the same for two listings of the same names. `nil` when one is a
  /// symlink, or of a type the file system does not tell: the same name can then lead
  /// somewhere else.
  var visibleNamesDigest: UInt64? {
    var digest: UInt64 = 0
    for entry in entries where bytes[entry.start] != UInt8(ascii: ".") {
      guard entry.type != UInt8(DT_LNK), entry.type != UInt8(DT_UNKNOWN) else { return nil }
      let hash = IndexCodec.fnv1a(bytes[entry.start..<entry.start + entry.count])
      digest &+= hash ^ (UInt64(entry.type) &* 0x9E37_79B9_7F4A_7C15)
    }
    return digest
  }
}
