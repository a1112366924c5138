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
        up in `fu agenda`. A person the vault already has (the same name or alias, or the \
        same email under a name that fits, as M. Hamilton fits Margaret Hamilton) is \
        reported and left alone; with --merge, fu adds to that file only the keys it lacks, \
        and never changes a value or the body. Different names sharing an email (a \
        family's address) are different people.

        Examples:
          fu import contacts.vcf --dry-run      # what would be created
          fu import contacts.vcf --folder people --tag imported --cadence 3m
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

    @Flag(help: "Add to contacts already in the vault the keys they lack.")
    var merge = false

    @Flag(help: "Print what would be done and write nothing.")
    var dryRun = false

    @Flag(help: "Print a JSON array, one object a person, instead of the report.")
    var json = false

    /// What happened to one person of the address book.
    private struct Outcome {
      /// What fu did, as `--json` names it.
      enum Action: String {
        case created, exists, merged, skipped
        case wouldCreate = "would_create"
        case wouldMerge = "would_merge"
        case notMerged = "not_merged"
      }
      var action: Action
      /// The vault-relative path of the file it is about; `nil` when there is none.
      var path: String?
      var person: ImportedContact
      /// Why fu took the person for a contact the vault has (`same name`, `same alias`,
      /// `same email`), or why nothing was written.
      var reason: String?
      /// The keys added, or that `--merge` would add.
      var keys: [String] = []

      /// `{action, path, name, line, reason, keys}`: the path relative to the vault, the
      /// line where the person starts in the address book.
      var json: JSONValue {
        .object([
          ("action", .string(action.rawValue)), ("path", .optional(path)),
          ("name", .string(person.name)), ("line", .int(person.line)),
          ("reason", .optional(reason)), ("keys", .array(keys.map(JSONValue.string))),
        ])
      }
    }

    func run() throws {
      let workspace = try global.workspace()
      let vault = workspace.vault
      let (people, problems) = try AddressBook.read(file)
      // On one line each, a line break in what they quote written as an escape.
      for problem in problems { Terminal.printWarning(TextLayout.escaped(problem.description)) }
      if people.isEmpty && problems.isEmpty {
        Terminal.printWarning(TextLayout.escaped("\(file): no contacts in it"))
      }
      let folder = try folder.map(ContactFileName.folder) ?? ""
      let cadence = try self.cadence.map { text in
        guard let cadence = Cadence(parsing: text) else { throw FuError.invalidCadence(text) }
        return cadence
      }
      let tags = self.tags.tags
      // A file fu cannot read, or whose front matter it cannot, hides who it is about:
      // said, as every listing says it, since that person may be created again.
      let contents = vault.readAll(readLog: false)
      Terminal.printWarnings(contents.diagnostics, in: vault)
      var plan = ContactImport(
        files: contents.files, tags: tags, cadence: cadence, exclude: vault.exclude)
      // Who each file holds: as read, or as this import writes it.
      var names = Dictionary(
        contents.files.map { ($0.path, $0.contact.name) }, uniquingKeysWith: { first, _ in first })
      let repository = workspace.git.map { $0.state(of: ".") == .notARepository }
      var writes: [(path: String, before: VaultGit.State?)] = []
      var planned: Set<String> = []  // the files a dry run would create
      var outcomes: [Outcome] = []
      func record(_ outcome: Outcome) {
        outcomes.append(outcome)
        if !json { report(outcome, in: vault) }
      }

      // The folder is made with the first file, but refused before any write.
      if !folder.isEmpty { try vault.checkFolder(folder) }
      var folderMade = folder.isEmpty
      func commitWrites() {
        workspace.commit(
          writes,
          message:
            "fu import: \(writes.count) contact\(writes.count == 1 ? "" : "s") from \(lastComponent(file))"
        )
      }
      do {
        for person in people {
          let decision: ContactImport.Decision
          do {
            decision = try plan.decide(
              person, folder: folder, exists: { vault.hasEntry(at: $0) },
              render: workspace.render)
          } catch {
            // A name fu cannot make a file name of (`!!!`) is one person skipped, not the rest.
            guard case .invalidName(_, let reason) = error else { throw error }
            record(Outcome(action: .skipped, path: nil, person: person, reason: reason))
            continue
          }
          switch decision {
          case .excluded(let path):
            record(
              Outcome(
                action: .skipped, path: path, person: person,
                reason: "the config's `exclude` hides this path, so fu would never see it"))

          case .create(let path, let text):
            if dryRun {
              planned.insert(path)
              record(Outcome(action: .wouldCreate, path: path, person: person))
              continue
            }
            if !folderMade {
              try vault.createFolder(folder)
              folderMade = true
            }
            do {
              try AtomicFile.create(Array(text.utf8), at: vault.absolutePath(of: path))
            } catch {
              guard case .fileExists = error else { throw error }
              // Made meanwhile by another process (another import of the same file).
              record(
                Outcome(
                  action: .exists, path: path, person: person,
                  reason: "its file appeared while fu worked, made by another process"))
              continue
            }
            writes.append((path, repository.map { $0 ? .notARepository : .clean }))
            Terminal.hasWritten = true
            names[path] = person.name
            record(Outcome(action: .created, path: path, person: person))

          case .existing(let path, let reason, let missing):
            let keys = missing.map(\.key)
            guard merge, !missing.isEmpty else {
              record(
                Outcome(action: .exists, path: path, person: person, reason: reason, keys: keys))
              continue
            }
            // A file this import created is committed with it already.
            let createdHere = writes.contains { $0.path == path }
            let before = createdHere ? nil : workspace.git?.state(of: path)
            do {
              if dryRun {
                // What the write would refuse, the dry run reports too; a file the run
                // would create is not there to ask.
                if !planned.contains(path) {
                  try FileUpdate.checkWritable(path, in: vault)
                  let file = try vault.readFile(path).mapError(FuError.unreadable).get()
                  _ = try MergeWriter.plan(file, adding: missing, today: workspace.today)
                }
                plan.merged(missing, into: path)
                record(
                  Outcome(
                    action: .wouldMerge, path: path, person: person, reason: reason, keys: keys)
                )
                continue
              }
              _ = try FileUpdate.apply(to: path, in: vault, of: names[path] ?? "") { file in
                try MergeWriter.plan(file, adding: missing, today: workspace.today)
              }
            } catch let error as FuError {
              // One file fu must not write stops neither the others nor the report.
              Terminal.printWarning("\(error.located(in: vault).description); not merged")
              record(
                Outcome(action: .notMerged, path: path, person: person, reason: reason, keys: keys))
              continue
            }
            plan.merged(missing, into: path)
            Terminal.hasWritten = true
            if !createdHere { writes.append((path, before)) }
            record(Outcome(action: .merged, path: path, person: person, reason: reason, keys: keys))
          }
        }
      } catch {
        // What was written before the error is committed and, for a script, reported.
        commitWrites()
        if json { Terminal.write(JSONValue.array(outcomes.map(\.json))) }
        throw error
      }
      commitWrites()
      if json {
        Terminal.write(JSONValue.array(outcomes.map(\.json)))
        return
      }
      func count(_ actions: Outcome.Action...) -> Int {
        outcomes.filter { actions.contains($0.action) }.count
      }
      let would = dryRun ? "would be " : ""
      var summary =
        "\(people.count == 1 ? "1 person" : "\(people.count) people") in \(file):"
        + " \(count(.created, .wouldCreate)) \(would)created,"
        + " \(count(.merged, .wouldMerge)) \(would)merged, \(count(.exists)) already in the vault"
      if count(.notMerged) > 0 { summary += ", \(count(.notMerged)) not merged" }
      if count(.skipped) > 0 { summary += ", \(count(.skipped)) skipped" }
      Terminal.note(TextLayout.printable(summary) + "\n")
    }

    /// One line of the report: what happened, to which file, and to whom.
    private func report(_ outcome: Outcome, in vault: Vault) {
      let action = outcome.action.rawValue.replacingOccurrences(of: "_", with: " ")
      let keys = outcome.keys.joined(separator: ", ")
      var detail = outcome.person.name
      switch outcome.action {
      case .exists:
        detail +=
          ": \(outcome.reason ?? ""); "
          + (keys.isEmpty ? "nothing to add" : "it lacks \(keys) (--merge adds them)")
      case .merged, .wouldMerge: detail += ": \(outcome.reason ?? ""); adds \(keys)"
      case .notMerged: detail += ": \(outcome.reason ?? ""); fu cannot add to this file (above)"
      case .skipped: detail += ": \(outcome.reason ?? "")"
      case .created, .wouldCreate: break
      }
      let padded = action.padding(toLength: max(action.count, 12), withPad: " ", startingAt: 0)
      Terminal.write(
        TextLayout.printable(
          "\(padded) \(outcome.path.map(vault.displayPath) ?? "\(file):\(outcome.person.line)")  \(detail)"
        ) + "\n")
    }

    private func lastComponent(_ path: String) -> String {
      String(path.split(separator: "/").last ?? Substring(path))
    }
  }
}
