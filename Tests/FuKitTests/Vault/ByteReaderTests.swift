import FuTestSupport
import Testing

@testable import FuKit

/// The index's numbers read back as written, whatever their length and place.
@Suite struct ByteReaderTests {
  @Test func numbersReadBackAsWrittenWhereverTheyEnd() throws {
    var generator = SplitMix64(seed: 24)
    var values: [UInt64] = [
      0, 1, 127, 128, 16_383, 16_384, 1 << 49 - 1, 1 << 49, 1 << 56 - 1, 1 << 56, 1 << 63 - 1,
      1 << 63, .max,
    ]
    for _ in 0..<2_000 { values.append(generator.next() >> (generator.next() % 64)) }
    for value in values {
      // Followed by nothing, and by up to ten bytes of both kinds: the reader must stop
      // where the number does, and read it the same near the end of the bytes.
      for padding in 0...10 {
        var writer = ByteWriter()
        writer.unsigned(value)
        writer.signed(Int64(bitPattern: value))
        let length = writer.bytes.count
        writer.bytes += (0..<padding).map { UInt8(truncatingIfNeeded: 0x7F + $0) }
        try writer.bytes.withUnsafeBufferPointer { (bytes: UnsafeBufferPointer<UInt8>) throws in
          var reader = ByteReader(bytes: bytes)
          #expect(try reader.unsigned() == value)
          #expect(try reader.signed() == Int64(bitPattern: value))
          #expect(reader.offset == length, "\(value) with \(padding) bytes after")
        }
      }
    }
  }

  @Test func aNumberCutShortIsRefused() {
    for length in 1...9 {
      let bytes = [UInt8](repeating: 0x80, count: length)
      bytes.withUnsafeBufferPointer { bytes in
        var reader = ByteReader(bytes: bytes)
        #expect(throws: IndexCodec.DecodeError.self) { try reader.unsigned() }
      }
    }
  }
}
