extension Vault {
  /// The contacts the saved index in `store` lists, sorted by path, with only their paths
  /// and names, without walking the vault: when the folder stamps saved with it show that
  /// no file was added, removed or renamed since the index was seen to list exactly the
  /// vault's files, and the settings are the same. A file changed since is read again
  /// for its names; the rest come from the index. `nil` when the index cannot be vouched
  /// for, or a changed file cannot be read (then the vault must be walked). Files the
  /// index holds that fu skips (not UTF-8, say) are in `skippedPaths`.
  public func indexedContacts(store: IndexStore) -> (contacts: [Contact], skippedPaths: [String])? {
    guard let stamps = currentFolderStamps(in: store),
      let (entries, stamp, changed) = store.loadNames(root: root),
      stamps.vouch(forIndex: stamp, of: self)
    else {
      store.debug?("index: its list of files is not vouched for; walking the vault")
      return nil
    }
    var contacts = entries.map(\.contact)
    for (position, _) in changed {
      switch summarize(entries[position].path) {
      case .indexed(let result): contacts[position] = try? result.get().contact
      case .ioFailure: return nil
      }
    }
    store.debug?(
      "index: its list of files vouched for by the folders; \(entries.count) contacts taken"
        + " from the index,"
        + " \(changed.count) changed files read again")
    return (
      contacts.compactMap { $0 },
      contacts.indices.compactMap { contacts[$0] == nil ? entries[$0].path : nil }
    )
  }

  /// The folder stamps saved in `store`, made current (`FolderStamps.current(in:)`) and
  /// saved again when a folder's stamp changed; `nil` when they do not vouch for the saved
  /// index.
  func currentFolderStamps(in store: IndexStore) -> FolderStamps? {
    guard let saved = store.loadFolders(), let indexStamp = store.indexStamp,
      saved.vouch(forIndex: indexStamp, of: self), let current = saved.current(in: self)
    else { return nil }
    if current != saved { store.saveFolders(current) }
    return current
  }

  /// Saves `folders` (as discovery found them, at `time` at the latest) as the stamps that
  /// vouch for the index file with `stamp`, unless the same are saved already.
  func record(
    _ folders: [FolderStamps.Folder], takenAt time: Int64, vouchingFor stamp: FileStamp,
    in store: IndexStore
  ) {
    let stamps = FolderStamps(
      index: stamp, settings: FolderStamps.settings(of: self),
      folders: folders.map { FolderStamps.Folder(racyIfRecent: $0, now: time) })
    if store.loadFolders() != stamps { store.saveFolders(stamps) }
  }
}
