/// How far apart two words are, for "did you mean" suggestions (a WHO, a command name).
public enum EditDistance {
  /// How many edits turn `a` into `b`: a character inserted, deleted or replaced, or two
  /// neighbours swapped (`lgo` is one edit from `log`, as a typo is), over characters.
  public static func between(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    // Three rows of the optimal-string-alignment table: the one before last for swaps.
    var beforeLast = [Int](repeating: 0, count: b.count + 1)
    var last = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(last[j] + 1, current[j - 1] + 1, last[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], beforeLast[j - 2] + 1)
        }
      }
      (beforeLast, last, current) = (last, current, beforeLast)
    }
    return last[b.count]
  }

  /// The word of `candidates` nearest to `typed`, one it begins first, when it is near
  /// enough to be a typo: one edit for a word of three letters or fewer, else two.
  public static func closest(to typed: String, among candidates: [String]) -> String? {
    let closest = candidates.map { candidate in
      (between(typed, candidate), candidate.hasPrefix(typed) ? 0 : 1, candidate)
    }.min { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
    guard let closest, closest.0 <= (typed.count <= 3 ? 1 : 2) else { return nil }
    return closest.2
  }
}
