/// Reads what a `ByteWriter` wrote, in place; anything malformed is a `DecodeError`, and
/// the caller reads the vault afresh.
struct ByteReader {
  let bytes: UnsafeBufferPointer<UInt8>
  var offset = 0

  typealias DecodeError = IndexCodec.DecodeError

  mutating func byte() throws(DecodeError) -> UInt8 {
    guard offset < bytes.count else { throw DecodeError(description: "truncated") }
    defer { offset += 1 }
    return bytes[offset]
  }

  /// Inlined for the numbers that fit one byte, as most (lengths, counts, flags) do: a
  /// call for each of them was a tenth of reading the index.
  @inline(__always)
  mutating func unsigned() throws(DecodeError) -> UInt64 {
    if offset < bytes.count, bytes[offset] < 0x80 {
      offset += 1
      return UInt64(bytes[offset - 1])
    }
    return try longUnsigned()
  }

  /// A number of several bytes (each stamp has five, its times nine bytes each): up to
  /// nine read from one 8-byte load and the byte after it, longer ones byte by byte.
  @inline(never)
  private mutating func longUnsigned() throws(DecodeError) -> UInt64 {
    if offset + 9 <= bytes.count, let start = bytes.baseAddress {
      let word = UInt64(
        littleEndian: UnsafeRawPointer(start + offset).loadUnaligned(as: UInt64.self))
      let ends = ~word & 0x8080_8080_8080_8080  // the high bit of each byte that ends it
      let length = ends == 0 ? 8 : (ends.trailingZeroBitCount &+ 1) / 8
      let kept = length == 8 ? word : word & ((1 &<< UInt64(8 &* length)) &- 1)
      // The seven low bits of each byte, packed together: pairs, then fours, then all.
      var value = kept & 0x7F7F_7F7F_7F7F_7F7F
      value = (value & 0x7F00_7F00_7F00_7F00) &>> 1 | (value & 0x007F_007F_007F_007F)
      value = (value & 0x3FFF_0000_3FFF_0000) &>> 2 | (value & 0x0000_3FFF_0000_3FFF)
      value = (value & 0x0FFF_FFFF_0000_0000) &>> 4 | (value & 0x0000_0000_0FFF_FFFF)
      if ends != 0 {
        offset += length
        return value
      }
      let ninth = bytes[offset + 8]
      if ninth < 0x80 {
        offset += 9
        return value | UInt64(ninth) << 56
      }
    }
    return try slowUnsigned()
  }

  /// A number read byte by byte: near the end of the bytes, or ten bytes long.
  private mutating func slowUnsigned() throws(DecodeError) -> UInt64 {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    var index = offset
    while index < bytes.count {
      let next = bytes[index]
      index += 1
      guard shift < 64 else { throw DecodeError(description: "bad number") }
      value |= UInt64(next & 0x7f) << shift
      if next < 0x80 {
        offset = index
        return value
      }
      shift += 7
    }
    throw DecodeError(description: "truncated")
  }

  mutating func signed() throws(DecodeError) -> Int64 {
    let raw = try unsigned()
    return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
  }

  /// A count of things still to come; larger than the bytes left means a damaged file.
  mutating func count() throws(DecodeError) -> Int {
    let value = try unsigned()
    guard value <= UInt64(bytes.count - offset) else {
      throw DecodeError(description: "bad count")
    }
    return Int(value)
  }

  mutating func int() throws(DecodeError) -> Int {
    let value = try signed()
    guard let int = Int(exactly: value) else { throw DecodeError(description: "bad number") }
    return int
  }

  /// An unsigned number that fits an `Int`.
  mutating func natural() throws(DecodeError) -> Int {
    let value = try unsigned()
    guard value <= UInt64(Int.max) else { throw DecodeError(description: "bad number") }
    return Int(value)
  }

  mutating func bool() throws(DecodeError) -> Bool {
    switch try byte() {
    case 0: false
    case 1: true
    default: throw DecodeError(description: "bad flag")
    }
  }

  mutating func string() throws(DecodeError) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[try stringBytes()]), as: UTF8.self)
  }

  /// Where the bytes of the next string are; they are passed.
  mutating func stringBytes() throws(DecodeError) -> Range<Int> {
    let length = try count()
    defer { offset += length }
    return offset..<offset + length
  }

  /// Where what a `ByteWriter.lengthPrefixed` wrote ends, read from its length.
  mutating func end() throws(DecodeError) -> Int {
    guard offset + 4 <= bytes.count else { throw DecodeError(description: "truncated") }
    var length = 0
    for shift in 0..<4 { length |= Int(bytes[offset + shift]) << (8 * shift) }
    offset += 4
    guard length <= bytes.count - offset else { throw DecodeError(description: "bad length") }
    return offset + length
  }

  mutating func strings() throws(DecodeError) -> [String] {
    let count = try count()
    guard count > 0 else { return [] }  // most lists are empty: no room made for them
    var values: [String] = []
    values.reserveCapacity(count)
    for _ in 0..<count { values.append(try string()) }
    return values
  }

  /// A cadence's unit, written as its raw value: read off its one byte rather than made a
  /// string and looked up; `nil` for anything else.
  mutating func cadenceUnit() throws(DecodeError) -> Cadence.Unit? {
    let raw = try stringBytes()
    return raw.count == 1 ? Cadence.Unit(ascii: bytes[raw.lowerBound]) : nil
  }

  mutating func date() throws(DecodeError) -> CalendarDate? {
    guard try bool() else { return nil }
    let days = try int()
    guard (CalendarDate.earliest.daysSinceEpoch...CalendarDate.latest.daysSinceEpoch).contains(days)
    else { throw DecodeError(description: "bad date") }
    return CalendarDate(daysSinceEpoch: days)
  }

  mutating func stamp() throws(DecodeError) -> FileStamp {
    FileStamp(
      device: try unsigned(), inode: try unsigned(), size: try signed(), modified: try signed(),
      changed: try signed())
  }

  mutating func diagnostic(path: String) throws(DecodeError) -> Diagnostic {
    let line = try natural()
    return Diagnostic(path: path, line: line == 0 ? nil : line - 1, message: try string())
  }
}
