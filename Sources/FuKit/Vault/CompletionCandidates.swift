/// What shell completion offers for WHO: per contact, the one of its names a user who
/// typed `prefix` most likely means, compared as WHO compares them (`NameFolding`: case,
/// accents and separators ignored), so `zo` offers `Zoë Martín` and `o'n` `Sam O'Neil`.
public enum CompletionCandidates {
  /// The names to offer for `prefix`, at most one per contact, in the order of `contacts`,
  /// each once: the first of its name, aliases and file stem that starts with `prefix`,
  /// else the first with a word that does (`lovelace` offers `Ada Lovelace`). An empty
  /// `prefix` offers every contact's name.
  public static func names(for prefix: String, among contacts: [Contact]) -> [String] {
    let folded = NameFolding.fold(prefix)
    var offered: [String] = []
    var seen = Set<String>()
    for contact in contacts {
      let names = [contact.name] + contact.aliases + [contact.stem]
      let foldedNames = names.map(NameFolding.fold)
      let start = foldedNames.firstIndex { $0.hasPrefix(folded) }
      let word = foldedNames.firstIndex { name in
        name.split(separator: " ").contains { $0.hasPrefix(folded) }
      }
      guard let chosen = start ?? word, !names[chosen].contains(where: \.isNewline),
        !names[chosen].isEmpty
      else { continue }
      if seen.insert(names[chosen]).inserted { offered.append(names[chosen]) }
    }
    return offered
  }
}
