import FuTestSupport
import Testing

@testable import FuKit

/// `WHO` (cli.md): stem or path, name, alias, then a unique prefix of any of them or of a word
/// in them; case- and accent-insensitive.
@Suite struct ContactMatcherTests {
  private static func contact(_ path: String, _ name: String, aliases: [String] = []) -> Contact {
    var contact = Contact(path: path, name: name)
    contact.aliases = aliases
    return contact
  }

  static let contacts = [
    contact("people/ada-lovelace.md", "Ada Lovelace", aliases: ["Countess of Lovelace"]),
    contact("work/edsger-dijkstra.md", "Edsger Dijkstra"),
    contact("family/alan-turing.md", "Alan Turing", aliases: ["Cousin Alan"]),
    contact("work/alan-kay.md", "Alan Kay"),
    contact("philosophy/kierkegaard.md", "Søren Kierkegaard"),
    contact("work/john-mccarthy.md", "John McCarthy"),
    contact("work/katherine-johnson.md", "Katherine Johnson"),
    contact("work/grace-hopper.md", "Grace Hopper", aliases: ["Amazing Grace"]),
  ]

  private func match(_ who: String, in contacts: [Contact] = contacts) throws(FuError) -> String {
    try ContactMatcher(contacts: contacts).match(who).path
  }

  @Test func aWholePathNamesTheFileAtItsPlaceNotItsNamesakesBelow() throws {
    let twins = [Self.contact("a.md", "Ann"), Self.contact("x/a.md", "Abe")]
    for who in ["a.md", "./a.md", "a", "A.MD"] {
      #expect(try match(who, in: twins) == "a.md", "\(who)")
    }
    #expect(try match("x/a.md", in: twins) == "x/a.md")
    #expect(ContactMatcher.isPath("./a.md", of: "a.md"))
    #expect(throws: FuError.self) {
      try match("a", in: [Self.contact("y/a.md", "Y")] + twins.dropFirst())
    }
  }

  @Test(arguments: [
    ("ada-lovelace", "people/ada-lovelace.md"),
    ("people/ada-lovelace.md", "people/ada-lovelace.md"),
    ("people/ada-lovelace", "people/ada-lovelace.md"),
    ("kierkegaard", "philosophy/kierkegaard.md"),
    ("grace-hopper.md", "work/grace-hopper.md"),
    ("Edsger  Dijkstra", "work/edsger-dijkstra.md"),
    ("alan_turing", "family/alan-turing.md"),
  ])
  func theFileStemOrPath(_ who: String, _ path: String) throws {
    #expect(try match(who) == path)
  }

  @Test(arguments: [
    ("Ada Lovelace", "people/ada-lovelace.md"),
    ("alan turing", "family/alan-turing.md"),
    ("ALAN KAY", "work/alan-kay.md"),
    ("  Edsger Dijkstra ", "work/edsger-dijkstra.md"),
  ])
  func theName(_ who: String, _ path: String) throws {
    #expect(try match(who) == path)
  }

  @Test(arguments: [
    ("Countess of Lovelace", "people/ada-lovelace.md"),
    ("cousin alan", "family/alan-turing.md"),
    ("amazing grace", "work/grace-hopper.md"),
  ])
  func anAlias(_ who: String, _ path: String) throws {
    #expect(try match(who) == path)
  }

  @Test(arguments: [
    ("dijkstra", "work/edsger-dijkstra.md"),
    ("john", "work/john-mccarthy.md"),  // a whole word before the prefix of "Johnson"
    ("hopper", "work/grace-hopper.md"),
    ("turing", "family/alan-turing.md"),
  ])
  func aWholeWord(_ who: String, _ path: String) throws {
    #expect(try match(who) == path)
  }

  @Test(arguments: [
    ("dijk", "work/edsger-dijkstra.md"),
    ("edsger d", "work/edsger-dijkstra.md"),
    ("lovel", "people/ada-lovelace.md"),
    ("kath", "work/katherine-johnson.md"),
    ("johns", "work/katherine-johnson.md"),
    ("work/grace", "work/grace-hopper.md"),
    ("amaz", "work/grace-hopper.md"),
  ])
  func aUniquePrefix(_ who: String, _ path: String) throws {
    #expect(try match(who) == path)
  }

  @Test(arguments: [
    ("soren", "philosophy/kierkegaard.md"),
    ("Søren", "philosophy/kierkegaard.md"),
    ("SOREN KIERKEGAARD", "philosophy/kierkegaard.md"),
    ("ADA", "people/ada-lovelace.md"),
    ("Dijkstra", "work/edsger-dijkstra.md"),
  ])
  func ignoresCaseAndAccents(_ who: String, _ path: String) throws {
    #expect(try match(who) == path)
  }

  @Test func accentsInWhoAreIgnoredToo() throws {
    let contacts = [
      Self.contact("people/jose.md", "Jose Garcia"), Self.contact("people/z-ward.md", "Zoë Ward"),
    ]
    #expect(try match("José García", in: contacts) == "people/jose.md")
    #expect(try match("zoe", in: contacts) == "people/z-ward.md")
  }

  // MARK: - Order of the rules

  @Test func theStemComesBeforeAName() throws {
    let contacts = [Self.contact("people/someone.md", "Kay"), Self.contact("kay.md", "Alan Kay")]
    #expect(try match("kay", in: contacts) == "kay.md")
  }

  @Test func aNameComesBeforeAnAlias() throws {
    let contacts = [
      Self.contact("a.md", "Someone", aliases: ["Grace"]), Self.contact("b.md", "Grace"),
    ]
    #expect(try match("grace", in: contacts) == "b.md")
  }

  @Test func anAliasComesBeforeAWordOrPrefix() throws {
    let contacts = [
      Self.contact("a.md", "Grace Hopper"), Self.contact("b.md", "Someone", aliases: ["Grace"]),
    ]
    #expect(try match("grace", in: contacts) == "b.md")
  }

  @Test func anExactNameComesBeforeAPrefix() throws {
    let contacts = [Self.contact("a.md", "Ada"), Self.contact("b.md", "Adam Smith")]
    #expect(try match("ada", in: contacts) == "a.md")
  }

  // MARK: - Several or none

  @Test func severalMatchesAreAmbiguousWithTheCandidates() {
    #expect(
      throws: FuError.ambiguousContact(
        who: "alan",
        candidates: ["Alan Turing (family/alan-turing.md)", "Alan Kay (work/alan-kay.md)"])
    ) {
      try match("alan")
    }
  }

  @Test func anAmbiguousPrefixIsAmbiguous() {
    #expect {
      try match("a")
    } throws: { error in
      guard case FuError.ambiguousContact(let who, let candidates) = error else { return false }
      return who == "a" && candidates.count > 1
        && candidates.contains("Ada Lovelace (people/ada-lovelace.md)")
    }
  }

  @Test func noMatchNamesWhoAndSuggestsTheClosestNames() {
    #expect(throws: FuError.contactNotFound(who: "dijkstar", suggestions: ["Edsger Dijkstra"])) {
      try match("dijkstar")
    }
  }

  @Test(arguments: [
    ("gra hop", ["Grace Hopper"]), ("hopper grace", ["Grace Hopper"]),
    ("ada count", ["Ada Lovelace"]), ("kath john", ["Katherine Johnson"]),
  ])
  func noMatchSuggestsNamesWhoseWordsItsWordsBegin(_ who: String, _ expected: [String]) {
    #expect(throws: FuError.contactNotFound(who: who, suggestions: expected)) {
      try match(who)
    }
  }

  @Test func noMatchWithNothingClose() {
    #expect(throws: FuError.contactNotFound(who: "xqxqxqxq", suggestions: [])) {
      try match("xqxqxqxq")
    }
  }

  @Test func anEmptyWhoMatchesNothing() {
    #expect {
      try match("   ")
    } throws: { error in
      guard case FuError.contactNotFound = error else { return false }
      return true
    }
  }

  @Test func theErrorsReadWell() {
    let notFound = FuError.contactNotFound(who: "dijkstar", suggestions: ["Edsger Dijkstra"])
      .description
    #expect(notFound.contains("\"dijkstar\""))
    #expect(notFound.contains("Edsger Dijkstra"))
    let ambiguous = FuError.ambiguousContact(
      who: "alan",
      candidates: ["Alan Turing (family/alan-turing.md)", "Alan Kay (work/alan-kay.md)"]
    ).description
    #expect(ambiguous.contains("Alan Turing (family/alan-turing.md)"))
    #expect(ambiguous.contains("Alan Kay (work/alan-kay.md)"))
  }

  @Test(arguments: [
    "ada.md", "people/Ada Lovelace.md", "Ada _.md", "a_/b.md", "dir.x/y.md", "-a-.md",
    "Zoë Ä.markdown", "日本 語.md", "Søren--Kierkegaard .md", "x/.y.md", "a.b.c.md",
  ])
  func aPathsFormsAreFoldedFromThePathOnce(_ path: String) {
    let contact = Contact(path: path, name: "x")
    let folded = NameFolding.fold(path)
    let withoutExtension = folded.utf8.lastIndex(of: UInt8(ascii: ".")).map {
      String(folded[..<$0])
    }
    #expect(
      ContactMatcher.pathForms(of: path) == [
        NameFolding.fold(contact.stem), folded, withoutExtension ?? "",
        String(folded.split(separator: "/").last ?? ""),
      ])
  }

  /// The first-letter check that spares folding every contact never rules out a text that
  /// folds to the key's first letter: over generated texts of letters, digits, separators,
  /// accents and slashes.
  @Test func theFirstLetterCheckNeverRulesOutAMatch() {
    var generator = SplitMix64(seed: 0xF01D)
    let pieces = [
      "a", "B", "z", "Z", "0", "9", "-", "_", " ", "/", "é", "Ø", "ß", "İ", "ﬁ", ".", "日",
    ]
    for _ in 0..<20_000 {
      let text = (0..<(1 + generator.next(below: 6))).map { _ in
        pieces[generator.next(below: pieces.count)]
      }.joined()
      guard let first = NameFolding.fold(text).utf8.first else { continue }
      #expect(ContactMatcher.mayFold(text.utf8.first, toStartWith: first), "\(text)")
    }
  }
}

/// The contacts a message's first word names whole: what `fu log` will not take as text.
@Suite struct ContactsNamedWholeTests {
  private func named(_ word: String) -> [String] {
    ContactMatcher(contacts: ContactMatcherTests.contacts).contacts(namedWholeBy: word).map(\.path)
  }

  @Test func aStemWholeNameAliasOrFirstNameNamesAContact() {
    #expect(named("grace") == ["work/grace-hopper.md"])
    #expect(named("ada-lovelace") == ["people/ada-lovelace.md"])
    #expect(named("Amazing Grace") == ["work/grace-hopper.md"])
    #expect(named("soren") == ["philosophy/kierkegaard.md"])
    #expect(named("alan") == ["family/alan-turing.md", "work/alan-kay.md"])
    #expect(named("john") == ["work/john-mccarthy.md"])
  }

  /// Ordinary words of a sentence: a surname, a word of an alias, a prefix.
  @Test func aSurnameAWordOfAnAliasOrAPrefixNamesNobody() {
    #expect(named("dijkstra").isEmpty)
    #expect(named("of").isEmpty)  // Countess of Lovelace
    #expect(named("amazing").isEmpty)
    #expect(named("gra").isEmpty)
    #expect(named("coffee").isEmpty)
    #expect(named("").isEmpty)
  }
}
