import ArgumentParser
import FuKit

extension Fu {
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show",
      abstract: "Show one contact: its facts, when it is due and why, open tasks and the log.",
      discussion: """
        Every front-matter key is shown, your own keys too (email, phone, company...), then \
        the open tasks and the interaction log, newest first.

        Examples:
          fu show ada
          fu show "Grace Hopper" --json | jq '.log[0]'
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(
      help: "The contact: a file name, a path, a name, an alias or a unique prefix.",
      completion: WhoCompletion.kind)
    var who: String

    @Flag(help: "Print one JSON object instead of the card.")
    var json = false

    func run() throws {
      let workspace = try global.workspace()
      let file: ContactFile
      do {
        file = try workspace.file(named: who)
      } catch {
        throw error.located(in: workspace.vault)
      }
      workspace.warn(file.diagnostics)
      let card = workspace.card(of: file)
      if json {
        Terminal.write(card.json())
      } else {
        Terminal.write(card.text(style: global.style, dates: workspace.dates))
      }
    }
  }
}
