import ArgumentParser
import FuKit

extension Fu {
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Create contact files from a vCard file or a Google Contacts CSV.",
      discussion: """
        FILE is a vCard export (.vcf: Apple Contacts, Google Contacts, Monica, vCard 2.1, \
        3.0 and 4.0) or Google Contacts' "Google CSV". Each person becomes a file named after \
        them, made from the vault's template like `fu add`: name, nicknames (aliases), \
        emails, phones, company, title, birthday, anniversary, addresses, websites and tags \
        (categories, labels) go in the front matter, one value as text and several as a \
        list; notes go in the body, under the heading.

        A person the vault already has (the same name or alias, or a shared email) is \
        reported and left alone; with --merge, fu adds to that file only the keys it lacks, \
        and never changes a value or the body.

        Examples:
          fu import contacts.vcf --dry-run      # what would be created
          fu import contacts.vcf --folder people
          fu import google.csv --merge
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(
      help: ArgumentHelp("The address book to import (.vcf, or a Google CSV).", valueName: "file"),
      completion: .file(extensions: ["vcf", "vcard", "csv"]))
    var file: String

    @Option(
      help: ArgumentHelp("A folder inside the vault to put new files in.", valueName: "dir"),
      completion: .directory)
    var folder: String?

    @Flag(help: "Add to contacts already in the vault the keys they lack.")
    var merge = false

    @Flag(help: "Print what would be done and write nothing.")
    var dryRun = false

    func run() throws {
      let workspace = try global.workspace()
      let vault = workspace.vault
      let (people, problems) = try AddressBook.read(file)
      for problem in problems { Terminal.printWarning(TextLayout.printable(problem.description)) }
      let folder = try folder.map(ContactFileName.folder) ?? ""
      let files = vault.readAll(readLog: false).files
      var plan = ContactImport(files: files)
      let repository = workspace.git.map { $0.state(of: ".") == .notARepository }
      var writes: [(path: String, before: VaultGit.State?)] = []
      var counts = (created: 0, merged: 0, left: 0)
      if !dryRun && !folder.isEmpty { try vault.createFolder(folder) }

      for person in people {
        let decision = try plan.decide(person, folder: folder) { vault.hasEntry(at: $0) }
        switch decision {
        case .create(let path, let contact):
          if vault.exclude.contains(where: { $0.matches(path, isFolder: false) }) {
            throw FuError.invalidFolder(
              path: folder, reason: "the config's `exclude` hides \(path), so fu would never see it"
            )
          }
          let text = try workspace.render(contact)
          counts.created += 1
          report(dryRun ? "would create" : "created", vault.displayPath(of: path), person.name)
          if dryRun { continue }
          do {
            try AtomicFile.create(Array(text.utf8), at: vault.absolutePath(of: path))
          } catch {
            guard case .fileExists = error else { throw error }
            throw FuError.fileExists(path: vault.displayPath(of: path))
          }
          writes.append((path, repository.map { $0 ? .notARepository : .clean }))

        case .existing(let path, let reason, let missing):
          let shown = vault.displayPath(of: path)
          let keys = missing.map(\.key).joined(separator: ", ")
          guard merge, !missing.isEmpty else {
            counts.left += 1
            let detail =
              missing.isEmpty
              ? "\(reason); nothing to add"
              : "\(reason); it lacks \(keys) (--merge adds them)"
            report("exists", shown, "\(person.name): \(detail)")
            continue
          }
          if dryRun {
            counts.merged += 1
            report("would merge", shown, "\(person.name): adds \(keys)")
            continue
          }
          let before = workspace.git?.state(of: path)
          do {
            _ = try FileUpdate.apply(to: path, in: vault) { file in
              try MergeWriter.plan(file, adding: missing, today: workspace.today)
            }
          } catch let error as FuError {
            // One file fu must not write stops neither the others nor the report.
            Terminal.printWarning("\(error.located(in: vault).description); not merged")
            counts.left += 1
            continue
          }
          counts.merged += 1
          report("merged", shown, "\(person.name): adds \(keys)")
          writes.append((path, before))
        }
      }
      workspace.commit(
        writes, message: "fu import: \(writes.count) contacts from \(lastComponent(file))")
      let would = dryRun ? "would be " : ""
      Terminal.note(
        TextLayout.printable(
          "\(people.count == 1 ? "1 person" : "\(people.count) people") in \(file): \(counts.created) \(would)created, \(counts.merged) \(would)merged, \(counts.left) already in the vault"
        ) + "\n")
    }

    /// One line of the report: what happened, to which file, and to whom.
    private func report(_ action: String, _ path: String, _ detail: String) {
      let padded = action.padding(toLength: max(action.count, 12), withPad: " ", startingAt: 0)
      Terminal.write(TextLayout.printable("\(padded) \(path)  \(detail)") + "\n")
    }

    private func lastComponent(_ path: String) -> String {
      String(path.split(separator: "/").last ?? Substring(path))
    }
  }
}
