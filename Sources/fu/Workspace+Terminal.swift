import FuKit

extension Terminal {
  /// Warnings to standard error; once a file is written, output that cannot be written no
  /// longer fails the command (`hasWritten`).
  static let reporter = Workspace.Reporter(
    warning: { printWarning($0) }, wrote: { hasWritten = true })
}

extension Workspace {
  /// The planned change as a unified diff on standard output, coloured by `style`.
  func printDiff(_ edit: ContactEdit, style: Style) {
    for line in UnifiedDiff.render(edit, path: vault.displayPath(of: edit.path)) {
      switch line {
      case .header(let text): Terminal.write(style.bold(text) + "\n")
      case .hunk(let text): Terminal.write(style.cyan(text) + "\n")
      case .line(.removed, let text): Terminal.write(style.red(text) + "\n")
      case .line(.added, let text): Terminal.write(style.green(text) + "\n")
      default: Terminal.write(line.text + "\n")
      }
    }
  }

  /// What a dry run of `changes` prints: each change as a diff, once every file is found
  /// writable, as the write checks them all before it writes one.
  func printDryRun(_ changes: [ContactChange], style: Style) throws {
    for change in changes { try change.checkWritable() }
    for change in changes { printDiff(change.edit, style: style) }
  }

  /// Opens vault-relative `path` in the user's editor and, when the editor changed the
  /// file, reads it again and prints what is wrong with it now (a YAML error, a date fu
  /// cannot read), as `fu check` would. A file the editor removed, or left as something
  /// other than a plain file (a link), is not looked at; nor is any file when the editor
  /// failed, which is the error then.
  func edit(_ path: String) throws(FuError) {
    let before = vault.bytes(of: path)
    try Editor.open(vault.displayPath(of: path), environment: Terminal.environment)
    guard vault.isRegularFile(path), let after = vault.bytes(of: path), after != before
    else { return }
    switch vault.readFile(path) {
    case .success(let file):
      warn(file.diagnostics + sequenceProblems(of: [file.contact]))
    case .failure(let problem): warn([problem])
    }
  }
}
