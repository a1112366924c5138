import ArgumentParser
import FuKit

extension Fu {
  struct Agenda: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "agenda",
      abstract: "Show what is overdue, due today, and due in the next days.",
      discussion: """
        A contact is due on its next_follow_up; else on last_contact + cadence; else, with a \
        cadence and no last_contact, today. Open tasks in a contact's body are due on their \
        own date, written like this (or with the Tasks plugin's calendar emoji before the \
        date, as Obsidian writes it):
          - [ ] Review the draft due:2026-12-01

        A contact waiting for an answer (log entries tagged #sent, see `fu help log`) says \
        which try comes next: "2nd try by email, no reply since Nov 14", "last try", \
        "resting after 5 tries", then "re-engage" once its follow-up comes.

        Examples:
          fu agenda                         # the next 7 days
          fu agenda --days 30 --tag investor
          fu agenda --json | jq -r '.[] | select(.status == "overdue") | .name'
          fu agenda --count                 # "overdue 3", "today 1"...: a line each
          fu agenda --exit-code >/dev/null || notify-send "fu: someone is overdue"

        Exit status: 0; with --exit-code, 3 when anything is overdue.
        """)

    @OptionGroup var global: GlobalOptions

    // Unconditional, so that `--days -3` reaches validate() rather than reading as a flag.
    @Option(
      parsing: .unconditional,
      help: "How many days ahead to look (default: agenda.days in the config, else 7).")
    var days: Int?

    @OptionGroup var filter: TagFilter

    @Flag(help: "Print a JSON array of rows instead of a table.")
    var json = false

    @Flag(
      help:
        "Print how many follow-ups and tasks are overdue, due today and upcoming (birthdays and anniversaries not counted) instead of the rows."
    )
    var count = false

    @Flag(help: "Exit with status 3 when anything is overdue (for cron, prompts, status bars).")
    var exitCode = false

    func validate() throws {
      if !Request.isValid(days: days) { throw ValidationError("--days must be 0 or more") }
    }

    func run() throws {
      try Request(
        global: global.values, days: days, tags: filter.tags, json: json, count: count,
        exitCode: exitCode
      ).run()
    }

    /// What the command line asks for, as plain values (`DirectParse` reads them).
    struct Request: Equatable {
      var global: GlobalOptions.Values
      var days: Int?
      var tags: [String] = []
      var json = false
      var count = false
      var exitCode = false

      static func isValid(days: Int?) -> Bool { (days ?? 0) >= 0 }

      /// The agenda `line` asks for, or `nil` when the parser must read it.
      static func read(_ line: inout DirectParse.Line) -> Request? {
        guard let global = GlobalOptions.Values.read(&line),
          case .some(let days) = line.option("--days", Int.init(argument:)), isValid(days: days),
          let tags = line.values("--tag", { try? TagArgument.parse($0) }),
          let json = line.flag("--json"), let count = line.flag("--count"),
          let exitCode = line.flag("--exit-code")
        else { return nil }
        return Request(
          global: global, days: days, tags: tags.tags, json: json, count: count,
          exitCode: exitCode)
      }

      func run() throws {
        let workspace = try global.workspace()
        let agenda = workspace.agenda(
          days: days ?? workspace.settings.agendaDays ?? 7, tags: tags, ordered: !count)
        workspace.keep(agenda)
        if count {
          let counts = AgendaReport.counts(agenda)
          if json {
            Terminal.write(JSONValue.object(counts.map { ($0.rawValue, .int($1)) }))
          } else {
            Terminal.write(counts.map { "\($0.rawValue) \($1)\n" }.joined())
          }
        } else if json {
          Terminal.write(AgendaReport.json(agenda))
        } else {
          var stopwatch = Stopwatch()
          let text = AgendaReport.utf8Text(
            agenda, width: Terminal.width, style: global.style, dates: workspace.dates)
          workspace.debug?("agenda: text written in \(stopwatch.lap()) ms")
          Terminal.write(utf8: text)
        }
        if exitCode, agenda.rows.contains(where: { $0.status == .overdue }) {
          throw ExitCode(3)
        }
      }
    }
  }
}
