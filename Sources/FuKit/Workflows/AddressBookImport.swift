/// What happened to one person of an address book.
public struct ImportOutcome: Sendable {
  /// What fu did, as `--json` names it.
  public enum Action: String, Sendable {
    case created, exists, merged, skipped
    case wouldCreate = "would_create"
    case wouldMerge = "would_merge"
    case notMerged = "not_merged"
  }
  public var action: Action
  /// The vault-relative path of the file it is about; `nil` when there is none.
  public var path: String?
  public var person: ImportedContact
  /// Why fu took the person for a contact the vault has (`same name`, `same alias`,
  /// `same email`), or why nothing was written.
  public var reason: String?
  /// The keys added, or that `--merge` would add.
  public var keys: [String] = []
}

/// `fu import`: each person of an address book becomes a contact file, unless the vault has
/// them already; then, with `merge`, their file gains the keys it lacks. Every write goes
/// through the workspace's one write path, and what was written is committed in one commit
/// when the config asks for it, even when an error stops the import.
public struct AddressBookImport: Sendable {
  /// The address book's path, as given.
  public let file: String
  /// Its people, in its order.
  public let people: [ImportedContact]
  /// A vault-relative folder for the new files ("" for the vault's top), as
  /// `ContactFileName.folder` makes it.
  public var folder = ""
  /// Tags and a cadence for every file created.
  public var tags: [String] = []
  public var cadence: Cadence?
  /// A time over which the first follow-ups of the people created are spread evenly, as
  /// their `next_follow_up` (`--spread 3m`); `nil` sets none.
  public var spread: Cadence?
  /// Whether to add to contacts already in the vault the keys they lack.
  public var merge = false
  /// Whether to write nothing, and say what would be done.
  public var dryRun = false

  /// The import of the address book at `file`, read, with its problems told through
  /// `workspace` (a value fu could not read, a person with no name).
  public init(reading file: String, in workspace: Workspace) throws {
    self.file = file
    let problems: [Diagnostic]
    (people, problems) = try AddressBook.read(file)
    // On one line each, a line break in what they quote written as an escape.
    for problem in problems { workspace.warn(TextLayout.escaped(problem.description)) }
    if people.isEmpty && problems.isEmpty {
      workspace.warn(TextLayout.escaped("\(file): no contacts in it"))
    }
  }

  /// What `run` tells as it goes.
  public enum Event: Sendable {
    /// The vault is read and the folder checked: from here on, people are decided one by
    /// one, and an error stops an import that may have written some.
    case started
    /// What became of one person.
    case outcome(ImportOutcome)
  }

  /// Imports the people into `workspace`, telling `report` when it starts on them and
  /// each one's outcome as it is known.
  public func run(in workspace: Workspace, report: (Event) -> Void) throws {
    let vault = workspace.vault
    // A file fu cannot read, or whose front matter it cannot, hides who it is about: said,
    // as every listing says it, since that person may be created again.
    let contents = vault.readAll(readLog: false)
    workspace.warn(contents.diagnostics)
    var plan = ContactImport(
      files: contents.files, tags: tags, cadence: cadence, exclude: vault.exclude)
    let isOutsideGit = workspace.isOutsideGit
    var writes: [Workspace.Write] = []
    var planned: Set<String> = []  // the files a dry run would create

    // The folder is made with the first file, but refused before any write.
    if !folder.isEmpty { try vault.checkFolder(folder) }
    var folderMade = folder.isEmpty
    report(.started)
    func commitWrites() {
      workspace.commit(writes, message: CommitMessage.import(writes.count, from: file))
    }
    // The n-th of `creations` people created is first due n/creations of the way through.
    let today = workspace.today
    let creations = spread == nil ? 0 : Self.creations(of: people, plan, folder: folder, vault)
    let spreadDays = spread.map { today.days(to: $0.after(today)) } ?? 0
    var created = 0
    do {
      for person in people {
        let decision: ContactImport.Decision
        let next = creations > 0 ? today.adding(days: created * spreadDays / creations) : nil
        do {
          decision = try plan.decide(
            person, folder: folder, exists: { vault.hasEntry(at: $0) },
            render: { contact throws(FuError) in
              var contact = contact
              if let next { contact.nextFollowUp = next }
              return try workspace.render(contact)
            })
        } catch {
          // A name fu cannot make a file name of (`!!!`) is one person skipped, not the rest.
          guard case .invalidName(_, let reason) = error else { throw error }
          report(.outcome(ImportOutcome(action: .skipped, path: nil, person: person, reason: reason)))
          continue
        }
        switch decision {
        case .excluded(let path):
          report(
            .outcome(ImportOutcome(
              action: .skipped, path: path, person: person,
              reason: "the config's `exclude` hides this path, so fu would never see it")))

        case .create(let path, let text):
          created += 1
          if dryRun {
            planned.insert(path)
            report(.outcome(ImportOutcome(action: .wouldCreate, path: path, person: person)))
            continue
          }
          do {
            // The folder is made with the first file; committed with the others.
            try workspace.create(
              NewContactFile(path: path, folder: folderMade ? "" : folder, text: text),
              commitMessage: nil)
            folderMade = true
          } catch {
            guard case .fileExists = error else { throw error }
            // Made meanwhile by another process (another import of the same file).
            report(
              .outcome(ImportOutcome(
                action: .exists, path: path, person: person,
                reason: "its file appeared while fu worked, made by another process")))
            continue
          }
          let before: VaultGit.State? = isOutsideGit.map { $0 ? .notARepository : .clean }
          writes.append(Workspace.Write(path: path, before: before))
          report(.outcome(ImportOutcome(action: .created, path: path, person: person)))

        case .existing(let path, let reason, let missing):
          let keys = missing.map(\.key)
          guard merge, !missing.isEmpty else {
            report(
              .outcome(ImportOutcome(action: .exists, path: path, person: person, reason: reason, keys: keys))
            )
            continue
          }
          // A file this import created is committed with it already.
          let createdHere = writes.contains { $0.path == path }
          let before = createdHere ? nil : workspace.gitStateBeforeWriting(path)
          do {
            // What the write would refuse, the dry run reports too; a file the run would
            // create is not there to ask.
            if !(dryRun && planned.contains(path)) {
              try FileUpdate.checkWritable(path, in: vault)
              let file = try vault.readFile(path).mapError(FuError.unreadable).get()
              let change = try ContactChange(file, in: workspace, tellingItsProblems: false) {
                file throws(FuError) in try MergePlanner.plan(file, adding: missing, today: today)
              }
              if !dryRun { try change.write(commitMessage: nil) }
            }
            if dryRun {
              plan.merged(missing, into: path)
              report(
                .outcome(ImportOutcome(
                  action: .wouldMerge, path: path, person: person, reason: reason, keys: keys)))
              continue
            }
          } catch let error as FuError {
            // One file fu must not write stops neither the others nor the report.
            workspace.warn("\(error.located(in: vault).description); not merged")
            report(
              .outcome(ImportOutcome(
                action: .notMerged, path: path, person: person, reason: reason, keys: keys)))
            continue
          }
          plan.merged(missing, into: path)
          if !createdHere { writes.append(Workspace.Write(path: path, before: before)) }
          report(
            .outcome(ImportOutcome(action: .merged, path: path, person: person, reason: reason, keys: keys)))
        }
      }
    } catch {
      // What was written before the error is committed.
      commitWrites()
      throw error
    }
    commitWrites()
  }

  /// How many of `people` the import would create, `plan` being as it starts.
  private static func creations(
    of people: [ImportedContact], _ plan: ContactImport, folder: String, _ vault: Vault
  ) -> Int {
    var plan = plan
    return people.count { person in
      let decision = try? plan.decide(
        person, folder: folder, exists: { vault.hasEntry(at: $0) }, render: { _ in "" })
      if case .create? = decision { return true }
      return false
    }
  }

}
