import ArgumentParser
import FuKit

extension Fu {
  struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "stats",
      abstract: "Show a picture of your year: interactions per day, tags, long silences.",
      discussion: """
        A calendar of the last 52 weeks (fewer when the terminal is narrower than 60 \
        columns), one column a week and one row a weekday, marks how many interactions the \
        logs hold each day: a dot for none, then four ever darker shades for one to four or \
        more. Then, per tag: how many contacts, how many overdue, and the average days \
        since last_contact. Then, when your logs have attempts (#sent, see `fu help log`), \
        how your follow-ups end: runs of attempts answered, unanswered (as many tries as \
        follow_up.max_attempts and no answer) and still waiting, and the average number of \
        tries before an answer, in all and per tag. Last, the people you have gone longest \
        without talking to.

        Examples:
          fu stats
          fu stats --json | jq '.tags[] | select(.overdue > 0)'
          fu stats --json | jq .follow_ups   # how your attempts end, per tag
        """)

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Print the figures as one JSON object.")
    var json = false

    func run() throws {
      let workspace = try global.workspace()
      let contacts = workspace.settledFiles().map(\.contact)
      // A column a week, after a 5-column margin, and room for a month's name at the end.
      let weeks = json ? 52 : Terminal.width.map { min(52, max(4, $0 - 8)) } ?? 52
      let stats = FuKit.Stats(
        contacts: contacts, today: workspace.today, weeks: weeks,
        grace: workspace.settings.grace, maxAttempts: workspace.settings.practice.maxAttempts)
      if json {
        Terminal.write(StatsReport.json(stats))
      } else {
        Terminal.write(StatsReport.text(stats, style: global.style))
      }
    }
  }
}
