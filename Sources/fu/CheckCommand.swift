import ArgumentParser
import FuKit
import Glibc

extension Fu {
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract: "Find every problem in the vault; exit 1 if there is any.",
      discussion: """
        Prints one problem per line as path:line: message, sorted: front matter that does not \
        parse or is never closed, dates that do not exist, unknown cadences, two files \
        answering to one name, merge-conflict markers, log entries with bad dates, files \
        that are not UTF-8, symlink loops and links out of the vault, draft templates \
        (.fu/drafts/) that fu cannot read or with a placeholder no contact could fill; and, first, what is \
        wrong in the config files (an unknown key is a setting fu ignores), with their paths \
        as shown.

        Examples:
          fu check
          fu check --json | jq -r '.[].path' | sort -u
        """)

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print a JSON array of problems ({path, line, message}; paths in the vault).")
    var json = false

    func run() throws {
      let workspace = try global.workspace(listingBrokenConfig: true)
      let vault = workspace.vault
      let contents = vault.readAll(readLog: true)
      // The vault's config by its path in the vault, as every file there; the user's own
      // config, outside it, by its full path.
      let settings = workspace.settings.warnings.map { warning in
        var warning = warning
        if warning.path == vault.displayPath(of: Vault.configPath) {
          warning.path = Vault.configPath
        }
        return warning
      }
      let problems = settings + workspace.problems(in: contents)
      if let warning = GitSetup.missingDriver(vault: vault.root) {
        Terminal.printWarning(
          warning.located(
            at: warning.path.hasPrefix("/") ? warning.path : vault.displayPath(of: warning.path)))
      }
      if json {
        let rows = problems.map { problem in
          JSONValue.object([
            ("path", .string(problem.path)),
            ("line", problem.line.map(JSONValue.int) ?? .null),
            ("message", .string(problem.message)),
          ])
        }
        Terminal.write(JSONValue.array(rows))
      } else {
        for problem in problems {
          let path =
            problem.path.hasPrefix("/") ? problem.path : vault.displayPath(of: problem.path)
          Terminal.write(TextLayout.escaped(problem.located(at: path)) + "\n")
        }
        let files = Set(problems.map(\.path)).count
        let summary =
          problems.isEmpty
          ? "No problems in \(contents.files.count) contact files.\n"
          : "\(problems.count) \(problems.count == 1 ? "problem" : "problems") in \(files) \(files == 1 ? "file" : "files").\n"
        Terminal.note(summary)
      }
      if !problems.isEmpty { throw ExitCode.failure }
    }
  }
}
