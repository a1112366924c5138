import Glibc

/// Finds the contact files of a vault: every `*.md` / `*.markdown` file at any depth, except
/// paths with a hidden component. Symlinks are followed only while they stay inside the vault.
struct VaultDiscovery {
  /// The vault root, canonical.
  let root: String

  /// Vault-relative paths, sorted, and the problems met (loops, escapes, unreadable folders).
  func run() -> (paths: [String], diagnostics: [Diagnostic]) {
    var paths: [String] = []
    var diagnostics: [Diagnostic] = []
    var seenFiles = Set<FileID>()
    walk(
      relative: "", ancestors: FileSystem.status(root).map { [FileID($0)] } ?? [], paths: &paths,
      seenFiles: &seenFiles, diagnostics: &diagnostics)
    return (paths.sorted(), diagnostics)
  }

  private struct FileID: Hashable {
    var device: UInt64
    var inode: UInt64
    init(_ info: stat) {
      device = UInt64(info.st_dev)
      inode = UInt64(info.st_ino)
    }
  }

  private func walk(
    relative: String, ancestors: [FileID], paths: inout [String], seenFiles: inout Set<FileID>,
    diagnostics: inout [Diagnostic]
  ) {
    let directory = relative.isEmpty ? root : root + "/" + relative
    let entries: [(name: String, type: UInt8)]
    do {
      entries = try FileSystem.entries(of: directory)
    } catch {
      diagnostics.append(Diagnostic(path: relative.isEmpty ? "." : relative, message: "\(error)"))
      return
    }
    for entry in entries.sorted(by: { $0.name < $1.name }) where !entry.name.hasPrefix(".") {
      let path = relative.isEmpty ? entry.name : relative + "/" + entry.name
      let absolute = root + "/" + path
      var isDirectory = entry.type == UInt8(DT_DIR)
      var isFile = entry.type == UInt8(DT_REG)
      if entry.type == UInt8(DT_LNK) || entry.type == UInt8(DT_UNKNOWN) {
        guard let info = FileSystem.status(absolute) else {
          if entry.type == UInt8(DT_LNK), isContactName(entry.name) {
            diagnostics.append(Diagnostic(path: path, message: "broken symlink: skipped"))
          }
          continue
        }
        isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
        isFile = (info.st_mode & S_IFMT) == S_IFREG
        if entry.type == UInt8(DT_LNK), isDirectory || isContactName(entry.name) {
          guard let target = FileSystem.realPath(absolute),
            target == root || target.hasPrefix(root + "/")
          else {
            diagnostics.append(
              Diagnostic(path: path, message: "symlink points outside the vault: skipped"))
            continue
          }
        }
      }
      if isDirectory {
        guard let info = FileSystem.status(absolute) else { continue }
        let id = FileID(info)
        if ancestors.contains(id) {
          diagnostics.append(Diagnostic(path: path, message: "symlink loop: skipped"))
          continue
        }
        walk(
          relative: path, ancestors: ancestors + [id], paths: &paths, seenFiles: &seenFiles,
          diagnostics: &diagnostics)
      } else if isFile, isContactName(entry.name) {
        if let info = FileSystem.status(absolute), !seenFiles.insert(FileID(info)).inserted {
          continue
        }
        paths.append(path)
      }
    }
  }

  private func isContactName(_ name: String) -> Bool {
    let lower = name.lowercased()
    return lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
  }
}
