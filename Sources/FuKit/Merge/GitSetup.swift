import Glibc

/// `fu git setup`: makes a clone merge contact files with `fu merge-file`. The vault's
/// `.gitattributes` names the driver for Markdown files (committed, so every clone has it);
/// the clone's own config says what the driver runs (git never copies that, for safety).
public enum GitSetup {
  /// The lines `.gitattributes` needs.
  public static let attributes = ["*.md merge=fu", "*.markdown merge=fu"]
  /// `merge.fu.name`: what git calls the driver.
  public static let driverName = "fu: contact files (front matter by key, log entries joined)"

  /// What a setup did.
  public struct Report: Sendable, Equatable {
    /// The `.gitattributes` lines it added (none when all were there).
    public var addedAttributes: [String]
    /// The config values it set, as `key = value` (none when they were already so).
    public var setConfig: [String]
    /// The driver command the clone's config now holds.
    public var driver: String
  }

  /// `merge.fu.driver`'s value for the fu run as `program`.
  public static func driver(program: String) -> String {
    "\(program) merge-file %O %A %B %P"
  }

  /// How the driver names fu: `fu` when the `fu` found on `searchPath` (a `PATH`) is
  /// `executable`, the running binary; else `executable`'s absolute path, quoted for the
  /// shell git runs the driver with.
  public static func program(executable: String, searchPath: String?) -> String {
    let running = FileSystem.realPath(executable) ?? executable
    for folder in (searchPath ?? "").split(separator: ":") where !folder.isEmpty {
      let candidate = String(folder) + "/fu"
      guard access(candidate, X_OK) == 0, let real = FileSystem.realPath(candidate) else {
        continue
      }
      if real == running { return "fu" }
      break  // another fu comes first on PATH: name this one by its path
    }
    let isPlain = running.allSatisfy {
      $0.isASCII && ($0.isLetter || $0.isNumber || "/._-+".contains($0))
    }
    return isPlain ? running : "'" + running.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// Where a vault stands with git.
  public enum State: Sendable, Equatable {
    /// The vault is not in a git work tree (or git cannot be run).
    case notARepository
    /// In a git work tree, without fu's driver in `.gitattributes` or in the clone's config.
    case notSetUp
    /// Set up: `fu git setup` would change nothing.
    case setUp
  }

  /// Where the vault at `vault` stands.
  public static func state(vault: String) -> State {
    guard isInWorkTree(vault) else { return .notARepository }
    let path = vault + "/.gitattributes"
    let document =
      FileSystem.status(path) == nil
      ? nil : (try? FileSystem.read(path)).flatMap { TextDocument(bytes: $0) }
    let present = Set((document?.lines ?? []).map { words(TextDocument.stripTerminator($0)) })
    let configured = GitCommand.run(["config", "--local", "--get", "merge.fu.driver"], in: vault)
    return attributes.allSatisfy({ present.contains(words($0[...])) }) && configured?.status == 0
      ? .setUp : .notSetUp
  }

  private static func isInWorkTree(_ vault: String) -> Bool {
    guard let inside = GitCommand.run(["rev-parse", "--is-inside-work-tree"], in: vault) else {
      return false
    }
    return inside.status == 0 && String(decoding: inside.output, as: UTF8.self).hasPrefix("true")
  }

  /// Sets up the clone holding the vault at `vault` (a folder path) for `program`.
  /// Idempotent: what is already there is left as it is.
  public static func run(vault: String, program: String) throws(FuError) -> Report {
    guard isInWorkTree(vault) else {
      throw .invalidFolder(
        path: vault, reason: "it is not in a git work tree (`git init` it, or clone it, first)")
    }
    let added = try addAttributes(at: vault + "/.gitattributes")
    let driver = driver(program: program)
    var set: [String] = []
    for (key, value) in [("merge.fu.name", driverName), ("merge.fu.driver", driver)] {
      let current = GitCommand.run(["config", "--local", "--get", key], in: vault)
      if current.map({ String(decoding: $0.output, as: UTF8.self) }) == value + "\n" { continue }
      guard let result = GitCommand.run(["config", "--local", key, value], in: vault) else {
        throw .gitFailed(command: "config", reason: "git could not be started")
      }
      guard result.status == 0 else { throw .gitFailed(command: "config", reason: result.reason) }
      set.append("\(key) = \(value)")
    }
    return Report(addedAttributes: added, setConfig: set, driver: driver)
  }

  /// Adds the `attributes` lines `path` lacks at its end, in its own line ending; the
  /// lines added.
  private static func addAttributes(at path: String) throws(FuError) -> [String] {
    let existing: [UInt8]
    if FileSystem.status(path) == nil {
      existing = []
    } else {
      existing = try FileSystem.read(path)
    }
    let document = TextDocument(bytes: existing) ?? TextDocument(text: "")
    let present = Set(document.lines.map { words(TextDocument.stripTerminator($0)) })
    let missing = attributes.filter { !present.contains(words($0[...])) }
    guard !missing.isEmpty else { return [] }
    let ending = document.lineEnding
    var bytes = existing
    if let last = document.lines.last, TextDocument.terminator(of: last).isEmpty {
      bytes += Array(ending.utf8)
    }
    bytes += Array(missing.map { $0 + ending }.joined().utf8)
    try AtomicFile.replaceNamed(bytes, at: path)
    return missing
  }

  /// A line's words, spacing aside.
  private static func words(_ line: Substring) -> [Substring] {
    line.split(whereSeparator: { $0 == " " || $0 == "\t" })
  }

  /// When a `.gitattributes` in `vault` or a folder above names the fu driver and this
  /// clone's git config has no `merge.fu.driver`: a warning at that line, with the command
  /// that fixes it. git then merges contact files as plain text.
  public static func missingDriver(vault: String) -> Diagnostic? {
    let root = FileSystem.realPath(vault) ?? vault
    var folder = root
    var named: (path: String, line: Int)?
    var isInRepository = false
    while true {
      let path = folder + "/.gitattributes"
      if named == nil, FileSystem.status(path) != nil, let bytes = try? FileSystem.read(path),
        let document = TextDocument(bytes: bytes),
        let index = document.lines.firstIndex(where: { line in
          // A commented-out line (`# *.md merge=fu`) names nothing.
          let words = words(TextDocument.stripTerminator(line))
          return words.first?.hasPrefix("#") == false && words.dropFirst().contains("merge=fu")
        })
      {
        named = (folder == root ? ".gitattributes" : path, index + 1)
      }
      if FileSystem.status(folder + "/.git") != nil {
        isInRepository = true
        break
      }
      guard let slash = folder.lastIndex(of: "/"), folder != "/" else { break }
      folder = slash == folder.startIndex ? "/" : String(folder[..<slash])
    }
    guard isInRepository, let named,
      let config = GitCommand.run(["config", "--get", "merge.fu.driver"], in: vault),
      config.status == 1
    else { return nil }
    return Diagnostic(
      path: named.path, line: named.line,
      message:
        "names fu's merge driver, but this clone's git config has none, so git merges contact files as plain text: run `fu git setup`"
    )
  }
}
