import Dispatch
import Glibc

/// `transform` applied to every element, spread over all cores, in order.
func parallelMap<Element, Mapped: Sendable>(
  _ elements: [Element], _ transform: (Element) -> Mapped
) -> [Mapped] {
  let results = UnsafeMutableBufferPointer<Mapped?>.allocate(capacity: elements.count)
  results.initialize(repeating: nil)
  defer { results.deallocate() }
  nonisolated(unsafe) let slots = results
  nonisolated(unsafe) let elements = elements
  withoutActuallyEscaping(transform) { transform in
    nonisolated(unsafe) let transform = transform
    DispatchQueue.concurrentPerform(iterations: elements.count) { index in
      slots[index] = transform(elements[index])
    }
  }
  // Moved out, so that the slots are left empty for `deallocate`.
  return results.indices.map { (results.baseAddress! + $0).move()! }
}

/// `work` done on consecutive ranges that together cover `0..<count`, spread over all
/// cores, in order: for many small items, where a task per item would cost more than the
/// item. A range has at least `minimumSize` items, unless it is the only one.
func parallelChunks<Part: Sendable>(
  of count: Int, minimumSize: Int, _ work: (Range<Int>) -> Part
) -> [Part] {
  // A few ranges per core, so that one slow range does not leave a core idle.
  let cores = max(1, sysconf(Int32(_SC_NPROCESSORS_ONLN)))
  let parts = max(1, min(count / max(1, minimumSize), cores * 4))
  // Sizes differ by one at most, so none is below `count / parts`.
  return parallelMap(Array(0..<parts)) { part in
    work((part * count / parts)..<((part + 1) * count / parts))
  }
}
