import ArgumentParser
import Foundation
import FuKit

extension Fu {
  struct MergeFile: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "merge-file",
      abstract: "Merge two versions of a contact file: git's merge driver for the vault.",
      discussion: """
        git runs this for the vault's Markdown files once `fu git setup` has set it up; \
        you rarely run it yourself. It merges OURS and THEIRS, both changed from BASE, \
        writes the result into OURS, and exits 0 when the merge is clean, 1 when conflicts \
        remain, marked as git marks them.

        The front matter merges key by key: a key changed on one side takes that side's \
        value; when both changed last_contact, the later date wins, and next_follow_up \
        comes from the side with the later last_contact. The log keeps every entry of \
        both sides, in the list's own order. The rest of the file merges line by line, \
        as git would. A file fu cannot read as a contact merges exactly as git would.

        What fu git setup sets, for example:
          git config merge.fu.driver 'fu merge-file %O %A %B %P'
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The common ancestor (git's %O).", completion: .file())
    var base: String

    @Argument(help: "Our version (git's %A); the result is written here.", completion: .file())
    var ours: String

    @Argument(help: "Their version (git's %B).", completion: .file())
    var theirs: String

    @Argument(
      help: "The file's path in the work tree (git's %P), for messages and the vault's config.",
      completion: .file())
    var path: String?

    func run() throws {
      let outcome = try MergeDriver.mergeFiles(
        base: base, ours: ours, theirs: theirs, path: path, logSectionNames: logSectionNames())
      if case .text(let reason) = outcome.method, outcome.conflicts > 0 {
        Terminal.printWarning("\(path ?? ours): merged as plain text, as git would: \(reason)")
      }
      if outcome.conflicts > 0 { throw ExitCode.failure }
    }

    /// The log headings of the vault holding PATH (or --vault): its config's, else fu's.
    /// A config fu cannot read does not stop a merge.
    private func logSectionNames() -> [String] {
      let here = FileManager.default.currentDirectoryPath
      let file = path.map { $0.hasPrefix("/") ? $0 : here + "/" + $0 }
      let folder =
        global.vault
        ?? file.flatMap { file in
          file.lastIndex(of: "/").flatMap { VaultLocator.nearestVault(from: String(file[..<$0])) }
        }
      guard let folder,
        let workspace = try? Workspace.open(
          Workspace.Options(vault: folder, readsEveryFile: true, environment: Terminal.environment))
      else { return ContactFile.defaultLogSectionNames }
      return workspace.vault.logSectionNames
    }
  }
}
