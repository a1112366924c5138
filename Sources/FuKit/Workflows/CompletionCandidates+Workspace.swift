extension CompletionCandidates {
  /// The contacts' names to offer for `prefix` (`names(for:among:)`), from the contacts of
  /// `workspace` as the commands find them; none without a vault.
  public static func names(for prefix: String, in workspace: Workspace?) -> [String] {
    guard let workspace else { return [] }
    return names(for: prefix, among: workspace.vault.load(index: workspace.index).contacts)
  }

  /// The names of `fu draft`'s templates that start with `prefix`, in any case: those of
  /// `workspace` and the built-in ones, or the built-in ones alone without a vault.
  public static func templates(for prefix: String, in workspace: Workspace?) -> [String] {
    let names =
      workspace?.draftTemplates().map(\.name) ?? BuiltInDrafts.all.map(\.name).sorted()
    return names.filter { $0.lowercased().hasPrefix(prefix.lowercased()) }
  }
}
