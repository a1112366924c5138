extension Workspace {
  /// What `fu check` finds in the vault whose files are `contents`, sorted by path and
  /// line: every file's problems (`VaultCheck`), contacts' `sequence` keys fu cannot
  /// follow, and draft templates it cannot fill. The config files' own are the settings'.
  public func problems(in contents: VaultFiles) -> [Diagnostic] {
    (VaultCheck.problems(in: contents) + sequenceProblems(of: contents.files.lazy.map(\.contact))
      + draftTemplateProblems(files: contents.files)).sorted()
  }
}
