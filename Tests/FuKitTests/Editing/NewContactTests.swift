import Testing

@testable import FuKit

/// The text `fu add` writes: the template with its placeholders filled in and each fact set
/// on its key's line or added at the end of the front matter, everything else untouched.
@Suite struct NewContactTests {
  static let today = CalendarDate(year: 2026, month: 11, day: 21)!
  static let templatePath = ".fu/template.md"

  private func render(_ contact: NewContact, _ template: String) throws(FuError) -> String {
    try contact.render(template: template, templatePath: Self.templatePath, today: Self.today)
  }

  private func read(_ text: String) -> ContactFile {
    ContactFile(path: "ada.md", document: TextDocument(text: text))
  }

  /// The diagnostic of the `badTemplate` error rendering `template` throws.
  private func badTemplate(_ template: String) -> Diagnostic? {
    do {
      let text = try render(NewContact(name: "Ada Lovelace"), template)
      Issue.record("rendered:\n\(text)")
      return nil
    } catch {
      guard case .badTemplate(let diagnostic) = error else {
        Issue.record("not badTemplate: \(error)")
        return nil
      }
      return diagnostic
    }
  }

  // MARK: - The built-in template

  @Test func aNameOnly() throws {
    let text = try NewContact(name: "Ada Lovelace").render(today: Self.today)
    #expect(
      text == """
        ---
        name: Ada Lovelace
        ---

        # Ada Lovelace

        ## Interactions

        """)
  }

  @Test func everyFact() throws {
    var contact = NewContact(name: "Ada Lovelace")
    contact.email = "ada@example.com"
    contact.phone = "+44 20 7946 0958"
    contact.company = "Analytical Engines"
    contact.tags = ["math", "new york"]
    contact.cadence = Cadence(count: 2, unit: .week)
    contact.nextFollowUp = CalendarDate(year: 2026, month: 12, day: 1)
    let text = try contact.render(today: Self.today)
    #expect(
      text == """
        ---
        name: Ada Lovelace
        email: ada@example.com
        phone: "+44 20 7946 0958"
        company: Analytical Engines
        tags: [math, new york]
        cadence: 2w
        next_follow_up: 2026-12-01
        ---

        # Ada Lovelace

        ## Interactions

        """)
    let file = read(text)
    #expect(file.diagnostics.isEmpty)
    #expect(file.contact.name == "Ada Lovelace")
    #expect(file.contact.tags == ["math", "new york"])
    #expect(file.contact.cadence == Cadence(count: 2, unit: .week))
    #expect(file.contact.nextFollowUp == CalendarDate(year: 2026, month: 12, day: 1))
  }

  // MARK: - A vault's template

  static let custom = """
    ---
    name: {{name}}
    Email:
    tags: []
    phones:
      - "+1 555 0100"
      - "+1 555 0101"
    cadence: monthly   # the default
    ---
    # {{name}}

    Created {{today}}

    """

  static let customFilled = """
    ---
    name: Ada Lovelace
    Email: ada@example.com
    tags: [math]
    phones:
      - "+1 555 0100"
      - "+1 555 0101"
    cadence: monthly   # the default
    company: Analytical Engines
    next_follow_up: 2026-12-01
    ---
    # Ada Lovelace

    Created 2026-11-21

    """

  private static var customContact: NewContact {
    var contact = NewContact(name: "Ada Lovelace")
    contact.email = "ada@example.com"
    contact.tags = ["math"]
    contact.company = "Analytical Engines"
    contact.nextFollowUp = CalendarDate(year: 2026, month: 12, day: 1)
    return contact
  }

  @Test func factsReplaceTheirKeysInPlaceAndMissingOnesAreAdded() throws {
    #expect(try render(Self.customContact, Self.custom) == Self.customFilled)
  }

  @Test func aReplacedValueKeepsTheGapBeforeItsComment() throws {
    var contact = NewContact(name: "Ada")
    contact.cadence = Cadence(count: 1, unit: .month)
    contact.tags = ["math"]
    let template = "---\nname: {{name}}\ncadence: 2w # default\ntags:   # none yet\n---\n"
    #expect(
      try render(contact, template)
        == "---\nname: Ada\ncadence: 1m # default\ntags: [math]   # none yet\n---\n")
  }

  @Test func aQuotedPlaceholderInAListIsFilledInsideItsQuotes() throws {
    let template = """
      ---
      name: {{name}}
      aliases: ["{{name}}", '{{name}}', {{name}}]
      nicknames:
        - "The {{name}}"
      ---

      """
    let text = try render(NewContact(name: #"Ada "Countess" O'Lovelace"#), template)
    #expect(
      text == """
        ---
        name: Ada "Countess" O'Lovelace
        aliases: ["Ada \\"Countess\\" O'Lovelace", 'Ada "Countess" O''Lovelace', "Ada \\"Countess\\" O'Lovelace"]
        nicknames:
          - "The Ada \\"Countess\\" O'Lovelace"
        ---

        """)
    #expect(read(text).contact.aliases.count == 3)
  }

  @Test func aReplacedKeyKeepsTheCommentsUnderItAndTheTemplateItsMark() throws {
    var contact = NewContact(name: "Ada")
    contact.tags = ["math"]
    let template = "\u{FEFF}---\nName: \"{{name}}\"   # display\nTags:\n  # the tags\n  - x\n---\n"
    #expect(
      try render(contact, template)
        == "\u{FEFF}---\nName: Ada   # display\nTags: [math]\n  # the tags\n---\n")
  }

  @Test func aHashOrAnApostropheInsideAValueIsText() throws {
    let template = """
      ---
      name: {{name}}
      title: "No #1 {{name}}"  # a comment
      motto: 'it''s #2 {{name}}'
      aliases: [it's {{name}}]
      ---

      """
    let text = try render(NewContact(name: "Lovelace, Ada"), template)
    #expect(
      text == """
        ---
        name: Lovelace, Ada
        title: "No #1 Lovelace, Ada"  # a comment
        motto: 'it''s #2 Lovelace, Ada'
        aliases: ["it's Lovelace, Ada"]
        ---

        """)
    #expect(read(text).contact.aliases == ["it's Lovelace, Ada"])
  }

  @Test func aValueFilledInOtherwiseThanWrittenFailsTheTemplate() throws {
    func check(_ filled: String) throws(FuError) {
      try NewContact.verifyPlaceholders(
        in: "---\nname: x\ntitle: Dr {{name}}\naka: [{{name}}, A]\n", filled: filled,
        values: ["{{name}}": "Lovelace, Ada"], factKeys: ["name"], templatePath: "t.md")
    }
    try check("---\nname: y\ntitle: Dr Lovelace, Ada\naka: [\"Lovelace, Ada\", A]\n---\n")
    #expect(throws: FuError.self) {
      try check("---\nname: y\ntitle: Dr Lovelace, Ada\naka: [Lovelace, Ada, A]\n---\n")
    }
    #expect(throws: FuError.self) {
      try check("---\nname: y\ntitle: Dr Lovelace\naka: [\"Lovelace, Ada\", A]\n---\n")
    }
  }

  @Test func aBlockScalarsTextGetsTheNameAsTyped() throws {
    let template =
      "---\nname: {{name}}\nnotes: |\n  Met {{name}} at PyCon\n\n  # {{name}}\nx: 1\n---\n"
    let text = try render(NewContact(name: "Ada: Jr"), template)
    #expect(
      text
        == "---\nname: \"Ada: Jr\"\nnotes: |\n  Met Ada: Jr at PyCon\n\n  # Ada: Jr\nx: 1\n---\n")
    #expect(read(text).contact.notes == "Met Ada: Jr at PyCon\n\n# Ada: Jr\n")
  }

  @Test func aTemplateWithAByteOrderMarkAndNoFrontMatterKeepsTheMarkFirst() throws {
    #expect(
      try render(NewContact(name: "Ada"), "\u{FEFF}# {{name}}\n")
        == "\u{FEFF}---\nname: Ada\n---\n# Ada\n")
  }

  @Test func aCRLFTemplateKeepsCRLF() throws {
    let crlf = Self.custom.replacingOccurrences(of: "\n", with: "\r\n")
    let text = try render(Self.customContact, crlf)
    #expect(text == Self.customFilled.replacingOccurrences(of: "\n", with: "\r\n"))
    #expect(Array(text.utf8.suffix(2)) == [13, 10], "the last line keeps its CRLF")
  }

  @Test func aTemplateWithoutAFinalNewlineEndsWithout() throws {
    let template = "---\nname: {{name}}\n---\n# {{name}}"
    #expect(try render(NewContact(name: "Ada"), template) == "---\nname: Ada\n---\n# Ada")
  }

  @Test func aReplacedKeysMultiLineValueIsRemoved() throws {
    let template = """
      ---
      name: {{name}}
      tags:
        - lead
        - friend
      company: >
        Old
        Company
      notes: keep me
      email:
        old@example.com
      ---
      Body

      """
    var contact = NewContact(name: "Ada Lovelace")
    contact.tags = ["math"]
    contact.company = "New Co"
    contact.email = "ada@example.com"
    #expect(
      try render(contact, template) == """
        ---
        name: Ada Lovelace
        tags: [math]
        company: New Co
        notes: keep me
        email: ada@example.com
        ---
        Body

        """)
  }

  @Test func aTemplateWithoutFrontMatterGetsOne() throws {
    let template = "# {{name}}\n\nNotes from {{today}}.\n"
    var contact = NewContact(name: "Ada Lovelace")
    contact.company = "Analytical Engines"
    #expect(
      try render(contact, template)
        == "---\nname: Ada Lovelace\ncompany: Analytical Engines\n---\n# Ada Lovelace\n\n"
        + "Notes from 2026-11-21.\n")
  }

  @Test(arguments: [
    "Ada: The Countess", "\"Ada\" Lovelace", "O'Brien", "Ada # not a comment", "- Ada",
    "#1 Fan", "[Ada]", "null", "yes", "Zoë 李", "Lovelace, Ada", "back\\slash", "*Ada*",
  ])
  func aNameReadsBackAsGiven(_ name: String) throws {
    for template in [NewContact.builtInTemplate(), Self.custom] {
      let text = try render(NewContact(name: name), template)
      let file = read(text)
      #expect(file.diagnostics.isEmpty, "\(text)")
      #expect(file.contact.name == name, "\(text)")
      #expect(text.contains("\n# \(name)\n"), "the body shows the name as typed")
    }
  }

  @Test func aNameIsNotTakenForAPlaceholder() throws {
    let text = try render(NewContact(name: "{{today}} Club"), Self.custom)
    #expect(read(text).contact.name == "{{today}} Club")
    #expect(text.contains("\n# {{today}} Club\n"), "\(text)")
  }

  @Test(arguments: [
    ("---\nname: {{name}}\naliases: [{{name}}]\n---\n", "Lovelace, Ada"),
    ("---\nname: {{name}}\naliases: [{{name}}]\n---\n", "Ada [the first]"),
    ("---\nname: {{name}}\naliases:\n  - {{name}}\n---\n", "Ada: Countess"),
  ])
  func aPlaceholderInsideAnotherValueReadsBackAsTheName(_ template: String, _ name: String)
    throws
  {
    let text = try render(NewContact(name: name), template)
    #expect(read(text).contact.aliases == [name], "\(text)")
  }

  // MARK: - Broken templates

  @Test(arguments: ["---\nname: {{name}}\n# {{name}}\n", "---\n"])
  func anUnclosedFrontMatterIsABadTemplate(_ template: String) throws {
    let diagnostic = try #require(badTemplate(template))
    #expect(diagnostic.path == Self.templatePath)
    #expect(diagnostic.line == 1)
  }

  @Test(arguments: [
    ("---\nname: {{name}}\ntags: [a, b\n---\n# {{name}}\n", 3),
    ("---\nname: {{name}}\nnotes: \"open\n---\n", 3),
    ("---\nname: {{name}}\ncadence: 2w\nname: again\n---\n", 4),
    ("---\n- a\n- b\n---\n", 2),
  ])
  func invalidYAMLIsABadTemplateNamingItsLine(_ template: String, _ line: Int) throws {
    let diagnostic = try #require(badTemplate(template))
    #expect(diagnostic.path == Self.templatePath)
    #expect(diagnostic.line == line)
    #expect(FuError.badTemplate(diagnostic).description.contains("template"))
  }
}
