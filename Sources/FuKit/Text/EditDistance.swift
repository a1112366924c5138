/// How far apart two words are, for "did you mean" suggestions (a WHO, a command name).
public enum EditDistance {
  /// Levenshtein distance over characters.
  public static func between(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in stride(from: 1, through: b.count, by: 1) {
        current[j] = min(
          previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = current
    }
    return previous[b.count]
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
