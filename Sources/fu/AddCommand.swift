import ArgumentParser
import Foundation
import FuKit

extension Fu {
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "add",
      abstract: "Create a contact file.",
      discussion: """
        The file is named after NAME (`Ada Lovelace` becomes ada-lovelace.md), in the vault \
        or in --folder, and made from the vault's template, .fu/template.md, else a built-in \
        one. In a template, {{name}} and {{today}} are filled in, and each fact given here is \
        set on its key's line or added to the front matter. An existing file is never \
        overwritten. Prints the new file's path.

        Examples:
          fu add "Ada Lovelace" --email ada@example.com --tag investor --cadence 2w
          fu add "Grace Hopper" --folder work --next friday --edit
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "The person's name, as it should show.")
    var name: String

    @Option(help: "Their email address.")
    var email: String?

    @Option(help: "Their phone number.")
    var phone: String?

    @Option(help: "Where they work.")
    var company: String?

    @Option(
      name: .customLong("tag"), help: "A tag; repeat it, or list tags with commas, for several.",
      transform: TagArgument.parse)
    var tags: [TagArgument] = []

    @Option(help: "How often to stay in touch: 10d, 2w, 3m, 1y, weekly, monthly, quarterly...")
    var cadence: String?

    @Option(help: ArgumentHelp("When to follow up first, or none.", valueName: "when"))
    var next: String?

    @Option(
      help: ArgumentHelp("Notes: the one-line reason the agenda shows.", valueName: "text"))
    var note: String?

    @Option(
      help: ArgumentHelp("A folder inside the vault to put the file in.", valueName: "dir"),
      completion: .directory)
    var folder: String?

    @Flag(help: "Open the new file in your editor ($VISUAL, else $EDITOR, else vi).")
    var edit = false

    @Flag(help: "Print the file that would be made (its path on stderr) and write nothing.")
    var dryRun = false

    func run() throws {
      let workspace = try global.workspace()
      // A byte-order mark pasted in with the name is not part of it.
      let name = self.name.trimmingCharacters(in: CharacterSet.whitespaces.union(["\u{FEFF}"]))
      var contact = NewContact(name: name)
      (contact.email, contact.phone, contact.company) = (email, phone, company)
      contact.tags = tags.tags
      contact.cadence = try cadence.map { text throws(FuError) in
        guard let cadence = Cadence(parsing: text) else { throw .invalidCadence(text) }
        return cadence
      }
      // `--next none` is read as on every command that writes the date: no date.
      contact.nextFollowUp = try next.flatMap {
        try NextFollowUp.parse($0, option: "--next", today: workspace.today).date
      }
      if let note = try note.flatMap(NoteText.read) {
        contact.fields.append(.text(ContactKey.notes.spelling, note))
      }
      let file = try workspace.newFile(for: contact, in: folder)
      let shownPath = workspace.vault.displayPath(of: file.path)
      if dryRun {
        // The text on stdout, as the file would hold it; where it would go on stderr.
        Terminal.note("fu: would create \(TextLayout.printable(shownPath)):\n")
        return Terminal.write(file.text)
      }
      for other in workspace.namesakes(of: name, besides: file.path) {
        Terminal.printWarning(
          "\(workspace.vault.displayPath(of: other.path)) is also called \(name); give the file name to tell them apart"
        )
      }
      try workspace.create(file, commitMessage: CommitMessage.add(name: name))
      Terminal.write(shownPath + "\n")
      if edit { try workspace.edit(file.path) }
    }
  }
}
