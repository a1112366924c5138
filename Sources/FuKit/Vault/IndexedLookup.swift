extension Vault {
  /// The contacts the saved index in `store` lists, sorted by path, with only their paths
  /// and names, without walking the vault: when the folder stamps saved with it show that
  /// no file was added, removed or renamed since the index was seen to list exactly the
  /// vault's files, and the settings are the same. What the files say may have changed
  /// since: a command reads the file it picks again. `nil` when the index cannot be
  /// vouched for (then the vault must be walked).
  public func indexedContacts(store: IndexStore) -> [Contact]? {
    guard let stamps = currentFolderStamps(in: store),
      let (contacts, stamp) = store.loadNames(root: root),
      stamps.vouch(forIndex: stamp, of: self)
    else {
      store.debug?("index: folders changed since it was saved; walking the vault")
      return nil
    }
    store.debug?("index: folders unchanged; \(contacts.count) contacts taken from the index")
    return contacts
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

  /// Saves `folders` (as discovery found them) as the stamps that vouch for the index file
  /// with `stamp`, unless the same are saved already.
  func record(_ folders: [FolderStamps.Folder], vouchingFor stamp: FileStamp, in store: IndexStore)
  {
    let now = FileStamp.now()
    let stamps = FolderStamps(
      index: stamp, settings: FolderStamps.settings(of: self),
      folders: folders.map { FolderStamps.Folder(settling: $0, now: now) })
    if store.loadFolders() != stamps { store.saveFolders(stamps) }
  }
}
