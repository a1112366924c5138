import ArgumentParser
import FuKit

extension Fu {
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list",
      abstract: "List contacts as a table, with when each is due and last contacted.",
      discussion: """
        The table fits the terminal: long names and tags are cut short, rows never wrap. \
        DUE is the contact's own follow-up (next_follow_up, else last_contact + cadence); \
        open tasks are in `fu agenda` and `fu show`.

        Examples:
          fu list
          fu list --tag investor --overdue
          fu list --sort last               # who you have not talked to for longest
          fu list --waiting                 # no answer yet, longest wait first
          fu list --no-date --json | jq -r '.[].path'
        """)

    @OptionGroup var global: GlobalOptions

    @OptionGroup var filter: TagFilter

    @Flag(help: "Only some contacts (default: all).")
    var filters: [Filter] = []

    @Option(
      help: """
        Order by name (the default), by due date (soonest first), by last contact (oldest \
        first), or by wait for an answer (longest first; the default with --waiting).
        """)
    var sort: ContactList.Order?

    @Flag(help: "Print a JSON array of contacts instead of a table.")
    var json = false

    enum Filter: String, EnumerableFlag {
      case due, overdue, noDate, waiting

      /// The flag as typed, without its dashes.
      var flagName: String { self == .noDate ? "no-date" : rawValue }

      static func help(for value: Filter) -> ArgumentHelp? {
        switch value {
        case .due: "Only contacts due today or overdue."
        case .overdue: "Only overdue contacts."
        case .noDate: "Only contacts with no follow-up date."
        case .waiting: "Only contacts waiting for an answer (open attempts)."
        }
      }

      var selection: ContactList.Filter {
        switch self {
        case .due: .due
        case .overdue: .overdue
        case .noDate: .noDate
        case .waiting: .waiting
        }
      }
    }

    func validate() throws {
      // One filter: the parser's own message for two ("had already been set") says less.
      let chosen = Set(filters)
      if chosen.count > 1 {
        let names = Filter.allCases.filter(chosen.contains).map { "--\($0.flagName)" }
        throw ValidationError(
          "\(names.joined(separator: " and ")) each choose who to list; give one of them")
      }
    }

    func run() throws {
      let workspace = try global.workspace()
      let contacts = workspace.load().settledContacts
      let list = ContactList(
        contacts: contacts, today: workspace.today, tags: filter.tags,
        filter: filters.first?.selection,
        order: sort ?? (filters.first == .waiting ? .waiting : .name),
        grace: workspace.settings.grace, practice: workspace.settings.practice)
      if list.rows.isEmpty { workspace.warnOfTagsNobodyHas(filter.tags, among: contacts) }
      if json {
        Terminal.write(ContactTable.json(list))
      } else {
        Terminal.write(
          ContactTable.text(
            list, width: Terminal.width, style: global.style, dates: workspace.dates))
      }
    }
  }
}

extension ContactList.Order: ExpressibleByArgument {}
