import Glibc

/// Writes a planned edit so that no change is lost: under a lock on the file's folder, the
/// file is read again and the edit planned on what it holds now; once the new file is on
/// disk, just before it replaces the old, the file is compared with what was planned on,
/// and when something else (an editor, a sync tool) changed it meanwhile, the edit is
/// planned again on the new text. A read-only file is not written.
public enum FileUpdate {
  /// How many times a file may change under fu before it gives up.
  static let attempts = 5

  /// Throws when `apply` would refuse to write vault-relative `path` whatever the edit: a
  /// link out of the vault, a read-only file. For a dry run, which must fail as the write
  /// would.
  public static func checkWritable(_ path: String, in vault: Vault) throws(FuError) {
    _ = try writableTarget(of: path, in: vault)
  }

  /// The file a write to vault-relative `path` replaces, when fu may write it.
  private static func writableTarget(of path: String, in vault: Vault) throws(FuError) -> String {
    let target = try AtomicFile.target(of: vault.absolutePath(of: path), inside: vault.root)
    // Replacing the file would go past its mode, which only guards writes into it.
    if access(target, W_OK) != 0 || (FileSystem.status(target)?.st_mode ?? 0) & 0o222 == 0 {
      throw .refusedWrite(
        Diagnostic(
          path: path,
          message: "is read-only; make it writable (chmod u+w) for fu to change it"))
    }
    return target
  }

  /// Applies `plan` to the current content of vault-relative `path`, the file of the
  /// contact called `name`, and writes the result atomically, unless it is the file as it
  /// is; returns the edit made.
  /// `plan` is called once per attempt that must plan. The file is found before the lock
  /// is taken: one that holds someone else by then (two files' names swapped) is not
  /// written. A file without a `name` is known by its path, so a swap of two such files
  /// goes unseen.
  /// With `planned`, an edit already planned on the file as read: while the file still
  /// holds those bytes, that edit is written rather than planned again (the same bytes
  /// plan the same edit; reading and planning again was 15% of the instructions of `fu
  /// log` over 10,000 contacts).
  public static func apply(
    to path: String, in vault: Vault, of name: String,
    planned: (file: ContactFile, edit: ContactEdit)? = nil,
    plan: (ContactFile) throws -> ContactEdit
  ) throws -> ContactEdit {
    let target = try writableTarget(of: path, in: vault)
    return try FolderLock.withLock(on: AtomicFile.folder(of: target)) {
      for _ in 0..<attempts {
        let (file, unchangedEdit) = try read(path, in: vault, planned: planned)
        // A file fu must not write says why first: its name may read as the stem then.
        if let refusal = file.refusalReason { throw FuError.refusedWrite(refusal) }
        guard ContactMatcher.isSameName(file.contact.name, name) else {
          throw FuError.refusedWrite(
            Diagnostic(
              path: path,
              message: "holds \(file.contact.name) now, not \(name) (renamed while fu worked on"
                + " it); run fu again"))
        }
        let edit = try unchangedEdit ?? plan(file)
        // Nothing to change: the file is not written at all (its stamp, a commit).
        if edit.result.bytes == file.document.bytes { return edit }
        // Past the limit, fu would read only the file's front matter, and write it no more.
        if edit.result.bytes.count > ContactFile.bodySizeLimit {
          throw FuError.cannotEdit(
            Diagnostic(
              path: path,
              message:
                "the change would take the file past fu's \(ContactFile.bodySizeLimit >> 20) MiB limit for a contact file; nothing was written"
            ))
        }
        // What the plan was made on must still be what the file holds, checked as late as
        // can be: flushing the new file to disk takes milliseconds.
        let written = try AtomicFile.write(edit.result.bytes, toTarget: target) {
          () throws(FuError) in try FileSystem.read(target) == file.document.bytes
        }
        if written { return edit }
      }
      throw FuError.io(
        path: path, action: "write (it kept changing while fu worked on it)", errno: EAGAIN)
    }
  }

  /// The file at vault-relative `path` as it is now, with the edit `planned` on it when
  /// that was planned on these same bytes (else `nil`: the edit is to plan).
  private static func read(
    _ path: String, in vault: Vault, planned: (file: ContactFile, edit: ContactEdit)?
  ) throws(FuError) -> (file: ContactFile, edit: ContactEdit?) {
    guard let planned else {
      return (try vault.readFile(path).mapError(FuError.unreadable).get(), nil)
    }
    let reread = try vault.readFile(path, changedSince: planned.file)
      .mapError(FuError.unreadable).get()
    return reread.map { ($0, nil) } ?? (planned.file, planned.edit)
  }
}
