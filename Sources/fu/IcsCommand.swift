import ArgumentParser
import FuKit

extension Fu {
  struct Ics: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "ics",
      abstract: "Write your follow-ups, tasks and birthdays as a calendar (iCalendar).",
      discussion: """
        One all-day event for each follow-up, open task, birthday and anniversary due in \
        the next days; overdue ones stand on today. Event ids come from the contact's file \
        and what the event is, so a calendar that subscribes to the file moves an event \
        when its date changes instead of adding another.

        Examples:
          fu ics -o ~/Calendars/fu.ics       # then subscribe to that file
          fu ics --days 90 --tag investor > investors.ics
        """)

    @OptionGroup var global: GlobalOptions

    // Unconditional, so that `--days -3` reaches validate() rather than reading as a flag.
    @Option(parsing: .unconditional, help: "How many days ahead to include.")
    var days = 30

    @OptionGroup var filter: TagFilter

    @Option(
      name: .shortAndLong, help: "Write to this file (replaced whole) instead of stdout.",
      completion: .file(extensions: ["ics"]))
    var output: String?

    func validate() throws {
      if days < 0 { throw ValidationError("--days must be 0 or more") }
    }

    func run() throws {
      let workspace = try global.workspace()
      let feed = CalendarFeed.render(workspace.agenda(days: days, tags: filter.tags))
      guard let output else { return Terminal.write(feed) }
      try AtomicFile.replaceNamed(Array(feed.utf8), at: output)
    }
  }
}
