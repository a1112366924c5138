import ArgumentParser
import FuKit

extension Fu {
  struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "init",
      abstract: "Make a folder a vault.",
      discussion: """
        Creates PATH/.fu/ with a commented config.yml and a .gitignore for fu's cache. fu \
        then finds the vault from any folder inside it. Existing files are left alone.

        Examples:
          fu init                 # the current folder
          fu init ~/contacts
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(
      help:
        "The folder to make a vault, created when missing (default: --vault, else the current folder; FU_VAULT is not used)."
    )
    var path: String?

    func validate() throws {
      if let path, let vault = global.vault, path != vault {
        throw ValidationError("give the folder once: as PATH or as --vault")
      }
    }

    func run() throws {
      let path = path ?? global.vault ?? "."
      let created = try VaultInitializer.initialize(at: path)
      if created.isEmpty {
        Terminal.write("\(path) is already a fu vault; nothing changed.\n")
      } else {
        Terminal.write(
          "Initialised a fu vault in \(path) (created \(created.joined(separator: ", "))).\n")
      }
    }
  }
}
