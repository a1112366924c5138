import Glibc

/// Finding bytes in bytes, fast enough to run over every file of a vault.
enum ByteSearch {
  /// Whether `pattern` occurs in `bytes` (memchr finds each candidate first byte).
  static func contains(_ pattern: StaticString, in bytes: UnsafeRawBufferPointer) -> Bool {
    let count = pattern.utf8CodeUnitCount
    guard var cursor = bytes.baseAddress, bytes.count >= count else { return false }
    let end = cursor + bytes.count
    while end - cursor >= count,
      let found = memchr(cursor, Int32(pattern.utf8Start[0]), end - cursor - count + 1)
    {
      if memcmp(found, pattern.utf8Start, count) == 0 { return true }
      cursor = UnsafeRawPointer(found) + 1
    }
    return false
  }

  /// Whether a `#` in `bytes` is followed by `word` (lower-case ASCII) in any case: where
  /// a tag such as `#sent` may be, checked exactly by `Hashtag` afterwards.
  static func containsHash(
    followedBy word: StaticString, in bytes: UnsafeRawBufferPointer
  ) -> Bool {
    let count = word.utf8CodeUnitCount
    guard var cursor = bytes.baseAddress, bytes.count > count else { return false }
    let end = cursor + bytes.count
    while end - cursor > count,
      let found = memchr(cursor, Int32(UInt8(ascii: "#")), end - cursor - count)
    {
      let start = UnsafeRawPointer(found) + 1
      let matches = (0..<count).allSatisfy {
        start.load(fromByteOffset: $0, as: UInt8.self) | 0x20 == word.utf8Start[$0]
      }
      if matches { return true }
      cursor = start
    }
    return false
  }
}
