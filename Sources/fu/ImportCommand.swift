import ArgumentParser
import FuKit

extension Fu {
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Create contact files from a vCard file or a Google or Thunderbird CSV.",
      discussion: """
        FILE is a vCard export (.vcf: Apple Contacts, Google Contacts, Monica, vCard 2.1, \
        3.0 and 4.0) or a CSV in one of the layouts fu knows: Google Contacts' "Google CSV" \
        (current and older) and Thunderbird's address book. A CSV of any other layout \
        (Outlook's among them) is refused with the columns fu expects. Each person becomes \
        a file named after them, made from the vault's template like `fu add`: name, \
        nicknames (aliases), emails, phones, company, title, birthday, anniversary, \
        addresses, websites and tags (categories, labels) go in the front matter, one value \
        as text and several as a list; notes go in the body, under the heading. Cards of \
        one name are one person, with the values of all of them; a card with no name is \
        named after its email or phone number.

        A value fu cannot read (bytes that are not text in its CHARSET) is skipped with a \
        warning naming its line, and the rest of the card is imported; a value that is not \
        UTF-8 and names no CHARSET, or a CSV file that is not UTF-8, is read as \
        windows-1252 when it plainly is, with a warning.

        --tag and --cadence go into every file created, so that the people imported show \
        up in `fu agenda`; --spread gives their first follow-ups days spread over a time, \
        rather than all of them due today. A person the vault already has (the same name or \
        alias, or the same email under a name that fits, as M. Hamilton fits Margaret \
        Hamilton) is reported and left alone; with --merge, fu adds to that file only the \
        keys it lacks, and never changes a value or the body. Different names sharing an \
        email (a family's address) are different people.

        Examples:
          fu import contacts.vcf --dry-run      # what would be created
          fu import contacts.vcf --folder people --tag imported --cadence 3m
          fu import contacts.vcf --cadence 3m --spread 3m  # not all due today
          fu import google.csv --merge
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(
      help: ArgumentHelp(
        "The address book to import (.vcf, or a Google or Thunderbird CSV).", valueName: "file"),
      completion: .file(extensions: ["vcf", "vcard", "csv"]))
    var file: String

    @Option(
      help: ArgumentHelp("A folder inside the vault to put new files in.", valueName: "dir"),
      completion: .directory)
    var folder: String?

    @Option(
      name: .customLong("tag"),
      help: "A tag for every file created; repeat it, or list tags with commas, for several.",
      transform: TagArgument.parse)
    var tags: [TagArgument] = []

    @Option(
      help: "How often to stay in touch with everyone created: 10d, 2w, 3m, 1y, monthly...")
    var cadence: String?

    @Option(
      help: ArgumentHelp(
        "Spread the first follow-ups of everyone created evenly over this time (2w, 3m...), as their next_follow_up.",
        valueName: "time"))
    var spread: String?

    @Flag(help: "Add to contacts already in the vault the keys they lack.")
    var merge = false

    @Flag(help: "Print what would be done and write nothing.")
    var dryRun = false

    @Flag(help: "Print a JSON array, one object a person, instead of the report.")
    var json = false

    func run() throws {
      let workspace = try global.workspace()
      var run = try AddressBookImport(reading: file, in: workspace)
      run.folder = try folder.map(ContactFileName.folder) ?? ""
      (run.cadence, run.spread) = (try cadence.map(Self.cadence), try spread.map(Self.cadence))
      (run.tags, run.merge, run.dryRun) = (tags.tags, merge, dryRun)
      var outcomes: [ImportOutcome] = []
      var started = false
      do {
        try run.run(in: workspace) { event in
          guard case .outcome(let outcome) = event else { return started = true }
          outcomes.append(outcome)
          guard !json else { return }
          let line = ImportReport.line(
            outcome, file: file, shownPath: workspace.vault.displayPath(of:))
          Terminal.write(line + "\n")
        }
      } catch {
        // What was written before the error is, for a script, reported.
        if json && started { Terminal.write(JSONValue.array(outcomes.map(ImportReport.json))) }
        throw error
      }
      if json { return Terminal.write(JSONValue.array(outcomes.map(ImportReport.json))) }
      let people = run.people.count
      Terminal.note(
        ImportReport.summary(outcomes, people: people, file: file, dryRun: dryRun) + "\n")
      if let hint = ImportReport.spreadHint(outcomes, cadence: run.cadence, spread: run.spread) {
        Terminal.note(hint + "\n")
      }
    }

    private static func cadence(_ text: String) throws(FuError) -> Cadence {
      guard let cadence = Cadence(parsing: text) else { throw .invalidCadence(text) }
      return cadence
    }
  }
}
