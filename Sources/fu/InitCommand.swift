import ArgumentParser
import Foundation
import FuKit

extension Fu {
  struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "init",
      abstract: "Make a folder a vault.",
      discussion: """
        Creates PATH/.fu/ with a commented config.yml, an example template of fu draft \
        (drafts/example.md) and a .gitignore for fu's cache. fu \
        then finds the vault from any folder inside it. Existing files are left alone.

        Examples:
          fu init                 # the current folder
          fu init ~/contacts
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(
      help:
        "The folder to make a vault, created when missing (default: --vault, else the current folder; FU_VAULT is not used).",
      completion: .directory)
    var path: String?

    func validate() throws {
      if let path, let vault = global.vault, path != vault {
        throw ValidationError("give the folder once: as PATH or as --vault")
      }
    }

    func run() throws {
      let path = VaultLocator.expandingHome(
        path ?? global.vault ?? ".", environment: Terminal.environment)
      let created = try VaultInitializer.initialize(at: path)
      if !created.contains(Vault.configPath) {
        // A vault already: complete, or from before a file fu init now writes.
        Terminal.write(
          created.isEmpty
            ? "\(path) is already a fu vault; nothing changed.\n"
            : "\(path) is already a fu vault; added \(created.joined(separator: ", ")).\n")
        try Git.offer(vault: path)  // in a git work tree: fu git setup
        return
      }
      Terminal.write(
        "Initialised a fu vault in \(path) (created \(created.joined(separator: ", "))).\n")
      // Run from inside a vault within another, fu finds the inner one, with its own config
      // (the outer vault still lists the inner one's files).
      let folder = URL(fileURLWithPath: path).resolvingSymlinksInPath()
      if folder.path != "/",
        let outer = VaultLocator.nearestVault(from: folder.deletingLastPathComponent().path)
      {
        // Shown from the working folder when it is in there, as the user's own path is.
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
          .resolvingSymlinksInPath().path
        let shown =
          outer == here
          ? "." : outer.hasPrefix(here + "/") ? String(outer.dropFirst(here.count + 1)) : outer
        Terminal.printWarning(
          "\(path) is inside the vault \(shown): run from in here, fu now uses this vault"
            + " and its config, not the outer one")
      }
      try Git.offer(vault: path)
    }
  }
}
