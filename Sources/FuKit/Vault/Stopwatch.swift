import Glibc

/// Milliseconds between steps, for the `FU_DEBUG` lines that say where a load's time went.
public struct Stopwatch {
  private var last = Stopwatch.now()

  public init() {}

  /// The milliseconds since the previous lap (or since the stopwatch was made), rounded
  /// to a tenth.
  public mutating func lap() -> Double {
    let now = Stopwatch.now()
    defer { last = now }
    return Double((now - last) / 100_000) / 10
  }

  private static func now() -> Int64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
  }
}
