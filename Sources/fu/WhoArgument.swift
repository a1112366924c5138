import ArgumentParser
import FuKit

/// Shell completion for `WHO`: the contacts' file names and names, read from the vault the
/// command line names (`--vault`), else the one fu would find from here.
enum WhoCompletion {
  static let kind = CompletionKind.custom { words, _, prefix in
    var explicit: String?
    if let index = words.lastIndex(of: "--vault"), index + 1 < words.count {
      explicit = words[index + 1]
    }
    let environment = Terminal.environment
    let configured = VaultLocator.userConfigPath(environment: environment)
      .flatMap { try? Configuration.load(path: $0) }?.vault
    guard
      let vault = try? VaultLocator(
        explicitPath: explicit, environment: environment, configuredPath: configured
      ).locate()
    else { return [] }
    let contacts = vault.load().contacts
    let candidates = contacts.map(\.stem) + contacts.map(\.name)
    var seen = Set<String>()
    return candidates.filter {
      $0.lowercased().hasPrefix(prefix.lowercased()) && seen.insert($0).inserted
    }
  }
}
