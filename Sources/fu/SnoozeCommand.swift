import ArgumentParser
import FuKit

extension Fu {
  struct Snooze: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "snooze",
      abstract: "Move a contact's next follow-up to another day.",
      discussion: """
        Sets next_follow_up to WHEN on its own line; nothing else in the file changes. WHEN \
        is YYYY-MM-DD, today, tomorrow, +3d, 2w, in 2 weeks, 1m, next monday, friday, dec 1, \
        eom, next week (its Monday) or next month (its first day).

        Examples:
          fu snooze ada 2w
          fu snooze "Grace Hopper" next monday
          fu snooze dijkstra 2026-12-01 --dry-run
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(
      help: "The contact: a file name, a path, a name, an alias or a unique prefix.",
      completion: WhoCompletion.kind)
    var who: String

    @Argument(help: "The new follow-up day (several words are read as one: next monday).")
    var when: [String]

    @Flag(help: "Print the change as a diff and write nothing.")
    var dryRun = false

    func run() throws {
      let workspace = try global.workspace()
      do {
        let file = try workspace.file(named: who)
        let date = try DateExpression.parse(
          when.joined(separator: " "), today: workspace.today, direction: .future)
        let edit = try SnoozePlanner.plan(file, to: date)
        Terminal.printWarnings(file.diagnostics, in: workspace.vault)
        if date < workspace.today {
          Terminal.printWarning("\(date) has already passed; the contact stays overdue")
        }
        if dryRun {
          try FileUpdate.checkWritable(file.path, in: workspace.vault)
          return workspace.printDiff(edit)
        }
        let before = workspace.git?.state(of: file.path)
        _ = try FileUpdate.apply(to: file.path, in: workspace.vault, of: file.contact.name) {
          try SnoozePlanner.plan($0, to: date)
        }
        Terminal.hasWritten = true
        workspace.commit(file.path, before: before, message: "fu snooze: \(file.contact.name)")
        Terminal.write(
          TextLayout.printable(
            "Snoozed \(file.contact.name) to \(workspace.describe(date)) in \(workspace.vault.displayPath(of: file.path))."
          ) + "\n"
        )
      } catch let error as FuError {
        throw error.located(in: workspace.vault)
      }
    }
  }
}
