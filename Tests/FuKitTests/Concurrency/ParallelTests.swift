import Testing

@testable import FuKit

/// The helpers that spread work over the cores must give what a plain loop gives, in order.
@Suite struct ParallelTests {
  @Test(arguments: [0, 1, 7, 9, 1023, 1024, 1025, 8193, 10_000, 100_003], [1, 1024])
  func chunksCoverEveryItemOnceInOrder(_ count: Int, _ minimumSize: Int) {
    let ranges = parallelChunks(of: count, minimumSize: minimumSize) { $0 }
    #expect(ranges.flatMap { Array($0) } == Array(0..<count))
    #expect(ranges.allSatisfy { $0.count >= minimumSize } || ranges.count == 1)
  }

  @Test func mapKeepsTheOrderOfItsElements() {
    let words = (0..<5000).map { "word \($0)" }
    #expect(parallelMap(words) { $0.uppercased() } == words.map { $0.uppercased() })
  }
}
