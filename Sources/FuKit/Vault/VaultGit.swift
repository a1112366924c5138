import Foundation

/// Commits the files a command wrote, for vaults whose config asks for it
/// (`git: {autocommit: true}`). git runs as an argument vector, never through a shell.
public struct VaultGit: Sendable {
  /// The vault root, where git runs and what paths are relative to.
  public let root: String

  public init(root: String) {
    self.root = root
  }

  /// Where a file stands before fu writes it.
  public enum State: Sendable, Equatable {
    /// The vault is not in a git work tree (or git is missing): nothing is committed.
    case notARepository
    /// The file is as last committed, or does not exist yet: fu's change can be committed.
    case clean
    /// The file has changes of its own, or is not tracked: committing would take those too.
    case changed
  }

  /// Where vault-relative `path` stands now.
  public func state(of path: String) -> State {
    guard let inside = run(["rev-parse", "--is-inside-work-tree"]), inside.status == 0 else {
      return .notARepository
    }
    guard let status = run(["status", "--porcelain", "--", path]), status.status == 0 else {
      return .notARepository
    }
    return status.output.isEmpty ? .clean : .changed
  }

  /// Commits vault-relative `paths` alone (whatever else is staged stays staged) with
  /// `message`.
  public func commit(_ paths: [String], message: String) throws(FuError) {
    for arguments in [["add", "--"] + paths, ["commit", "--quiet", "-m", message, "--"] + paths] {
      guard let result = run(arguments) else {
        throw .gitFailed(command: arguments[0], reason: "git could not be started")
      }
      guard result.status == 0 else {
        let reason = result.output.trimmingCharacters(in: .whitespacesAndNewlines)
        throw .gitFailed(command: arguments[0], reason: reason.isEmpty ? "no reason given" : reason)
      }
    }
  }

  /// Runs `git ARGUMENTS` in the vault; its exit status and what it printed (standard
  /// output, then standard error), or `nil` when git cannot be started.
  private func run(_ arguments: [String]) -> (status: Int32, output: String)? {
    // Paths are file names, not patterns: `ana[w].md` must not also mean `anaw.md`.
    guard let git = GitCommand.run(["--literal-pathspecs"] + arguments, in: root) else {
      return nil
    }
    return (git.status, String(decoding: git.output, as: UTF8.self) + git.errors)
  }
}
