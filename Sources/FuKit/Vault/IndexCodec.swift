import Dispatch

/// The index's file format: a compact binary encoding read in one pass.
///
/// Layout: the 8-byte magic `fuindex\0`, the format version (a varint), a 64-bit checksum
/// of the rest (8 bytes, little-endian), then the vault root and the entries.
/// Integers are LEB128 varints (signed ones zig-zag encoded), strings a length and UTF-8.
/// Anything unexpected (another magic or version, a bad checksum, a short file) makes
/// `decode` fail, and the caller reads the vault afresh.
enum IndexCodec {
  static let magic: [UInt8] = Array("fuindex".utf8) + [0]
  /// The encoding's own version (raised whenever the encoding, or what reading a file
  /// records, changes) with a fingerprint of the known keys (`ContactKey.all`), their order
  /// and kinds: an index written before a key was added or changed is read again.
  static let version: UInt64 = {
    let keys = ContactKey.all.map { "\($0.spelling):\($0.kind.rawValue)" }.joined(separator: ",")
    return 11 << 32 | (fnv1a(keys.utf8) & 0xFFFF_FFFF)
  }()

  /// Why a cache file was not used.
  struct DecodeError: Error, CustomStringConvertible {
    var description: String
  }

  static func encode(_ index: VaultIndex) -> [UInt8] {
    var body = ByteWriter()
    body.string(index.root)
    body.unsigned(UInt64(index.entries.count))
    for entry in index.entries {
      body.string(entry.path)
      body.stamp(entry.stamp)
      body.bool(entry.isRacy)
      // Behind its length, so that readers of paths and stamps, or names only, skip it.
      body.lengthPrefixed { body in
        switch entry.result {
        case .success(let summary):
          body.bool(true)
          body.summary(summary)
        case .failure(let diagnostic):
          body.bool(false)
          body.diagnostic(diagnostic)
        }
      }
    }
    return framed(body.bytes, magic: magic)
  }

  /// `body` behind `magic`, the format version and the body's checksum.
  static func framed(_ body: [UInt8], magic: [UInt8]) -> [UInt8] {
    var out = ByteWriter()
    out.bytes.append(contentsOf: magic)
    out.unsigned(version)
    var checksum = body.withUnsafeBytes { self.checksum($0) }.littleEndian
    withUnsafeBytes(of: &checksum) { out.bytes.append(contentsOf: $0) }
    out.bytes.append(contentsOf: body)
    return out.bytes
  }

  /// What `read` makes of the body of `bytes`, once its magic, version and checksum are
  /// checked; it must read the whole body.
  static func unframed<Value>(
    _ bytes: [UInt8], magic: [UInt8],
    _ read: (inout ByteReader) throws(DecodeError) -> Value
  ) throws(DecodeError) -> Value {
    // Read in place: a slice of the array for each string would retain and release it.
    try bytes.withUnsafeBufferPointer { bytes throws(DecodeError) in
      try unframed(bytes, magic: magic, read)
    }
  }

  /// `unframed` of bytes in memory fu does not own (a mapped file).
  static func unframed<Value>(
    _ bytes: UnsafeBufferPointer<UInt8>, magic: [UInt8],
    _ read: (inout ByteReader) throws(DecodeError) -> Value
  ) throws(DecodeError) -> Value {
    var reader = ByteReader(bytes: bytes)
    guard bytes.starts(with: magic) else { throw DecodeError(description: "not a fu cache file") }
    reader.offset = magic.count
    let found = try reader.unsigned()
    guard found == version else {
      throw DecodeError(description: "format \(found), this fu writes \(version)")
    }
    guard reader.offset + 8 <= bytes.count else { throw DecodeError(description: "truncated") }
    var checksum: UInt64 = 0
    for shift in 0..<8 { checksum |= UInt64(bytes[reader.offset + shift]) << (8 * shift) }
    reader.offset += 8
    let body = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[reader.offset...]))
    guard self.checksum(body) == checksum else {
      throw DecodeError(description: "checksum mismatch (a torn or damaged file)")
    }
    let value = try read(&reader)
    guard reader.offset == bytes.count else { throw DecodeError(description: "trailing bytes") }
    return value
  }

  static func decode(_ bytes: [UInt8]) throws(DecodeError) -> VaultIndex {
    try bytes.withUnsafeBufferPointer { bytes throws(DecodeError) in try decode(bytes) }
  }

  static func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(DecodeError) -> VaultIndex {
    try unframed(bytes, magic: magic) { reader throws(DecodeError) in try decode(&reader) }
  }

  /// The root of the index in `bytes` and each entry's path with its contact, when the
  /// file was readable, with only its names: what finding a contact by name needs,
  /// decoded without the rest.
  static func decodeNames(_ bytes: [UInt8]) throws(DecodeError) -> (
    root: String, entries: [(path: String, contact: Contact?)]
  ) {
    try bytes.withUnsafeBufferPointer { bytes throws(DecodeError) in try decodeNames(bytes) }
  }

  static func decodeNames(_ bytes: UnsafeBufferPointer<UInt8>) throws(DecodeError) -> (
    root: String, entries: [(path: String, contact: Contact?)]
  ) {
    try unframed(bytes, magic: magic) { reader throws(DecodeError) in
      let root = try reader.string()
      let count = try reader.count()
      var entries: [(path: String, contact: Contact?)] = []
      entries.reserveCapacity(count)
      for _ in 0..<count {
        let path = try reader.string()
        _ = try reader.stamp()
        _ = try reader.bool()
        let end = try reader.end()
        var contact: Contact?
        if try reader.bool() { contact = try reader.identity(path: path) }
        entries.append((path, contact))
        reader.offset = end
      }
      return (root, entries)
    }
  }

  private static func decode(_ reader: inout ByteReader) throws(DecodeError) -> VaultIndex {
    var index = VaultIndex(root: try reader.string())
    let count = try reader.count()
    index.entries.reserveCapacity(count)
    for _ in 0..<count {
      let path = try reader.string()
      let stamp = try reader.stamp()
      let isRacy = try reader.bool()
      let end = try reader.end()
      let result: Result<ContactSummary, Diagnostic> =
        try reader.bool()
        ? .success(try reader.summary(path: path)) : .failure(try reader.diagnostic(path: path))
      guard reader.offset == end else { throw DecodeError(description: "bad entry length") }
      index.entries.append(
        VaultIndex.Entry(path: path, stamp: stamp, isRacy: isRacy, result: result))
    }
    return index
  }

  /// The entries of the index in `bytes` (whose frame is not checked here: `decode` does
  /// that) whose saved stamp is racy, or not the stamp `status` gives of their file now:
  /// their positions, and the stamps now. `status` is given each entry's path, NUL
  /// terminated, and returns `nil` when there is no such file (or none it can vouch for);
  /// then so does this, as when `bytes` are not an index, or an entry's path is not a
  /// plain path inside the vault (a damaged or forged index). The calls are spread over all cores: on a large vault they
  /// are most of the time a warm load takes.
  static func changedEntries(
    of bytes: UnsafeBufferPointer<UInt8>,
    status: @Sendable (UnsafePointer<CChar>) -> FileStamp?
  ) -> [(position: Int, stamp: FileStamp)]? {
    var reader = ByteReader(bytes: bytes)
    guard bytes.starts(with: magic) else { return nil }
    reader.offset = magic.count
    var saved: [(path: Range<Int>, stamp: FileStamp, isRacy: Bool)] = []
    do {
      guard try reader.unsigned() == version else { return nil }
      reader.offset += 8  // the checksum
      guard reader.offset <= bytes.count else { return nil }
      reader.offset = try reader.stringBytes().upperBound  // the root
      let count = try reader.count()
      saved.reserveCapacity(count)
      for _ in 0..<count {
        let path = try reader.stringBytes()
        guard isPlainRelativePath(bytes[path]) else { return nil }
        saved.append((path, try reader.stamp(), try reader.bool()))
        reader.offset = try reader.end()
      }
    } catch {
      return nil
    }
    let chunk = 256  // parts small enough that a small vault's are shared by every core
    let parts = (saved.count + chunk - 1) / chunk
    let found = UnsafeMutableBufferPointer<[(position: Int, stamp: FileStamp)]?>.allocate(
      capacity: parts)
    found.initialize(repeating: nil)
    defer {
      _ = found.deinitialize()
      found.deallocate()
    }
    let entries = saved
    nonisolated(unsafe) let (slots, bytes) = (found, bytes)
    DispatchQueue.concurrentPerform(iterations: parts) { part in
      var changed: [(position: Int, stamp: FileStamp)] = []
      var path: [CChar] = []
      for position in (part * chunk)..<min(entries.count, (part + 1) * chunk) {
        let entry = entries[position]
        // Copied byte by byte into room made once: appending paid a capacity check per
        // byte, and a memmove call costs more than these short paths.
        let source = UnsafeBufferPointer(rebasing: bytes[entry.path])
        if path.count <= source.count { path = [CChar](repeating: 0, count: source.count + 256) }
        path.withUnsafeMutableBufferPointer { path in
          for index in source.indices { path[index] = CChar(bitPattern: source[index]) }
          path[source.count] = 0
        }
        guard let now = status(path) else { return }
        if entry.isRacy || now != entry.stamp { changed.append((position, now)) }
      }
      slots[part] = changed
    }
    var changed: [(position: Int, stamp: FileStamp)] = []
    for part in found {
      guard let part else { return nil }
      changed += part
    }
    return changed
  }

  /// Whether `path` is one a walk can find: relative, with no empty, `.` or `..` part and
  /// no NUL. Anything else in an index is damage or forgery, and must not lead fu outside
  /// the vault.
  static func isPlainRelativePath(_ path: some Collection<UInt8>) -> Bool {
    // The part so far: its length, and whether it is all dots.
    var (length, dotsOnly) = (0, true)
    for byte in path {
      if byte == 0 { return false }
      if byte == UInt8(ascii: "/") {
        if length == 0 || (dotsOnly && length <= 2) { return false }
        (length, dotsOnly) = (0, true)
      } else {
        length += 1
        dotsOnly = dotsOnly && byte == UInt8(ascii: ".")
      }
    }
    return length > 0 && !(dotsOnly && length <= 2)
  }

  /// A checksum that tells a damaged or torn file from a good one, eight bytes at a step
  /// (the index is read on every run, so this is on the hot path).
  static func checksum(_ raw: UnsafeRawBufferPointer) -> UInt64 {
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(raw.count)
    var offset = 0
    while offset + 8 <= raw.count {
      let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
      hash = ((hash ^ word) &* 0xFF51_AFD7_ED55_8CCD)
      hash = (hash << 31) | (hash >> 33)
      offset += 8
    }
    while offset < raw.count {
      hash = (hash ^ UInt64(raw[offset])) &* 0x100_0000_01b3
      offset += 1
    }
    return hash ^ (hash >> 29)
  }

  /// FNV-1a, 64 bits: a short, stable name for a vault path.
  static func fnv1a(_ bytes: some Collection<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash &*= 0x100_0000_01b3
    }
    return hash
  }
}

// MARK: - Summaries

extension ByteWriter {
  /// The contact's known keys in `ContactKey.all`'s order (its names first: a reader after
  /// names only stops there), then its tasks, occasions and problems.
  mutating func summary(_ summary: ContactSummary) {
    let contact = summary.contact
    for key in ContactKey.all { value(contact[key]) }
    unsigned(UInt64(contact.tasks.count))
    for task in contact.tasks {
      string(task.text)
      date(task.due)
      unsigned(UInt64(task.line))
    }
    unsigned(UInt64(contact.occasions.count))
    for occasion in contact.occasions {
      string(occasion.key)
      unsigned(UInt64(occasion.month))
      unsigned(UInt64(occasion.day))
      signed(Int64(occasion.year ?? 0))
    }
    unsigned(UInt64(contact.attempts.count))
    date(contact.attempts.waitingSince)
    unsigned(UInt64(summary.diagnostics.count))
    for diagnostic in summary.diagnostics { self.diagnostic(diagnostic) }
    bool(summary.hasConflict)
  }

  /// A known key's value: text and cadences behind a flag, lists as strings, dates.
  mutating func value(_ value: ContactKey.Value) {
    switch value {
    case .text(let text):
      bool(text != nil)
      if let text { string(text) }
    case .names(let names):
      strings(names)
    case .date(let date):
      self.date(date)
    case .cadence(let cadence):
      bool(cadence != nil)
      if let cadence {
        signed(Int64(cadence.count))
        string(cadence.unit.rawValue)
      }
    case .sequence(let setting):
      bool(setting != nil)
      if let setting {
        bool(setting.items != nil)
        strings(setting.items ?? [])
        bool(setting.isList)
        unsigned(UInt64(setting.line))
      }
    }
  }
}

extension ByteReader {
  /// A contact with only its names (`ContactKey.identity`) read.
  mutating func identity(path: String) throws(DecodeError) -> Contact {
    try Contact(path: path, keys: ContactKey.identity) { key throws(DecodeError) in
      try value(of: key.kind)
    }
  }

  mutating func summary(path: String) throws(DecodeError) -> ContactSummary {
    var contact = try Contact(path: path, keys: ContactKey.all) { key throws(DecodeError) in
      try value(of: key.kind)
    }
    let taskCount = try count()
    for _ in 0..<taskCount {
      let text = try string()
      guard let due = try date() else { throw DecodeError(description: "task without a date") }
      let line = try natural()
      contact.tasks.append(FollowUpTask(text: text, due: due, line: line))
    }
    let occasionCount = try count()
    for _ in 0..<occasionCount {
      let key = try string()
      let (month, day, year) = (try natural(), try natural(), try int())
      contact.occasions.append(
        Occasion(key: key, month: month, day: day, year: year == 0 ? nil : year))
    }
    contact.attempts = OpenAttempts(count: try natural(), waitingSince: try date())
    let diagnosticCount = try count()
    var diagnostics: [Diagnostic] = []
    for _ in 0..<diagnosticCount { diagnostics.append(try diagnostic(path: path)) }
    return ContactSummary(contact: contact, diagnostics: diagnostics, hasConflict: try bool())
  }

  /// A known key's value, as `ByteWriter.value` wrote one of `kind`.
  @inline(__always)
  mutating func value(of kind: ContactKey.Kind) throws(DecodeError) -> ContactKey.Value {
    switch kind {
    case .name, .text:
      return .text(try bool() ? try string() : nil)
    case .names, .tags:
      return .names(try strings())
    case .date:
      return .date(try date())
    case .cadence:
      guard try bool() else { return .cadence(nil) }
      let count = try int()
      guard let unit = try cadenceUnit() else {
        throw DecodeError(description: "bad cadence")
      }
      return .cadence(Cadence(count: count, unit: unit))
    case .sequence:
      guard try bool() else { return .sequence(nil) }
      let isReadable = try bool()
      let items = try strings()
      return .sequence(
        SequenceSetting(
          items: isReadable ? items : nil, isList: try bool(), line: try natural()))
    }
  }
}
