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
}
