import Foundation
import Glibc

/// A three-way line merge, done by `git merge-file` itself on temporary files: the merge
/// git does without a driver, with its conflict markers, its marker style
/// (`merge.conflictStyle`, read from the repository git runs in) and its line endings in
/// the markers. fu merges the parts of a contact it understands by their structure and
/// hands everything else to this.
public enum LineMerge {
  /// The names in the conflict markers: `<<<<<<< ours`, `||||||| base`, `>>>>>>> theirs`.
  public static let labels = (ours: "ours", base: "base", theirs: "theirs")

  /// What a line merge gives.
  public struct Result: Sendable, Equatable {
    /// The merged bytes, conflicts marked as git marks them.
    public var bytes: [UInt8]
    /// How many conflicts are marked in `bytes`.
    public var conflicts: Int
  }

  /// Merges `ours` and `theirs`, both changed from `base`, as `git merge-file -p` does.
  /// Throws when git cannot be run or refuses (a binary file).
  public static func merge(base: [UInt8], ours: [UInt8], theirs: [UInt8]) throws(FuError)
    -> Result
  {
    var template = Array((NSTemporaryDirectory() + "/fu-merge-XXXXXX").utf8CString)
    guard let folderPointer = mkdtemp(&template) else {
      throw .io(path: NSTemporaryDirectory(), action: "create a folder in", errno: errno)
    }
    let folder = String(cString: folderPointer)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var paths: [String] = []
    for (name, bytes) in [("ours", ours), ("base", base), ("theirs", theirs)] {
      let path = folder + "/" + name
      guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
        throw .io(path: path, action: "write", errno: errno)
      }
      paths.append(path)
    }
    let arguments =
      ["merge-file", "-p", "-L", labels.ours, "-L", labels.base, "-L", labels.theirs] + paths
    guard let run = GitCommand.run(arguments) else {
      throw .gitFailed(command: "merge-file", reason: ContactMerge.gitMissing)
    }
    // The number of conflicts, up to 127; anything above is an error.
    guard (0...127).contains(run.status) else {
      throw .gitFailed(command: "merge-file", reason: run.reason)
    }
    return Result(bytes: run.output, conflicts: Int(run.status))
  }

  /// Merges lists of lines (each with its terminator; a missing one is given `ending`).
  static func merge(base: [String], ours: [String], theirs: [String], ending: String)
    throws(FuError) -> (lines: [String], conflicts: Int)
  {
    func bytes(_ lines: [String]) -> [UInt8] {
      Array(lines.map { TextDocument.terminator(of: $0).isEmpty ? $0 + ending : $0 }.joined().utf8)
    }
    let result = try merge(base: bytes(base), ours: bytes(ours), theirs: bytes(theirs))
    return (
      TextDocument(text: String(decoding: result.bytes, as: UTF8.self)).lines, result.conflicts
    )
  }
}
