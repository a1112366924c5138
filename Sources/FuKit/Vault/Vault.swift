import Dispatch
import Glibc

/// A folder of contact files.
public struct Vault: Sendable {
  /// The vault folder, canonical and absolute.
  public let root: String
  /// How the user named the folder, used to show paths they can open from where they are.
  public let displayRoot: String
  /// Paths that are not contacts (the config's `exclude`).
  public var exclude: [PathGlob] = []
  /// The headings that name the interaction log (the config's `log.sections`); the first
  /// is the one a write adds where a file has none.
  public var logSectionNames: [String] = ContactFile.defaultLogSectionNames

  /// A vault at `path`, which must be an existing folder.
  public init(path: String) throws(FuError) {
    guard let info = FileSystem.status(path), let root = FileSystem.realPath(path) else {
      throw .vaultMissing(path: path)
    }
    guard (info.st_mode & S_IFMT) == S_IFDIR else { throw .vaultNotAFolder(path: path) }
    self.root = root
    var display = path
    while display.count > 1, display.hasSuffix("/") { display.removeLast() }
    displayRoot = display
  }

  /// Where the vault's own settings live.
  public static let configPath = ".fu/config.yml"

  /// The vault with the settings of `configuration` applied.
  public func configured(by configuration: Configuration) -> Vault {
    var vault = self
    vault.exclude = (configuration.exclude ?? []).compactMap(PathGlob.init)
    if let sections = configuration.logSections { vault.logSectionNames = sections }
    return vault
  }

  /// The absolute path of vault-relative `path`.
  public func absolutePath(of path: String) -> String { root + "/" + path }

  /// Whether vault-relative `path` is a regular file (not a folder, not a symlink).
  public func isRegularFile(_ path: String) -> Bool {
    var info = stat()
    return lstat(absolutePath(of: path), &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
  }

  /// The vault-relative path of the file at `path` (relative to the working directory or
  /// absolute), when it exists inside the vault: what a shell completes for `WHO`.
  public func relativePath(ofFileAt path: String) -> String? {
    guard let real = FileSystem.realPath(path), real.hasPrefix(root + "/"),
      let info = FileSystem.status(real), (info.st_mode & S_IFMT) == S_IFREG
    else { return nil }
    return String(real.dropFirst(root.count + 1))
  }

  /// Creates vault-relative `folder` and the folders above it where missing; it must end up
  /// inside the vault (a link out of it is refused).
  public func createFolder(_ folder: String) throws(FuError) {
    try walk(folder, creating: true)
  }

  /// Throws what `createFolder` would, creating nothing: each level of `folder` already
  /// there must be a folder inside the vault.
  public func checkFolder(_ folder: String) throws(FuError) {
    try walk(folder, creating: false)
  }

  private func walk(_ folder: String, creating: Bool) throws(FuError) {
    // Each level is checked before the next is made, so a link out of the vault never
    // gets a folder made at its far end.
    var partial = root
    for part in folder.split(separator: "/") {
      partial += "/" + part
      if FileSystem.status(partial) == nil {
        var info = stat()
        if !creating && lstat(partial, &info) != 0 { return }  // nothing there, nor below
        guard !creating || mkdir(partial, 0o755) == 0 || errno == EEXIST else {
          throw .io(path: partial, action: "create the folder", errno: errno)
        }
      }
      guard let real = FileSystem.realPath(partial), real.hasPrefix(root + "/"),
        let info = FileSystem.status(real), (info.st_mode & S_IFMT) == S_IFDIR
      else {
        throw .invalidFolder(path: folder, reason: "it is not a folder inside the vault")
      }
    }
  }

  /// Whether the config's `exclude` hides the file at vault-relative `path`: fu would
  /// never see a contact there.
  public func hides(_ path: String) -> Bool {
    exclude.contains { $0.matches(path, isFolder: false) }
  }

  /// Whether anything (a file, a folder, a link, even a broken one) is at vault-relative
  /// `path`.
  public func hasEntry(at path: String) -> Bool {
    var info = stat()
    return lstat(absolutePath(of: path), &info) == 0
  }

  /// The bytes of vault-relative `path`, or `nil` when it cannot be read.
  public func bytes(of path: String) -> [UInt8]? {
    try? FileSystem.read(absolutePath(of: path))
  }

  /// The text of vault-relative `path`, or `nil` when there is no such file.
  public func readText(_ path: String) throws(FuError) -> String? {
    let absolute = absolutePath(of: path)
    guard FileSystem.status(absolute) != nil else { return nil }
    let bytes = try FileSystem.read(absolute)
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw .unreadable(Diagnostic(path: path, message: "is not valid UTF-8 (save it as UTF-8)"))
    }
    return text
  }

  /// The names of the files (or links to files) in vault-relative `folder`, sorted; none
  /// when there is no such folder.
  public func fileNames(in folder: String) -> [String] {
    let path = absolutePath(of: folder)
    let names = try? FileSystem.withListing(of: path) { listing, _ in
      listing.entries.indices.map(listing.name)
    }
    return (names ?? []).filter { name in
      FileSystem.status(path + "/" + name).map { ($0.st_mode & S_IFMT) == S_IFREG } ?? false
    }.sorted()
  }

  /// Whether `path` has a contact file's extension (`.md`, `.markdown`, in any case).
  public static func isContactFile(_ path: String) -> Bool {
    VaultDiscovery.isContactName(path)
  }

  /// Vault-relative `path` as the user can reach it from where they ran fu.
  public func displayPath(of path: String) -> String {
    displayRoot == "." ? path : displayRoot + "/" + path
  }

  /// Reads and parses every contact file, with its log when `readLog` is set: what a full
  /// check of the vault needs. Files that cannot be read or decoded are left out with a
  /// diagnostic.
  public func readAll(readLog: Bool) -> VaultFiles {
    let (found, discoveryProblems) = VaultDiscovery(root: root, exclude: exclude).run()
    var contents = VaultFiles(files: [], diagnostics: discoveryProblems)
    for result in parallelMap(found, { readFile($0.path, readLog: readLog) }) {
      switch result {
      case .success(let file):
        contents.diagnostics += file.diagnostics
        contents.files.append(file)
      case .failure(let diagnostic):
        contents.diagnostics.append(diagnostic)
      }
    }
    contents.diagnostics.sort()
    return contents
  }

  /// Reads and parses one contact file.
  public func readFile(_ path: String, readLog: Bool = true) -> Result<ContactFile, Diagnostic> {
    do {
      return parse(path, try FileSystem.read(absolutePath(of: path)), readLog: readLog)
    } catch {
      return .failure(unreadable(path, error))
    }
  }

  /// The file at `path` as it is now, read with its log; `nil` when it still holds the
  /// bytes `known` was read from, with its log and this vault's log headings: reading
  /// them again would give `known`.
  public func readFile(_ path: String, changedSince known: ContactFile) -> Result<
    ContactFile?, Diagnostic
  > {
    do {
      let bytes = try FileSystem.read(absolutePath(of: path))
      if known.isLogRead, known.path == path, known.logSectionNames == logSectionNames,
        bytes == known.document.bytes
      {
        return .success(nil)
      }
      return parse(path, bytes, readLog: true).map { $0 }
    } catch {
      return .failure(unreadable(path, error))
    }
  }

  func unreadable(_ path: String, _ error: FuError) -> Diagnostic {
    Diagnostic(path: path, message: "cannot be read (\(error.reason)): skipped")
  }

  private func parse(_ path: String, _ bytes: [UInt8], readLog: Bool) -> Result<
    ContactFile, Diagnostic
  > {
    guard let document = TextDocument(bytes: bytes) else {
      return .failure(ContactFile.notUTF8(path: path, bytes: bytes))
    }
    return .success(
      ContactFile(
        path: path, document: document, readLog: readLog, logSectionNames: logSectionNames))
  }
}

/// What the vault's contact files say, as the agenda, the listing and `WHO` need it.
public struct VaultContents: Sendable, Equatable {
  /// The readable contact files' summaries, sorted by path.
  public var summaries: [ContactSummary]
  /// Every problem met, sorted by path and line.
  public var diagnostics: [Diagnostic]

  /// Every readable contact, sorted by path: the ones `WHO` can name.
  public var contacts: [Contact] { summaries.map(\.contact) }

  /// The contacts whose facts can be trusted for an agenda: files with merge-conflict
  /// markers are left out, since which side holds is undecided.
  public var settledContacts: [Contact] {
    summaries.withUnsafeBufferPointer { summaries in
      summaries.indices.compactMap { summaries[$0].hasConflict ? nil : summaries[$0].contact }
    }
  }
}

/// Every contact file of a vault, parsed.
public struct VaultFiles: Sendable {
  /// The readable contact files, sorted by path.
  public var files: [ContactFile]
  /// Every problem met, sorted by path and line.
  public var diagnostics: [Diagnostic]
}
