/// The one way fu changes a contact file, whatever the command: planned on the file as read,
/// shown as a diff by a dry run, or written: under a lock on the file's folder the plan is
/// made again on the file as it is then (unless it still holds the bytes planned on, which
/// would plan the same), and written atomically once the file is found still as planned
/// on (`FileUpdate`; the planners read their result back before), then committed when the
/// config asks for it.
public struct ContactChange: Sendable {
  /// The workspace the file is in.
  public let workspace: Workspace
  /// The file as it was read, and the change planned on it.
  public let file: ContactFile
  public let edit: ContactEdit
  /// What the change is, made again on the file as it is when it is written.
  let plan: @Sendable (ContactFile) throws -> ContactEdit

  /// The change `plan` makes to `file`; the file's own problems are told as warnings once
  /// it is known the change can be planned (a file fu refuses says why as its error),
  /// unless `tellingItsProblems` is false (the caller told them already).
  public init(
    _ file: ContactFile, in workspace: Workspace, tellingItsProblems: Bool = true,
    plan: @escaping @Sendable (ContactFile) throws -> ContactEdit
  ) throws {
    self.workspace = workspace
    self.file = file
    self.plan = plan
    edit = try plan(file)
    if tellingItsProblems { workspace.warn(file.diagnostics) }
  }

  /// Throws what writing would: for a dry run, which must fail as the write would.
  public func checkWritable() throws(FuError) {
    try FileUpdate.checkWritable(file.path, in: workspace.vault)
  }

  /// Writes the change, planned again on the file as it is under the lock; commits it with
  /// `commitMessage` when the config asks for it (`nil`: the caller commits, with others).
  /// Returns the edit made; one that changes nothing is neither written nor committed.
  @discardableResult
  public func write(commitMessage: String?) throws -> ContactEdit {
    let before = commitMessage.flatMap { _ in workspace.gitStateBeforeWriting(file.path) }
    let written = try FileUpdate.apply(
      to: file.path, in: workspace.vault, of: file.contact.name, planned: (file, edit)
    ) { file in try plan(file) }
    if written.result.bytes == written.original.bytes { return written }  // nothing written
    workspace.reporter.wrote()
    if let commitMessage {
      workspace.commit([Workspace.Write(path: file.path, before: before)], message: commitMessage)
    }
    return written
  }

  /// Writes each of `changes` in turn, each as `write` does, once every file is found
  /// writable (one read-only file writes nobody), telling `written` of each before the
  /// next; then commits them all in one commit whose message `commitMessage` makes of the
  /// changes committed, when the config asks for it: also those written before one that
  /// fails, whose error is thrown.
  public static func write(
    _ changes: [ContactChange], commitMessage: ([ContactChange]) -> String,
    written: (ContactChange, ContactEdit) -> Void
  ) throws {
    guard let workspace = changes.first?.workspace else { return }
    for change in changes { try change.checkWritable() }
    var writes: [(change: ContactChange, write: Workspace.Write)] = []
    defer {
      workspace.commit(writes.map(\.write)) { committed in
        commitMessage(writes.filter { committed.contains($0.write.path) }.map(\.change))
      }
    }
    for change in changes {
      let before = workspace.gitStateBeforeWriting(change.file.path)
      let edit = try change.write(commitMessage: nil)
      if edit.result.bytes != edit.original.bytes {
        writes.append((change, Workspace.Write(path: change.file.path, before: before)))
      }
      written(change, edit)
    }
  }
}
