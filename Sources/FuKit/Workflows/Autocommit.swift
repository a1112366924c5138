extension Workspace {
  /// A file written, with its git state before: whether committing it would take in
  /// changes that are not fu's.
  public struct Write: Sendable {
    /// The vault-relative path.
    public var path: String
    /// `nil` when the config does not ask fu to commit.
    public var before: VaultGit.State?

    public init(path: String, before: VaultGit.State?) {
      self.path = path
      self.before = before
    }
  }

  /// The vault's git, when its config asks fu to commit what it writes.
  var git: VaultGit? { settings.gitAutocommit == true ? VaultGit(root: vault.root) : nil }

  /// The git state of vault-relative `path` before fu writes it, when the config asks fu to
  /// commit what it writes.
  public func gitStateBeforeWriting(_ path: String) -> VaultGit.State? {
    git?.state(of: path)
  }

  /// Whether the vault is outside any git repository, when the config asks fu to commit.
  public var isOutsideGit: Bool? { git.map { $0.state(of: ".") == .notARepository } }

  /// After writes to vault-relative paths: commits, in one commit with `message`, those
  /// that were as committed before (when the config asks for it); says why of the others.
  public func commit(_ writes: [Write], message: String) {
    commit(writes) { _ in message }
  }

  /// `commit(_:message:)`, its message made of the paths committed: a commit of some of a
  /// change's files names only what it holds.
  public func commit(_ writes: [Write], message: (_ committed: [String]) -> String) {
    guard let git else { return }
    var clean: [String] = []
    func shown(_ paths: [String]) -> String {
      paths.count == 1 ? vault.displayPath(of: paths[0]) : "\(paths.count) files"
    }
    let outside = writes.filter { $0.before == .notARepository }.map(\.path)
    if !outside.isEmpty {
      warn("\(shown(outside)) not committed: the vault is not in a git repository")
    }
    for write in writes {
      let shown = vault.displayPath(of: write.path)
      switch write.before {
      case nil, .notARepository?: break
      case .changed?:
        warn(
          "\(shown) not committed: it had changes of its own, or is not tracked; commit it with git"
        )
      case .clean?: clean.append(write.path)
      }
    }
    guard !clean.isEmpty else { return }
    do {
      try git.commit(clean, message: message(clean))
    } catch {
      warn("\(shown(clean)) not committed: \(error.description)")
    }
  }
}
