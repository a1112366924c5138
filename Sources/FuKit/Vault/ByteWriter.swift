/// Appends the index's primitive values to a byte array: LEB128 varints (signed ones
/// zig-zag encoded), strings as a length and UTF-8, dates as days since the epoch.
struct ByteWriter {
  var bytes: [UInt8] = []

  mutating func unsigned(_ value: UInt64) {
    var value = value
    while value >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
      value >>= 7
    }
    bytes.append(UInt8(value))
  }

  mutating func signed(_ value: Int64) {
    unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
  }

  mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

  mutating func string(_ value: String) {
    unsigned(UInt64(value.utf8.count))
    bytes.append(contentsOf: value.utf8)
  }

  mutating func strings(_ values: [String]) {
    unsigned(UInt64(values.count))
    for value in values { string(value) }
  }

  /// A flag, then the date as days since the epoch when there is one.
  mutating func date(_ value: CalendarDate?) {
    bool(value != nil)
    guard let value else { return }
    signed(Int64(value.daysSinceEpoch))
  }

  mutating func stamp(_ stamp: FileStamp) {
    unsigned(stamp.device)
    unsigned(stamp.inode)
    signed(stamp.size)
    signed(stamp.modified)
    signed(stamp.changed)
  }

  mutating func diagnostic(_ diagnostic: Diagnostic) {
    unsigned(diagnostic.line.map { UInt64($0) + 1 } ?? 0)
    string(diagnostic.message)
  }

  /// What `write` writes, behind its length in four bytes (`ByteReader.end`).
  mutating func lengthPrefixed(_ write: (inout ByteWriter) -> Void) {
    let start = bytes.count
    bytes.append(contentsOf: [0, 0, 0, 0])
    write(&self)
    let length = UInt32(bytes.count - start - 4)
    for shift in 0..<4 { bytes[start + shift] = UInt8(truncatingIfNeeded: length >> (8 * shift)) }
  }
}
