import ArgumentParser
import FuKit

extension Fu {
  struct Done: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "done",
      abstract: "Tick off one of a contact's open tasks.",
      discussion: """
        Ticks the open task (a `- [ ] ...` list item anywhere in the body) that TEXT \
        names: the one whose text is TEXT, else the only one it begins (case, accents and \
        spacing aside; of tasks written alike, the first); without TEXT, the contact's only \
        open task. As the Obsidian Tasks plugin does, `- [ ]` becomes `- [x]` and \
        ` ✅ YYYY-MM-DD` (today) is added at the end of the task's line (a done date left \
        from an earlier tick is replaced); nothing else in the file changes. A TEXT that \
        names no task, or several, lists them. A recurring task (🔁) is refused: its next \
        occurrence is the Tasks plugin's to write.

        Examples:
          fu done ada                       # her only open task
          fu done ada send the deck         # words are read as one text
          fu done "Grace Hopper" "Book" --dry-run
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(
      help: "The contact: a file name, a path, a name, an alias, a unique prefix or an email.",
      completion: WhoCompletion.kind)
    var who: String

    @Argument(help: "The start of the task's text (several words are read as one).")
    var text: [String] = []

    @Flag(help: "Print the change as a diff and write nothing.")
    var dryRun = false

    func run() throws {
      let workspace = try global.workspace()
      do {
        let file = try workspace.file(named: who)
        let words = self.text.joined(separator: " ")
        let text = words.allSatisfy(\.isWhitespace) ? nil : words
        let today = workspace.today
        let change = try ContactChange(file, in: workspace) {
          try DonePlanner.plan($0, ticking: text, on: today)
        }
        if dryRun { return try workspace.printDryRun([change], style: global.style) }
        // The task ticked is the one the plan found on the file as written.
        let name = file.contact.name
        var ticked: OpenTask?
        try ContactChange.write([change]) { _ in
          CommitMessage.done(name: name, task: ticked?.text ?? "")
        } written: { _, edit in
          ticked = try? DonePlanner.task(
            in: ContactFile(path: file.path, document: edit.original), named: text)
        }
        guard let ticked else { return }
        let place = "\(workspace.vault.displayPath(of: file.path)):\(ticked.line + 1)"
        Terminal.write(
          TextLayout.printable(
            "Ticked off \"\(ticked.text)\" for \(name) in \(place) (✅ \(today)).") + "\n")
      } catch let error as FuError {
        throw error.located(in: workspace.vault)
      }
    }
  }
}
