import ArgumentParser
import FuKit

extension Fu {
  struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "log",
      abstract: "Record an interaction with someone and move their follow-up on.",
      discussion: discussion)

    @OptionGroup var global: GlobalOptions

    @Argument(
      help: "Who you talked to; several as one comma-separated argument (\"maria, jordan\").",
      completion: WhoCompletion.kind)
    var who: String

    @Argument(
      help: "What happened (none: the entry is its date alone); `-` reads it from standard input.")
    var message: [String] = []

    @Option(
      help: ArgumentHelp("Someone else who was there (repeat for more).", valueName: "who"),
      completion: WhoCompletion.kind)
    var with: [String] = []

    @Option(help: ArgumentHelp("When it happened (default: today).", valueName: "when"))
    var date: String?

    @Option(help: ArgumentHelp("When to follow up next, or none.", valueName: "when"))
    var next: String?

    @Flag(help: "You reached out and have no answer yet: an attempt, tagged #sent.")
    var sent = false

    @Option(
      help: ArgumentHelp(
        "How you reached out, tagged #CHANNEL: email, linkedin, call…", valueName: "channel"))
    var via: String?

    @Option(
      help: ArgumentHelp(
        "Set notes, the one-line reason the agenda shows (\"\" clears it).", valueName: "text"))
    var note: String?

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
      let files = try workspace.files(namedIn: who, with: with)
      var request = workspace.logRequest(
        date: try date.map {
          try DateExpression.parse($0, option: "--date", today: today, direction: .past)
        } ?? today,
        message: try MessageInput.read(message),
        next: try next.map { try NextFollowUp.parse($0, option: "--next", today: today) },
        sent: sent)
      if message != ["-"] {
        try workspace.refuseContactAsFirstWord(of: message, who: who, besides: files)
      }
      request.channel = via.map { String($0.drop { $0 == "#" }) }
      request.note = note
      let planned = request
      let changes = try files.map { file in
        try ContactChange(file, in: workspace) { try LogPlanner.plan($0, planned) }
      }
      if request.date > today {
        Terminal.printWarning("--date \(request.date) is in the future; logging it anyway")
      }
      workspace.warnIfPassed(request.next, given: "--next")
      if dryRun { return try workspace.printDryRun(changes, style: global.style) }
      try ContactChange.write(changes) { committed in
        let names = committed.map(\.file.contact.name).joined(separator: ", ")
        return CommitMessage.log(name: names, message: planned.writtenFirstLine)
      } written: { change, written in
        Terminal.write(describe(written, of: change.file, request, in: workspace) + "\n")
      }
    }

    /// `Logged ... with NAME in PATH; next follow-up ...`: what `written` did to `file`.
    private func describe(
      _ written: ContactEdit, of file: ContactFile, _ request: LogRequest, in workspace: Workspace
    ) -> String {
      let today = workspace.today
      let progress = workspace.progress(of: file.contact, after: written).map {
        (written.followUp == nil ? "; " : ": ")
          + AttemptWords.describe($0, today: today, dates: workspace.dates)
      }
      let follow =
        written.followUp.map { "next follow-up \(workspace.describe($0.due))" }
        ?? (written.attempts.count < file.contact.attempts.count
          ? "no follow-up date (the answer ended the run; --next sets one)" : "no follow-up date")
      let shownPath = workspace.vault.displayPath(of: file.path)
      return TextLayout.printable(
        "Logged \(request.date) with \(file.contact.name) in \(shownPath); \(follow)\(progress ?? "")."
      )
    }
  }
}
