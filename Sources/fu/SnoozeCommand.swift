import ArgumentParser
import FuKit

extension Fu {
  struct Snooze: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "snooze",
      abstract: "Move a contact's next follow-up to another day.",
      discussion: """
        Sets next_follow_up to WHEN on its own line (none or never empties it: the key \
        stays, with no value, and a contact with a cadence falls due by it again), and with \
        --note the notes line; nothing else in the file changes. WHEN is YYYY-MM-DD, today, tomorrow, +3d, 2w, in 2 weeks, 1m, next monday, \
        friday, dec 1, eom, next week (its Monday) or next month (its first day).

        Examples:
          fu snooze ada 2w
          fu snooze "Grace Hopper" next monday --note "After her launch"
          fu snooze zoe none                # empties next_follow_up
          fu snooze dijkstra 2026-12-01 --dry-run
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(
      help: "The contact: a file name, a path, a name, an alias, a unique prefix or an email.",
      completion: WhoCompletion.kind)
    var who: String

    @Argument(
      help: "The new follow-up day (several words are read as one: next monday), or none.")
    var when: [String]

    @Option(
      help: ArgumentHelp(
        "Set notes, the one-line reason the agenda shows (\"\" clears it).", valueName: "text"))
    var note: String?

    @Flag(help: "Print the change as a diff and write nothing.")
    var dryRun = false

    func run() throws {
      let workspace = try global.workspace()
      do {
        let file = try workspace.file(named: who)
        let next = try NextFollowUp.parse(when.joined(separator: " "), today: workspace.today)
        let change = try ContactChange(file, in: workspace) {
          try SnoozePlanner.plan($0, to: next, note: note)
        }
        workspace.warnIfPassed(next)
        let name = file.contact.name
        let when = next.date.map { workspace.describe($0) }
        let already = SnoozeWords.already(name, at: when)
        if dryRun {
          try change.checkWritable()
          guard change.edit.result.bytes != change.edit.original.bytes else {
            return Terminal.note(
              TextLayout.printable("fu: nothing would change: \(already)") + "\n")
          }
          return workspace.printDiff(change.edit, style: global.style)
        }
        let written = try change.write(
          commitMessage: CommitMessage.snooze(name: name, to: next.date))
        let shownPath = workspace.vault.displayPath(of: file.path)
        // `--note` with nothing but spaces clears the notes (the planner read it so).
        let clearsNotes = note.map { (try? NoteText.read($0)) == nil }
        let noted = clearsNotes.map { $0 ? " and cleared the notes" : " and set the notes" } ?? ""
        let done =
          written.nextFollowUp == file.contact.nextFollowUp
          ? "\(clearsNotes == true ? "Cleared" : "Set") the notes of \(name); \(already)"
          : SnoozeWords.moved(name, to: when) + noted
        Terminal.write(
          TextLayout.printable(
            written.result.bytes == written.original.bytes
              ? "Nothing to change: \(already) in \(shownPath)."
              : "\(done) in \(shownPath).") + "\n")
      } catch let error as FuError {
        throw error.located(in: workspace.vault)
      }
    }
  }
}
