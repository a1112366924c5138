import Testing

@testable import FuKit

/// What `fu import` decides per person, the file it renders for a new one, and what
/// `--merge` writes into an existing one.
@Suite struct ContactImportTests {
  static let today = CalendarDate(year: 2026, month: 11, day: 21)!

  private func file(_ path: String, _ text: String) -> ContactFile {
    ContactFile(path: path, document: TextDocument(text: text))
  }

  private var vault: [ContactFile] {
    [
      file("ada-lovelace.md", "---\nname: Ada Lovelace\nemail: ada@example.com\n---\n# Ada\n"),
      file("grace.md", "---\nname: Grace Hopper\naliases: [Amazing Grace]\nphone:\n---\n"),
    ]
  }

  private func person(_ name: String, emails: [String] = [], phones: [String] = [])
    -> ImportedContact
  {
    var person = ImportedContact(name: name, line: 1)
    person.emails = emails
    person.phones = phones
    return person
  }

  /// What `plan` decides for `person`, new files rendered from the built-in template.
  private func decide(
    _ plan: inout ContactImport, _ person: ImportedContact, folder: String = "",
    exists: (String) -> Bool = { _ in false }
  ) throws -> ContactImport.Decision {
    try plan.decide(person, folder: folder, exists: exists) { contact throws(FuError) in
      try contact.render(today: Self.today)
    }
  }

  @Test func aSharedEmailUnderAnotherNameIsSomeoneElse() throws {
    var plan = ContactImport(files: vault)
    // A family's address: John is not Ada, and gets a file of his own.
    let decision = try decide(
      &plan, person("John Doe", emails: ["ADA@example.com "], phones: ["+44 1"]))
    guard case .create(let path, _) = decision else {
      Issue.record("expected a new file, got \(decision)")
      return
    }
    #expect(path == "john-doe.md")
  }

  @Test func aSharedEmailUnderANameThatFitsIsTheSamePerson() throws {
    var plan = ContactImport(files: vault)
    #expect(
      try decide(&plan, person("A. Lovelace", emails: ["ada@example.com"], phones: ["+44 1"]))
        == .existing(
          path: "ada-lovelace.md", reason: "same email", missing: [.text("phone", "+44 1")]))
  }

  @Test(arguments: [
    ("margaret h hamilton", "margaret hamilton", true), ("a lovelace", "ada lovelace", true),
    ("lovelace", "ada lovelace", true), ("jane doe", "john doe", false),
    ("augusta ada king", "ada lovelace", false), ("", "ada", false),
  ])
  func namesThatFit(_ first: String, _ second: String, _ fit: Bool) {
    #expect(ContactImport.namesFit(first, second) == fit)
    #expect(ContactImport.namesFit(second, first) == fit)
  }

  @Test func aCardNamedByNothingButItsEmailIsWhoeverHasIt() throws {
    var plan = ContactImport(files: vault)
    let decision = try decide(
      &plan, person("ada@example.com", emails: ["ADA@example.com "], phones: ["+44 1"]))
    #expect(
      decision
        == .existing(
          path: "ada-lovelace.md", reason: "same email", missing: [.text("phone", "+44 1")]))
  }

  @Test func aNicknameThatIsAKnownNameIsTheSamePerson() throws {
    var plan = ContactImport(files: vault)
    var hopper = person("Grace Brewster Murray", phones: ["+1 2"])
    hopper.aliases = ["Grace Hopper"]
    #expect(
      try decide(&plan, hopper)
        == .existing(
          path: "grace.md", reason: "same alias",
          missing: [.text("phone", "+1 2")]))
  }

  @Test func aNameOrAliasIsTheSamePerson() throws {
    var plan = ContactImport(files: vault)
    // `phone:` with no value counts as lacking.
    let decision = try decide(&plan, person("amazing grace", phones: ["+1 2"]))
    #expect(
      decision
        == .existing(path: "grace.md", reason: "same alias", missing: [.text("phone", "+1 2")]))
    let byName = try decide(&plan, person("GRACE HOPPER"))
    guard case .existing(let path, let reason, _) = byName else {
      Issue.record("expected Grace Hopper's file, got \(byName)")
      return
    }
    #expect((path, reason) == ("grace.md", "same name"))
  }

  @Test func aNewPersonGetsAFreeFileName() throws {
    var plan = ContactImport(files: vault)
    // ada-lovelace.md is someone else's file name here: an Ada Lovelace by another email
    // would match by name, so use a name that only slugs the same.
    let first = try decide(
      &plan, person("Ada-Lovelace!"), folder: "people",
      exists: { $0 == "people/ada-lovelace.md" })
    guard case .create(let path, let text) = first else {
      Issue.record("expected a new file, got \(first)")
      return
    }
    #expect(path == "people/ada-lovelace-2.md")
    #expect(text.contains("name: Ada-Lovelace!\n"))
    // The same person twice in one export: the second is the file the first made.
    let second = try decide(&plan, person("Ada-Lovelace!"), folder: "people")
    #expect(
      second
        == .existing(
          path: "people/ada-lovelace-2.md",
          reason: "same name as the person on line 1 of this file", missing: []))
  }

  @Test func aNameWithNoEmailInCommonSaysSo() throws {
    var plan = ContactImport(files: vault)
    #expect(
      try decide(&plan, person("Ada Lovelace", emails: ["other@example.org"]))
        == .existing(
          path: "ada-lovelace.md", reason: "same name, no email in common",
          missing: []))
    #expect(
      try decide(&plan, person("Grace Hopper", emails: ["grace@example.org"]))
        == .existing(
          path: "grace.md", reason: "same name", missing: [.text("email", "grace@example.org")]))
  }

  @Test func filesCreatedGetTheTagsAndCadenceAndLaterCardsSeeThem() throws {
    var plan = ContactImport(
      files: vault, tags: ["imported"], cadence: Cadence(parsing: "3m"), exclude: [])
    let created = try decide(&plan, person("Hedy Lamarr", emails: ["hedy@example.com"]))
    guard case .create(_, let text) = created else {
      Issue.record("expected a new file, got \(created)")
      return
    }
    #expect(text.contains("tags: [imported]\n") && text.contains("cadence: 3m\n"))
    var again = person("Hedy Lamarr", emails: ["hedy@example.com"], phones: ["+1 3"])
    again.tags = ["film"]
    #expect(
      try decide(&plan, again)
        == .existing(
          path: "hedy-lamarr.md", reason: "same name as the person on line 1 of this file",
          missing: [.text("phone", "+1 3")]))
  }

  @Test func aPathTheConfigExcludesIsNotTakenNorKnown() throws {
    var plan = ContactImport(files: vault, exclude: [try #require(PathGlob("archive/"))])
    let decision = try decide(&plan, person("Hedy Lamarr"), folder: "archive")
    #expect(decision == .excluded(path: "archive/hedy-lamarr.md"))
    #expect(try decide(&plan, person("Hedy Lamarr"), folder: "archive") == decision)
  }

  @Test func keysMergedAreNotLackingForTheNextCard() throws {
    var plan = ContactImport(files: vault)
    let first = try decide(&plan, person("Ada Lovelace", phones: ["+44 1"]))
    #expect(
      first
        == .existing(
          path: "ada-lovelace.md", reason: "same name", missing: [.text("phone", "+44 1")]))
    plan.merged([.text("phone", "+44 1")], into: "ada-lovelace.md")
    #expect(
      try decide(&plan, person("Ada Lovelace", phones: ["+44 2"]))
        == .existing(path: "ada-lovelace.md", reason: "same name", missing: []))
    // An email merged finds its person when a card has nothing else to name them.
    plan.merged([.text("email", "Grace@Navy.example")], into: "grace.md")
    #expect(
      try decide(&plan, person("grace@navy.example", emails: ["grace@navy.example"]))
        == .existing(path: "grace.md", reason: "same email", missing: []))
  }

  @Test func aNewFileHasEveryKeyAndTheNotesUnderTheHeading() throws {
    var person = person("Margaret Hamilton", emails: ["m@example.com", "mh@example.org"])
    person.aliases = ["Maggie"]
    person.phones = ["+1 555 0101"]
    person.birthday = .monthDay(month: 8, day: 17)
    person.anniversary = .date(CalendarDate(year: 1958, month: 6, day: 15)!)
    person.tags = ["work", "apollo"]
    person.notes = "Apollo guidance.\n## Interactions\n- 2020-01-01: not a log entry\n#hashtag\n"
    let text = try person.newContact.render(today: Self.today)
    #expect(
      text == """
        ---
        name: Margaret Hamilton
        aliases: [Maggie]
        email: ["m@example.com", "mh@example.org"]
        phone: "+1 555 0101"
        birthday: "--08-17"
        anniversary: 1958-06-15
        tags: [work, apollo]
        ---

        # Margaret Hamilton

        Apollo guidance.
        \\## Interactions
        - 2020-01-01: not a log entry
        #hashtag

        ## Interactions

        """)
    // The notes' heading is escaped: the file's log is the template's, and empty.
    let reread = ContactFile(path: "m.md", document: TextDocument(text: text))
    #expect(reread.contact.log.isEmpty)
    #expect(reread.diagnostics.isEmpty)
    #expect(reread.contact.occasions.map(\.key) == ["birthday", "anniversary"])
  }

  @Test(arguments: [
    ("# heading", "\\# heading"), ("###### six", "\\###### six"),
    ("####### seven", "####### seven"),
    ("#tag", "#tag"), ("---", "\\---"), ("===", "\\==="), ("- - -", "\\- - -"),
    ("- item", "- item"),
    ("<<<<<<< HEAD", "\\<<<<<<< HEAD"), ("   # indented", "   \\# indented"),
    ("    # code", "    # code"), ("```", "\\```"), ("~~~ swift", "\\~~~ swift"),
    ("<!-- note", "\\<!-- note"), ("<div>", "\\<div>"),
  ])
  func notesLinesThatMarkdownWouldReadAsStructure(_ line: String, _ expected: String) {
    #expect(NewContact.markdownLines(line) == [expected])
  }

  @Test func mergeAddsOnlyTheKeysTheFileLacks() throws {
    let original = """
      ---
      name: Grace Hopper   # the admiral
      phone:
      email: grace@example.mil
      ---
      # Grace

      """
    let edit = try MergePlanner.plan(
      file("grace.md", original),
      adding: [
        .text("email", "other@example.com"), .text("phone", "+1 555 0199"),
        .list("tags", ["navy"]),
      ], today: Self.today)
    #expect(
      edit.result.text == """
        ---
        name: Grace Hopper   # the admiral
        phone: "+1 555 0199"
        email: grace@example.mil
        tags: [navy]
        ---
        # Grace

        """)
  }

  /// Over every fixture file: a merge adds its key lines (in the file's own line ending)
  /// and leaves every other byte as it was, or refuses the file.
  @Test(arguments: markdownFiles(under: ["sample-vault", "Tests/Fixtures/vaults"]))
  func mergeChangesOnlyTheLinesItAdds(_ path: String) throws {
    let bytes = try FileSystem.read(repositoryRoot.appendingPathComponent(path).path)
    guard let document = TextDocument(bytes: bytes) else { return }  // not UTF-8: never read
    let original = ContactFile(path: path, document: document)
    let fields: [NewContact.Field] = [
      .text("imported_from", "contacts.vcf"), .list("website", ["https://example.com"]),
    ]
    let edit: ContactEdit
    do {
      edit = try MergePlanner.plan(original, adding: fields, today: Self.today)
    } catch {
      // Refused: a file fu must not write, or front matter that takes no new key lines.
      switch error {
      case .refusedWrite, .cannotEdit: break
      default: Issue.record("\(path): \(error)")
      }
      return
    }
    var lines = edit.result.lines
    for field in fields {
      let added = lines.indices.filter {
        TextDocument.stripTerminator(lines[$0]) == "\(field.key): \(field.yaml)"
      }
      #expect(added.count <= 1, "\(path): \(field.key) added once at most")
      for index in added.reversed() { lines.remove(at: index) }
    }
    if case .valid = original.frontMatter {
      #expect(lines == original.document.lines, "\(path): only the key lines are new")
    }
    let reread = ContactFile(path: path, document: edit.result)
    #expect(reread.refusalReason == nil)
  }

  @Test func mergeWithNothingLackingChangesNothing() throws {
    let original = "---\nname: Ada\nemail: a@x\n---\n"
    let edit = try MergePlanner.plan(
      file("a.md", original), adding: [.text("email", "b@x")], today: Self.today)
    #expect(edit.edits.isEmpty)
    #expect(edit.result.text == original)
  }

  @Test func mergeRefusesAFileWithConflictMarkers() {
    let text = "---\nname: Ada\n---\n<<<<<<< HEAD\nx\n=======\ny\n>>>>>>> other\n"
    #expect(throws: FuError.self) {
      try MergePlanner.plan(file("a.md", text), adding: [.text("email", "b@x")], today: Self.today)
    }
  }
}
