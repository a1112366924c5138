/// What fu knows of every contact file of a vault, with the stamp each file had when it was
/// read, so that a later run re-reads only the files whose stamp changed.
public struct VaultIndex: Sendable, Equatable {
  /// Whether an index whose load read `stale` files again (of `entries`, where the saved
  /// one had `before`) should be saved: always when files came or went, else when the
  /// stale files are many (16) or a large share (1%). Below that, reading those few files
  /// again next time costs less than writing the whole index now: `fu log` on a vault of
  /// 10,000 contacts would otherwise rewrite it at every call.
  public static func isWorthSaving(stale: Int, entries: Int, before: Int) -> Bool {
    entries != before || stale >= 16 || (stale > 0 && stale * 100 >= entries)
  }

  /// One file's cached facts.
  public struct Entry: Sendable, Equatable {
    /// The vault-relative path.
    public var path: String
    /// The file's stamp when it was read.
    public var stamp: FileStamp
    /// Whether the file changed so shortly before the index was saved that a later change
    /// could leave the same stamp (timestamps are only as fine as the file system's clock):
    /// such an entry is read again next time rather than trusted.
    public var isRacy: Bool
    /// What reading the file gave: its summary, or why it is skipped.
    public var result: Result<ContactSummary, Diagnostic>

    public init(
      path: String, stamp: FileStamp, isRacy: Bool = false,
      result: Result<ContactSummary, Diagnostic>
    ) {
      self.path = path
      self.stamp = stamp
      self.isRacy = isRacy
      self.result = result
    }

    /// What reading the file gave, taken out of the entry rather than copied.
    consuming func takeResult() -> Result<ContactSummary, Diagnostic> { result }

    /// Whether the entry still describes a file that now has `stamp`.
    public func isFresh(for stamp: FileStamp) -> Bool { !isRacy && self.stamp == stamp }
  }

  /// The canonical vault root the index is about.
  public var root: String
  /// The entries, sorted by path (byte order, as discovery sorts them).
  public var entries: [Entry]

  public init(root: String, entries: [Entry] = []) {
    self.root = root
    self.entries = entries
  }

  /// How long after a change a file's stamp is trusted: more than the coarsest timestamp
  /// granularity fu expects (FAT's two seconds).
  static let racyWindow: Int64 = 3_000_000_000

  /// The positions in `files` (as discovery found them, in any order) sorted by the
  /// files' paths, each with the position in `entries` (sorted by path) of the entry with
  /// its path, if any.
  ///
  /// Files are matched to entries by a hash of their paths, so that when the vault's files
  /// are the ones the index knows, as they mostly are, the order comes from the index and
  /// no paths are compared but equal ones.
  static func inPathOrder(
    _ files: [DiscoveredFile], matching entries: [Entry]
  ) -> [(file: Int, entry: Int?)] {
    let positions = PathTable(entries.map(\.path))
    var known = [Int?](repeating: nil, count: entries.count)  // entry → its file
    var newcomers: [Int] = []
    for (index, file) in files.enumerated() {
      if let position = positions.position(of: file.path) {
        known[position] = index
      } else {
        newcomers.append(index)
      }
    }
    newcomers.sort { files[$0].path.precedesByBytes(files[$1].path) }
    var ordered: [(file: Int, entry: Int?)] = []
    ordered.reserveCapacity(files.count)
    var next = 0
    for (position, index) in known.enumerated() {
      guard let index else { continue }
      while next < newcomers.count,
        files[newcomers[next]].path.precedesByBytes(files[index].path)
      {
        ordered.append((newcomers[next], nil))
        next += 1
      }
      ordered.append((index, position))
    }
    ordered += newcomers[next...].map { ($0, nil) }
    return ordered
  }

  /// The index with each entry's `isRacy` set as of `now` (nanoseconds since the epoch).
  func markingRacyEntries(now: Int64) -> VaultIndex {
    var marked = self
    for index in marked.entries.indices {
      // The modification time is what a same-tick write would leave unchanged.
      marked.entries[index].isRacy =
        marked.entries[index].stamp.modified > now - VaultIndex.racyWindow
    }
    return marked
  }
}

/// Where each of a list of paths is, found by hashing the path's bytes: a `Dictionary` of
/// `String`s hashes each with SipHash after a check for Unicode normalisation, which on
/// 10,000 paths took milliseconds.
struct PathTable {
  private let paths: [String]
  /// Open addressing: each slot holds a position in `paths` plus one in its low 32 bits
  /// (0 when empty), and the high 32 bits of the path's hash, so that paths are compared
  /// only when their hashes agree.
  private var slots: [UInt64]
  private let mask: Int

  init(_ paths: [String]) {
    self.paths = paths
    var size = 16
    while size < paths.count * 2 { size *= 2 }
    mask = size - 1
    slots = [UInt64](repeating: 0, count: size)
    for (position, path) in paths.enumerated() {
      let hash = PathTable.hash(path)
      var slot = Int(truncatingIfNeeded: hash) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(position + 1)
    }
  }

  /// The position of `path` in the list, if it is there.
  func position(of path: String) -> Int? {
    let hash = PathTable.hash(path)
    var slot = Int(truncatingIfNeeded: hash) & mask
    while slots[slot] != 0 {
      if slots[slot] & 0xFFFF_FFFF_0000_0000 == hash & 0xFFFF_FFFF_0000_0000 {
        let position = Int(slots[slot] & 0xFFFF_FFFF) - 1
        if paths[position].hasSameBytes(as: path) { return position }
      }
      slot = (slot + 1) & mask
    }
    return nil
  }

  private static func hash(_ path: String) -> UInt64 {
    var path = path
    let hash = path.withUTF8 { IndexCodec.fnv1a($0) }
    return hash ^ (hash >> 29)
  }
}
