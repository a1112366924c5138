import Dispatch
import Glibc

/// Finds the contact files of a vault: every `*.md` / `*.markdown` file at any depth, except
/// paths with a hidden component or excluded by the config. Symlinks are followed only while
/// they stay inside the vault.
struct VaultDiscovery {
  /// The vault root, canonical.
  let root: String
  /// The config's `exclude:` globs: a folder one matches is not walked, a file one matches
  /// is not a contact.
  var exclude: [PathGlob] = []

  /// The contact files, sorted by path, and the problems met (loops, escapes, unreadable
  /// folders and files, names that are not UTF-8).
  func run() -> (files: [DiscoveredFile], diagnostics: [Diagnostic]) {
    let found = walk()
    return (found.files.sorted { $0.path.precedesByBytes($1.path) }, found.diagnostics)
  }

  /// What a walk of the vault found.
  struct Found {
    /// The contact files in the order the walk met them, each once.
    var files: [DiscoveredFile]
    /// Every folder walked, vault-relative (`""` for the root), with its stamp taken
    /// before it was listed, and the digest of its names.
    var folders: [FolderStamps.Folder]
    /// The problems met.
    var diagnostics: [Diagnostic]
    /// Whether the folders' stamps and names tell every change to the list of files: not
    /// when a folder holds a symlink (the same name can come to lead elsewhere, or to a
    /// place not walked) or a file with other hard links (the walk lists one name of
    /// several, and which can change with no name coming or going).
    var foldersTellEveryChange: Bool
  }

  /// The contact files in the order the walk met them, each once, the folders walked and
  /// the problems met.
  func walk() -> Found {
    var walk = Walk()
    let rootInfo = FileSystem.status(root)
    if let rootInfo { walk.seenFolders.insert(FileID(rootInfo)) }
    visit(
      relative: "", stamp: rootInfo.map(FileStamp.init), viaLink: false,
      ancestors: rootInfo.map { [FileID($0)] } ?? [], state: &walk)
    var found = Found(
      files: walk.files, folders: walk.folders, diagnostics: walk.diagnostics,
      foldersTellEveryChange: !walk.hasHardLinks && walk.folders.allSatisfy { $0.names != nil })
    guard !walk.pathsViaLinks.isEmpty else { return found }
    // A file reached both directly and through a link is known by one path: keep it once.
    var kept = Set<String>()
    found.files = walk.files.filter {
      !walk.pathsViaLinks.contains($0.path) || kept.insert($0.path).inserted
    }
    return found
  }

  /// What `fstatat` says of one name in a folder.
  private enum Status {
    /// The file's stamp, and whether it has other hard links.
    case found(FileStamp, isLinked: Bool)
    /// Gone since the folder was read.
    case gone
    /// There, but fu may not look at it (`errno`, say `EACCES` in a folder it may list but
    /// not search).
    case failed(errno: Int32)

    init(_ result: Int32, _ info: stat) {
      if result == 0 {
        self = .found(FileStamp(info), isLinked: info.st_nlink > 1)
      } else {
        self = errno == ENOENT ? .gone : .failed(errno: errno)
      }
    }
  }

  /// The status of each of `names` of `listing`, open as `directory`. The calls are
  /// spread over all cores when there are many: on a large vault they are most of the
  /// time discovery takes.
  private func stamps(
    of names: [Int], in listing: DirectoryListing, directory: Int32
  ) -> [Status] {
    let results = UnsafeMutableBufferPointer<Status>.allocate(capacity: names.count)
    defer { results.deallocate() }
    listing.bytes.withUnsafeBufferPointer { bytes in
      nonisolated(unsafe) let slots = results
      nonisolated(unsafe) let base = UnsafeRawPointer(bytes.baseAddress!)
      let starts = names.map { listing.entries[$0].start }
      @Sendable func status(_ range: Range<Int>) {
        var info = stat()
        for index in range {
          let name = base.advanced(by: starts[index]).assumingMemoryBound(to: CChar.self)
          (slots.baseAddress! + index).initialize(
            to: Status(fstatat(directory, name, &info, 0), info))
        }
      }
      let chunk = 512
      if names.count <= chunk {
        status(0..<names.count)
      } else {
        DispatchQueue.concurrentPerform(iterations: (names.count + chunk - 1) / chunk) { part in
          status((part * chunk)..<min(names.count, (part + 1) * chunk))
        }
      }
    }
    return Array(results)
  }

  /// What the walk has found so far. Every folder is walked once, however many links lead
  /// to it, so links between folders cannot multiply the work.
  private struct Walk {
    /// Files found, with their stamps.
    var files: [DiscoveredFile] = []
    var diagnostics: [Diagnostic] = []
    /// Folders fu may list but not search, reported once each.
    var unsearchable = Set<String>()
    var seenFolders = Set<FileID>()
    var seenFiles = Set<FileID>()
    /// Paths of files reached through a link, which the walk may also reach directly.
    var pathsViaLinks = Set<String>()
    var folders: [FolderStamps.Folder] = []
    /// Whether a file with other hard links was met.
    var hasHardLinks = false

    /// Reports `path`, which is there but which `stat` fails on with `code`. Each problem
    /// also keeps the folders walked from being trusted to list every file.
    mutating func cannotRead(_ path: String, errno code: Int32) {
      diagnostics.append(
        Diagnostic(
          path: path, message: "cannot be read (\(String(cString: strerror(code)))): skipped"))
    }

    /// Reports the folder at vault-relative `folder`, which fu may list but not search
    /// (`EACCES` from `stat` of what it lists), once.
    mutating func cannotSearch(_ folder: String) {
      guard unsearchable.insert(folder).inserted else { return }
      diagnostics.append(
        Diagnostic(
          path: folder.isEmpty ? "." : folder,
          message: "fu may list this folder but not look into it (chmod +x fixes that):"
            + " its files are skipped"))
    }
  }

  private struct FileID: Hashable {
    var device: UInt64
    var inode: UInt64
    init(_ info: stat) {
      device = UInt64(info.st_dev)
      inode = UInt64(info.st_ino)
    }
    init(_ stamp: FileStamp) {
      device = stamp.device
      inode = stamp.inode
    }
  }

  /// Walks the folder at vault-relative `relative`, whose stamp was `stamp` before it was
  /// listed.
  private func visit(
    relative: String, stamp: FileStamp?, viaLink: Bool, ancestors: [FileID], state: inout Walk
  ) {
    let directory = relative.isEmpty ? root : root + "/" + relative
    var others: [(name: String, type: UInt8)]
    do {
      others = try FileSystem.withListing(of: directory) { listing, descriptor in
        if let stamp {
          state.folders.append(
            FolderStamps.Folder(path: relative, stamp: stamp, names: listing.visibleNamesDigest))
        }
        return readPlainFiles(listing, in: descriptor, relative: relative, viaLink: viaLink, &state)
      }
    } catch {
      state.diagnostics.append(
        Diagnostic(path: relative.isEmpty ? "." : relative, message: "\(error)"))
      return
    }
    // The order of the rest decides which path a file or folder reached twice is known by:
    // real folders first, so that a folder reached also through a link is known by its
    // own path.
    others.sort { a, b in
      let (aLink, bLink) = (a.type == UInt8(DT_LNK), b.type == UInt8(DT_LNK))
      return aLink != bLink ? bLink : a.name.precedesByBytes(b.name)
    }
    for entry in others {
      let path = relative.isEmpty ? entry.name : relative + "/" + entry.name
      let absolute = root + "/" + path
      let isLink = entry.type == UInt8(DT_LNK)
      guard let info = FileSystem.status(absolute) else {
        let code = errno
        var link = stat()
        if code == EACCES, !isLink || lstat(absolute, &link) != 0 {
          // Not even the entry itself may be looked at: this folder may not be searched.
          state.cannotSearch(relative)
        } else if isLink {
          // What a link leads to is not this folder's: said of the link, and only of one
          // that would be a contact.
          guard Self.isContactName(entry.name), !isExcluded(path, isFolder: false) else { continue }
          if [ENOENT, ENOTDIR, ELOOP].contains(code) {
            state.diagnostics.append(Diagnostic(path: path, message: "broken symlink: skipped"))
          } else {
            state.cannotRead(path, errno: code)
          }
        } else if code != ENOENT,
          [UInt8(DT_DIR), UInt8(DT_UNKNOWN)].contains(entry.type) || Self.isContactName(entry.name),
          !isExcluded(path, isFolder: entry.type == UInt8(DT_DIR))
        {
          state.cannotRead(path, errno: code)
        }
        continue
      }
      let isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
      let isFile = (info.st_mode & S_IFMT) == S_IFREG
      guard isDirectory || (isFile && Self.isContactName(entry.name)) else { continue }
      // Exclusion applies to the path being walked, the one the user sees, not to where a
      // link leads: a link outside an excluded folder still brings its files in, and an
      // excluded link is skipped even when its target is not excluded. It is checked before
      // the link is resolved, so an excluded link is not reported either.
      if isExcluded(path, isFolder: isDirectory) { continue }
      var target: String?
      if isLink || viaLink {
        guard let real = FileSystem.realPath(absolute), real == root || real.hasPrefix(root + "/")
        else {
          state.diagnostics.append(
            Diagnostic(path: path, message: "symlink points outside the vault: skipped"))
          continue
        }
        target = real == root ? "" : String(real.dropFirst(root.count + 1))
      }
      let id = FileID(info)
      if isDirectory {
        if ancestors.contains(id) {
          state.diagnostics.append(Diagnostic(path: path, message: "symlink loop: skipped"))
          continue
        }
        guard state.seenFolders.insert(id).inserted else { continue }  // walked already
        visit(
          relative: path, stamp: FileStamp(info), viaLink: viaLink || isLink,
          ancestors: ancestors + [id], state: &state)
      } else if state.seenFiles.insert(id).inserted {
        // A linked file is known by its real path when that is itself a contact path, and
        // not excluded (the user asked not to see that path).
        let known =
          if let target, isContactPath(target), !isExcluded(target, isFolder: false) {
            target
          } else {
            path
          }
        state.pathsViaLinks.insert(known)
        state.files.append(DiscoveredFile(path: known, stamp: FileStamp(info)))
      }
    }
  }

  /// Adds the regular contact files met directly in a folder (not through a link), with
  /// their stamps, and returns the entries left for `visit` to look at one by one.
  private func readPlainFiles(
    _ listing: DirectoryListing, in descriptor: Int32, relative: String, viaLink: Bool,
    _ state: inout Walk
  ) -> [(name: String, type: UInt8)] {
    var others: [(name: String, type: UInt8)] = []
    var plain: [Int] = []
    for index in listing.entries.indices
    where listing.bytes[listing.entries[index].start] != UInt8(ascii: ".") {
      // A path is text: a name that is not UTF-8 would be read as its repaired twin. Only
      // a contact's name (not a folder's) is reported; the rest are left alone, as hidden
      // names are.
      let bytes = listing.nameBytes(index)
      guard bytes.allSatisfy({ $0 < 0x80 }) || String(validating: bytes, as: UTF8.self) != nil
      else {
        if listing.entries[index].type != UInt8(DT_DIR), Self.isContactName(bytes),
          !isExcluded(join(relative, listing.name(index)), isFolder: false)
        {
          state.diagnostics.append(
            Diagnostic(
              path: join(relative, Self.escaped(bytes)),
              message: "its name is not UTF-8 (rename it): skipped"))
        }
        continue
      }
      guard listing.entries[index].type == UInt8(DT_REG), !viaLink else {
        others.append((listing.name(index), listing.entries[index].type))
        continue
      }
      if Self.isContactName(listing.nameBytes(index)),
        exclude.isEmpty || !isExcluded(join(relative, listing.name(index)), isFolder: false)
      {
        plain.append(index)
      }
    }
    let prefix = Array((relative.isEmpty ? "" : relative + "/").utf8)
    for (index, status) in zip(plain, stamps(of: plain, in: listing, directory: descriptor)) {
      let name = listing.nameBytes(index)
      let path =
        prefix.isEmpty
        ? String(decoding: name, as: UTF8.self)
        : String(decoding: prefix + name, as: UTF8.self)
      switch status {
      case .gone:
        continue
      case .failed(let code):
        if code == EACCES {
          state.cannotSearch(relative)
        } else {
          state.cannotRead(path, errno: code)
        }
      case .found(let stamp, let isLinked):
        // A file with other hard links may also be reached through a symlink.
        if isLinked {
          state.hasHardLinks = true
          if !state.seenFiles.insert(FileID(stamp)).inserted { continue }
        }
        state.files.append(DiscoveredFile(path: path, stamp: stamp))
      }
    }
    return others
  }

  /// `bytes`, a name, as text: each byte that is not part of a UTF-8 character as `\xFF`.
  static func escaped(_ bytes: some Collection<UInt8>) -> String {
    var text = ""
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var rest = bytes[...]
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        text.unicodeScalars.append(Unicode.UTF8.decode(encoded))
        rest = rest.dropFirst(encoded.count)
      case .error(let length):
        for byte in rest.prefix(length) { text += "\\x" + String(byte, radix: 16, uppercase: true) }
        rest = rest.dropFirst(length)
      case .emptyInput:
        return text
      }
    }
  }

  private func join(_ folder: String, _ name: String) -> String {
    folder.isEmpty ? name : folder + "/" + name
  }

  private func isExcluded(_ path: String, isFolder: Bool) -> Bool {
    exclude.contains { $0.matches(path, isFolder: isFolder) }
  }

  private func isContactPath(_ path: String) -> Bool {
    !path.isEmpty && Self.isContactName(path)
      && !path.split(separator: "/").contains { $0.hasPrefix(".") }
  }

  /// Whether `name` ends in `.md` or `.markdown`, in any case.
  static func isContactName(_ name: String) -> Bool {
    var name = name
    return name.withUTF8 { isContactName($0) }
  }

  private static func isContactName(_ bytes: some Collection<UInt8>) -> Bool {
    func endsWith(_ suffix: StaticString) -> Bool {
      let count = suffix.utf8CodeUnitCount
      guard bytes.count >= count else { return false }
      var index = 0
      for byte in bytes.suffix(count) {
        let lower = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
        guard lower == suffix.utf8Start[index] else { return false }
        index += 1
      }
      return true
    }
    return endsWith(".md") || endsWith(".markdown")
  }
}
