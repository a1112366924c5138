extension Vault {
  /// What every contact file says, read through the index in `store` when there is one:
  /// only files whose stamp changed since the index was saved are read again, and the
  /// index is saved back when that is worth its cost (`VaultIndex.isWorthSaving`). Without
  /// a store every file is read. Files that cannot be read or decoded are left out with a
  /// diagnostic.
  ///
  /// Which files there are comes from the index when its folder stamps vouch for that
  /// (`FolderStamps`): then only each file's stamp is checked. Else the vault is walked.
  public func load(index store: IndexStore? = nil) -> VaultContents {
    var stopwatch = Stopwatch()
    var survey =
      store.flatMap { surveyTrustingFolders($0, &stopwatch) }
      ?? surveyWalking(store, &stopwatch)
    // Taken out of the survey, so that reading a stale file again does not copy them all.
    var entries: [VaultIndex.Entry] = []
    swap(&entries, &survey.entries)
    var problems = survey.diagnostics
    var unread = Set<Int>()
    let stale = survey.stale
    for (position, result) in zip(stale, parallelMap(stale) { summarize(entries[$0].path) }) {
      switch result {
      case .indexed(let result):
        entries[position].result = result
      case .ioFailure(let diagnostic):
        problems.append(diagnostic)  // may read fine next time: not indexed
        unread.insert(position)
      }
    }
    if !unread.isEmpty {
      entries = entries.indices.filter { !unread.contains($0) }.map { entries[$0] }
    }
    var index = VaultIndex(root: root, entries: consume entries)
    if let store {
      store.debug?(
        "index: \(index.entries.count - stale.count) of \(index.entries.count) files from the index,"
          + " \(stale.count) read in \(stopwatch.lap()) ms")
      var indexStamp = survey.indexStamp
      // Saved when files came, went or were renamed, too: until then the folder stamps
      // cannot vouch for the index, and every load would walk the vault. And when files
      // were read again only because they were too new to trust when the index was saved
      // and are not now: saved, they are trusted from now on (else the files copied last
      // into a vault just copied or cloned would be read again at every run).
      let isSaved =
        !survey.listsTheVault || survey.settled > 0
        || VaultIndex.isWorthSaving(
          stale: stale.count, entries: index.entries.count, before: survey.savedCount)
      if isSaved {
        // The stamp of the file this process wrote, not of whatever is there now: a
        // failed save, or another process's, must not be vouched for by these folders.
        indexStamp = store.save(index)
        store.debug?("index: saving took \(stopwatch.lap()) ms")
      }
      if let folders = survey.folders, isSaved || survey.listsTheVault, unread.isEmpty,
        let indexStamp
      {
        record(folders, takenAt: survey.foldersTakenAt, vouchingFor: indexStamp, in: store)
      }
    }

    // The entries are moved into the contents, last first, rather than copied: on a large
    // vault, a copy of each retains its contact and strings, and dropping the index then
    // releases them all again.
    var remaining: [VaultIndex.Entry] = []
    swap(&remaining, &index.entries)
    var diagnostics: [Diagnostic] = []
    let count = remaining.count
    let summaries = [ContactSummary](unsafeUninitializedCapacity: count) { slots, initialized in
      // Filled from the end, then what was filled moved to the front.
      var next = count
      while let entry = remaining.popLast() {
        switch entry.takeResult() {
        case .success(let summary):
          if !summary.diagnostics.isEmpty { diagnostics += summary.diagnostics.reversed() }
          next -= 1
          (slots.baseAddress! + next).initialize(to: consume summary)
        case .failure(let diagnostic):
          diagnostics.append(diagnostic)
        }
      }
      if next > 0 {
        slots.baseAddress!.moveInitialize(from: slots.baseAddress! + next, count: count - next)
      }
      initialized = count - next
    }
    return VaultContents(
      summaries: summaries, diagnostics: (problems + diagnostics.reversed()).sorted())
  }

  /// What is known of the vault's files before the changed ones are read again.
  private struct Survey {
    /// One entry per file, in path order: its saved entry when the file is unchanged,
    /// else `VaultIndex.Entry.unread` with the file's stamp now.
    var entries: [VaultIndex.Entry]
    /// The positions in `entries` of the files to read.
    var stale: [Int]
    /// How many of them are read again only because they changed too shortly before the
    /// index was saved to be trusted then, and are unchanged and old enough now.
    var settled = 0
    /// How many entries the saved index had (none without one).
    var savedCount: Int
    /// The stamp of the saved index's file.
    var indexStamp: FileStamp?
    /// Whether the saved index lists exactly the vault's files.
    var listsTheVault: Bool
    /// The folder stamps that vouch for the index once it lists exactly the vault's files;
    /// `nil` when the walk met problems (a folder it could not list...) or they cannot
    /// tell every change (`VaultDiscovery.Found.foldersTellEveryChange`).
    var folders: [FolderStamps.Folder]?
    /// When, at the latest, the folder stamps were taken.
    var foldersTakenAt: Int64
    /// The problems met finding the files.
    var diagnostics: [Diagnostic]
  }

  /// The files the index lists, when its folder stamps vouch that they are the vault's,
  /// each checked by its stamp: no folder is listed, unless its stamp changed.
  private func surveyTrustingFolders(_ store: IndexStore, _ stopwatch: inout Stopwatch) -> Survey? {
    let time = FileStamp.now()
    guard let stamps = currentFolderStamps(in: store),
      let (index, changed) = store.loadChecking(root: root, expected: stamps.index)
    else {
      store.debug?("index: its list of files is not vouched for; walking the vault")
      return nil
    }
    store.debug?(
      "index: decoded, and \(changed.count) of \(index.entries.count) files changed,"
        + " in \(stopwatch.lap()) ms")
    var entries = index.entries
    var settled = 0
    for (position, stamp) in changed {
      if entries[position].isSettled(at: stamp, now: time) { settled += 1 }
      entries[position] = .unread(path: entries[position].path, stamp: stamp)
    }
    return Survey(
      entries: entries, stale: changed.map(\.position), settled: settled,
      savedCount: entries.count, indexStamp: stamps.index, listsTheVault: true,
      folders: stamps.folders, foldersTakenAt: time, diagnostics: [])
  }

  /// The files a walk of the vault finds, each matched to its entry in the saved index,
  /// if any.
  private func surveyWalking(_ store: IndexStore?, _ stopwatch: inout Stopwatch) -> Survey {
    // The folders are walked on another core while this one reads and decodes the index.
    // (This way round, the thousands of small values the index decodes into come from the
    // main thread's heap, which grows in large steps; a worker thread's grows by pages.)
    let (root, exclude) = (self.root, self.exclude)
    let time = FileStamp.now()
    let walking = Background { VaultDiscovery(root: root, exclude: exclude).walk() }
    let saved = store?.loadStamped(root: root)
    store?.debug?("index: decoded in \(stopwatch.lap()) ms")
    let walk = walking.value()
    let found = walk.files
    store?.debug?("discovery: \(found.count) files, done \(stopwatch.lap()) ms later")
    let old = saved?.index.entries ?? []
    let ordered = VaultIndex.inPathOrder(found, matching: old)
    var survey = Survey(
      entries: old, stale: [], savedCount: old.count, indexStamp: saved?.stamp,
      listsTheVault: ordered.count == old.count && ordered.allSatisfy { $0.entry != nil },
      folders: walk.diagnostics.isEmpty && walk.foldersTellEveryChange ? walk.folders : nil,
      foldersTakenAt: time, diagnostics: walk.diagnostics)
    // When no file changed, came or went, as is usual, the entries are the saved ones as
    // they are.
    let isUnchanged =
      survey.listsTheVault
      && ordered.indices.allSatisfy {
        ordered[$0].entry == $0 && old[$0].isFresh(for: found[ordered[$0].file].stamp)
      }
    if !isUnchanged {
      survey.entries = []
      survey.entries.reserveCapacity(found.count)
      for (index, saved) in ordered {
        let file = found[index]
        if let saved, old[saved].isFresh(for: file.stamp) {
          survey.entries.append(old[saved])
        } else {
          if let saved, old[saved].isSettled(at: file.stamp, now: time) { survey.settled += 1 }
          survey.stale.append(survey.entries.count)
          survey.entries.append(.unread(path: file.path, stamp: file.stamp))
        }
      }
    }
    return survey
  }

  /// What reading one file for the index gave.
  enum Summarized {
    /// A result worth keeping: the summary, or a problem with the file's content.
    case indexed(Result<ContactSummary, Diagnostic>)
    /// The file could not be read this time (permissions, a race with a delete).
    case ioFailure(Diagnostic)
  }

  /// What reading the file at vault-relative `path` for the index gives.
  func summarize(_ path: String) -> Summarized {
    let bytes: [UInt8]
    do {
      bytes = try FileSystem.read(absolutePath(of: path))
    } catch {
      return .ioFailure(unreadable(path, error))
    }
    return .indexed(
      ContactSummary.read(path: path, bytes: bytes, logSectionNames: logSectionNames))
  }
}

extension VaultIndex.Entry {
  /// Whether the entry was saved too new to trust (`isRacy`), and its file, which has
  /// `stamp` at `now`, has not changed since and is old enough to be trusted now.
  func isSettled(at stamp: FileStamp, now: Int64) -> Bool {
    isRacy && self.stamp == stamp && stamp.modified <= now - VaultIndex.racyWindow
  }

  /// The entry of a file with `stamp` not read yet: a placeholder until it is.
  static func unread(path: String, stamp: FileStamp) -> VaultIndex.Entry {
    VaultIndex.Entry(
      path: path, stamp: stamp,
      result: .failure(Diagnostic(path: path, message: "not read yet")))
  }
}
