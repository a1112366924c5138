import Dispatch

/// A value worked out on another thread while the caller goes on; `value()` waits for it.
final class Background<Value: Sendable>: @unchecked Sendable {
  private var result: Value?
  private let done = DispatchSemaphore(value: 0)

  init(_ work: @escaping @Sendable () -> Value) {
    DispatchQueue.global().async {
      self.result = work()
      self.done.signal()
    }
  }

  /// The value, once it is there. Call it once.
  func value() -> Value {
    done.wait()
    // The semaphore orders the write above before this read.
    guard let result else { preconditionFailure("Background work ended without a value") }
    return result
  }
}
