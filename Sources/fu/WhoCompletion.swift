import ArgumentParser
import FuKit

/// Shell completion for `WHO`: the contacts' file names, and their one-word names and
/// aliases (a name with spaces would reach bash as two words; its file name stands for
/// it), read from the vault the command line names (`--vault`), else the one fu finds.
enum WhoCompletion {
  static let kind = CompletionKind.custom { words, _, prefix in
    var explicit: String?
    for (index, word) in words.enumerated() {
      if word == "--vault", index + 1 < words.count { explicit = words[index + 1] }
      if word.hasPrefix("--vault=") { explicit = String(word.dropFirst("--vault=".count)) }
    }
    let options = Workspace.Options(vault: explicit, environment: Terminal.environment)
    guard let workspace = try? Workspace.open(options) else { return [] }
    let contacts = workspace.vault.load(index: workspace.index).contacts
    let names = contacts.flatMap { [$0.name] + $0.aliases }.filter { !$0.contains(" ") }
    var seen = Set<String>()
    return (contacts.map(\.stem) + names).filter {
      $0.lowercased().hasPrefix(prefix.lowercased()) && seen.insert($0).inserted
    }
  }
}
