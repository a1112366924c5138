import ArgumentParser
import FuKit

extension Fu {
  struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "log",
      abstract: "Record an interaction with someone and move their follow-up on.",
      discussion: """
        Adds `- YYYY-MM-DD: MESSAGE` to the contact's interaction log (at its place by date), \
        sets last_contact to that day if it is later, and moves next_follow_up on: to --next, \
        else to the new last_contact + cadence (the contact's, else its tags' from the \
        config), else empties it once it has passed. Logging \
        an interaction older than last_contact moves neither date, unless next_follow_up was \
        due by then. Nothing else in the file changes.

        WHO is a file name, a path, a name, an alias, or a unique prefix of any of their \
        words, case- and accent-insensitive; else an email address in the contact's email. WHEN is YYYY-MM-DD, today, tomorrow, yesterday, \
        +3d, 2w, in 2 weeks, 3d ago, 1m, next monday, friday, dec 1, eom or next week. A bare \
        weekday or \
        month-day means the past one for --date and the coming one for --next.

        Examples:
          fu log ada "Coffee; send the deck" --next 2w
          fu log "Grace Hopper" "Call about the COBOL talk" --date yesterday
          fu log dijkstra - < meeting-notes.txt
          fu log ada "Lunch" --dry-run
          fu log ada "-10% on the renewal"      # text, though it starts with -
          fu log ada -- --help-desk             # -- before text that is an option
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: "Who you talked to.", completion: WhoCompletion.kind)
    var who: String

    @Argument(
      help: "What happened (none: the entry is its date alone); `-` reads it from standard input.")
    var message: [String] = []

    @Option(help: ArgumentHelp("When it happened (default: today).", valueName: "when"))
    var date: String?

    @Option(help: ArgumentHelp("When to follow up next.", valueName: "when"))
    var next: String?

    @Flag(help: "Print the change as a diff and write nothing.")
    var dryRun = false

    func run() throws {
      let workspace = try global.workspace()
      do {
        try log(in: workspace)
      } catch let error as FuError {
        throw error.located(in: workspace.vault)
      }
    }

    private func log(in workspace: Workspace) throws {
      let today = workspace.today
      let file = try workspace.file(named: who)
      let request = LogRequest(
        date: try date.map {
          try DateExpression.parse($0, option: "--date", today: today, direction: .past)
        } ?? today,
        message: try MessageInput.read(message),
        next: try next.map {
          try DateExpression.parse($0, option: "--next", today: today, direction: .future)
        },
        cadenceByTag: workspace.settings.cadenceByTag ?? [])
      let change = try ContactChange(file, in: workspace) { try LogPlanner.plan($0, request) }
      if request.date > today {
        Terminal.printWarning("--date \(request.date) is in the future; logging it anyway")
      }
      if let next = request.next, next < today {
        Terminal.printWarning("--next \(next) has already passed; the contact stays overdue")
      }
      if dryRun {
        try change.checkWritable()
        return workspace.printDiff(change.edit, style: global.style)
      }
      let name = file.contact.name
      let written = try change.write(
        commitMessage: CommitMessage.log(name: name, message: request.message))
      let follow =
        written.followUp.map {
          "next follow-up \($0.due) (\(RelativeDate.describe(days: today.days(to: $0.due))))"
        } ?? "no follow-up date"
      let shownPath = workspace.vault.displayPath(of: file.path)
      Terminal.write(
        TextLayout.printable("Logged \(request.date) with \(name) in \(shownPath); \(follow).")
          + "\n")
    }
  }
}
