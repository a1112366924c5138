import ArgumentParser
import FuKit

extension Fu {
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: "Print every contact, with its fields and log, as JSON or CSV.",
      discussion: """
        JSON is an array of what `fu show --json` prints for each contact. CSV has a row a \
        contact and a column a key: the keys fu knows, then every other key any contact \
        has, then the log (one `YYYY-MM-DD: text` line per entry, newest first, in one \
        cell). Files with merge-conflict markers are left out, with a warning.

        Examples:
          fu export > contacts.json
          fu export --format csv > contacts.csv
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case json, csv
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: "json or csv.")
    var format: Format = .json

    @Flag(help: "The same as --format json, as every listing takes it.")
    var json = false

    func validate() throws {
      if json && format != .json {
        throw ValidationError(
          "--json and --format \(format.rawValue) ask for two formats; give one")
      }
    }

    func run() throws {
      let workspace = try global.workspace()
      let cards = workspace.settledFiles().map {
        ContactCard(file: $0, today: workspace.today, grace: workspace.settings.grace)
      }
      switch format {
      case .json: Terminal.write(ContactExport.json(cards))
      case .csv: Terminal.write(ContactExport.csv(cards))
      }
    }
  }
}
