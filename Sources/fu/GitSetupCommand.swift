import ArgumentParser
import Foundation
import FuKit
import Glibc

extension Fu {
  struct Git: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "git",
      abstract: "Set up git to merge contact files edited on several machines.",
      discussion: """
        fu git setup adds `*.md merge=fu` and `*.markdown merge=fu` to the vault's \
        .gitattributes (commit it) and sets this clone's merge.fu.name and merge.fu.driver \
        (`fu merge-file %O %A %B %P`, with fu's full path when fu is not on PATH). Run it in \
        every clone: git copies .gitattributes, never a merge driver. Running it again \
        changes nothing.

        Then, when two clones log the same contact, `git pull` merges by itself: every \
        entry of both sides is kept, last_contact is the later date. A paragraph changed \
        differently on both sides still stops git with the usual markers; fu refuses to \
        write a file with markers until you resolve them.

        Examples:
          fu git setup                    # in each clone
          git add .gitattributes && git commit -m "Merge contact files with fu"
        """)

    enum Action: String, ExpressibleByArgument, CaseIterable {
      case setup
    }

    @OptionGroup var global: GlobalOptions

    @Argument(help: "setup: write .gitattributes and this clone's merge.fu config.")
    var action: Action

    func run() throws {
      // The vault as the user named it: git runs there, and errors show it so.
      Terminal.write(try Self.setUp(vault: global.workspace().vault.displayRoot))
    }

    /// Sets up the clone holding `vault`; what it did, in words.
    static func setUp(vault: String) throws(FuError) -> String {
      let program = GitSetup.program(
        executable: "/proc/self/exe", searchPath: Terminal.environment["PATH"])
      let report = try GitSetup.run(vault: vault, program: program)
      if report.addedAttributes.isEmpty && report.setConfig.isEmpty {
        return "Already set up: .gitattributes names fu's merge driver, and this clone runs"
          + " `\(report.driver)`.\n"
      }
      var text = ""
      if !report.addedAttributes.isEmpty {
        text +=
          "Added to .gitattributes: \(report.addedAttributes.joined(separator: ", "))"
          + " (commit it, so that every clone has it).\n"
      }
      for setting in report.setConfig { text += "Set in this clone's git config: \(setting)\n" }
      return text
        + "Run `fu git setup` in every other clone too: git does not copy merge drivers.\n"
    }

    /// What `fu init` says, or asks on a terminal, in a vault that is in git but not set up.
    static func offer(vault: String) throws {
      guard GitSetup.state(vault: vault) == .notSetUp else { return }
      guard isatty(STDIN_FILENO) == 1, Terminal.outputIsTerminal else {
        Terminal.write(
          "The vault is in git: run `fu git setup` so that git merges contact files"
            + " edited on two machines (see 'fu help git').\n")
        return
      }
      Terminal.write("The vault is in git. Set it up to merge contact files with fu? [Y/n] ")
      let answer = (readLine() ?? "n").trimmingCharacters(in: .whitespaces).lowercased()
      guard answer.isEmpty || answer.hasPrefix("y") else { return }
      // The vault is made already: a setup that fails is said, and fu init still succeeds.
      do {
        Terminal.write(try setUp(vault: vault))
      } catch {
        Terminal.printWarning("\(error); run `fu git setup` in the vault to try again")
      }
    }
  }
}
