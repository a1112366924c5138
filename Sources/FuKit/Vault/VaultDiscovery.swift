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
  /// folders).
  func run() -> (files: [DiscoveredFile], diagnostics: [Diagnostic]) {
    var walk = Walk()
    let rootID = FileSystem.status(root).map(FileID.init)
    if let rootID { walk.seenFolders.insert(rootID) }
    visit(relative: "", viaLink: false, ancestors: rootID.map { [$0] } ?? [], state: &walk)
    for (path, info) in zip(walk.plainFiles, status(of: walk.plainFiles)) {
      guard let info else { continue }  // gone since the folder was read
      // A file with other hard links may also have been reached through a symlink.
      if info.st_nlink > 1, !walk.seenFiles.insert(FileID(info)).inserted { continue }
      walk.files.append(DiscoveredFile(path: path, stamp: FileStamp(info)))
    }
    // A file reached both directly and through a link is known by one path: keep it once.
    var files: [DiscoveredFile] = []
    files.reserveCapacity(walk.files.count)
    for file in walk.files.sorted(by: { $0.path.precedesByBytes($1.path) })
    where files.last?.path != file.path {
      files.append(file)
    }
    return (files, walk.diagnostics)
  }

  /// `stat` of each vault-relative path, spread over all cores: on a large vault these calls
  /// are most of the time discovery takes.
  private func status(of paths: [String]) -> [stat?] {
    let results = UnsafeMutableBufferPointer<stat?>.allocate(capacity: paths.count)
    results.initialize(repeating: nil)
    defer { results.deallocate() }
    nonisolated(unsafe) let slots = results
    let chunk = 256
    DispatchQueue.concurrentPerform(iterations: (paths.count + chunk - 1) / chunk) { part in
      for index in (part * chunk)..<min(paths.count, (part + 1) * chunk) {
        slots[index] = FileSystem.status(root + "/" + paths[index])
      }
    }
    return Array(results)
  }

  /// What the walk has found so far. Every folder is walked once, however many links lead
  /// to it, so links between folders cannot multiply the work.
  private struct Walk {
    /// Files found, with their stamps.
    var files: [DiscoveredFile] = []
    /// Regular files found directly in a folder, not through a link: their `stat` is left
    /// for after the walk, when all of them can be done at once.
    var plainFiles: [String] = []
    var diagnostics: [Diagnostic] = []
    var seenFolders = Set<FileID>()
    var seenFiles = Set<FileID>()
  }

  private struct FileID: Hashable {
    var device: UInt64
    var inode: UInt64
    init(_ info: stat) {
      device = UInt64(info.st_dev)
      inode = UInt64(info.st_ino)
    }
  }

  private func visit(relative: String, viaLink: Bool, ancestors: [FileID], state: inout Walk) {
    let directory = relative.isEmpty ? root : root + "/" + relative
    let entries: [(name: String, type: UInt8)]
    do {
      entries = try FileSystem.entries(of: directory)
    } catch {
      state.diagnostics.append(
        Diagnostic(path: relative.isEmpty ? "." : relative, message: "\(error)"))
      return
    }
    // Regular files met directly are only collected here, their `stat` done after the walk.
    var others: [(name: String, type: UInt8)] = []
    for entry in entries where !entry.name.hasPrefix(".") {
      guard entry.type == UInt8(DT_REG), !viaLink else {
        others.append(entry)
        continue
      }
      let path = relative.isEmpty ? entry.name : relative + "/" + entry.name
      if isContactName(entry.name), !isExcluded(path, isFolder: false) {
        state.plainFiles.append(path)
      }
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
        if isLink, isContactName(entry.name), !isExcluded(path, isFolder: false) {
          state.diagnostics.append(Diagnostic(path: path, message: "broken symlink: skipped"))
        }
        continue
      }
      let isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
      let isFile = (info.st_mode & S_IFMT) == S_IFREG
      guard isDirectory || (isFile && isContactName(entry.name)) else { continue }
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
          relative: path, viaLink: viaLink || isLink, ancestors: ancestors + [id], state: &state)
      } else if state.seenFiles.insert(id).inserted {
        // A linked file is known by its real path when that is itself a contact path, and
        // not excluded (the user asked not to see that path).
        let known =
          if let target, isContactPath(target), !isExcluded(target, isFolder: false) {
            target
          } else {
            path
          }
        state.files.append(DiscoveredFile(path: known, stamp: FileStamp(info)))
      }
    }
  }

  private func isExcluded(_ path: String, isFolder: Bool) -> Bool {
    exclude.contains { $0.matches(path, isFolder: isFolder) }
  }

  private func isContactPath(_ path: String) -> Bool {
    !path.isEmpty && isContactName(path)
      && !path.split(separator: "/").contains { $0.hasPrefix(".") }
  }

  private func isContactName(_ name: String) -> Bool {
    let lower = name.lowercased()
    return lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
  }
}
