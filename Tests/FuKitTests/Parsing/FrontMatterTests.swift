import Testing

@testable import FuKit

/// Finding and reading the YAML block at the top of a contact file.
@Suite struct FrontMatterTests {
  private func block(_ text: String) -> FrontMatterBlock {
    FrontMatterBlock(document: TextDocument(text: text))
  }

  private func fields(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    -> FrontMatter
  {
    guard case .valid(let frontMatter) = block(text) else {
      return try #require(
        nil as FrontMatter?, "not valid: \(block(text))", sourceLocation: sourceLocation)
    }
    return frontMatter
  }

  private func value(_ key: String, in yaml: String) throws -> FrontMatter.Value? {
    try fields("---\n\(yaml)\n---\n").field(key)?.value
  }

  // MARK: - Where the block is

  @Test(arguments: [
    "",
    "# Ada\n",
    "name: Ada\n",
    "\n---\nname: Ada\n---\n",  // not on the very first line
    "----\nname: Ada\n----\n",
    " ---\nname: Ada\n---\n",
  ])
  func noFrontMatter(_ text: String) {
    #expect(block(text) == .none)
    #expect(block(text).bodyStart == 0)
  }

  @Test(arguments: ["---\nname: Ada\n", "---\n", "---\nname: Ada\n# Body\n..x\n"])
  func anOpeningWithoutAClosingIsUnclosed(_ text: String) {
    #expect(block(text) == .unclosed)
    #expect(block(text).bodyStart == 0)
  }

  @Test func closesWithThreeDashes() throws {
    let frontMatter = try fields("---\nname: Ada\n---\n# Ada\n")
    #expect(frontMatter.closingLine == 2)
    #expect(block("---\nname: Ada\n---\n# Ada\n").bodyStart == 3)
  }

  @Test func closesWithThreeDots() throws {
    let frontMatter = try fields("---\nname: Ada\n...\n# Ada\n")
    #expect(frontMatter.closingLine == 2)
    #expect(frontMatter.field("name")?.value == .text("Ada"))
  }

  @Test func threeDotsDoNotOpenABlock() {
    #expect(block("...\nname: Ada\n...\n") == .none)
  }

  @Test func aClosingFenceMayCarryTrailingSpaces() throws {
    #expect(try fields("---\nname: Ada\n---  \nbody\n").closingLine == 2)
  }

  @Test func anEmptyBlockHasNoFields() throws {
    let frontMatter = try fields("---\n---\n# Ada\n")
    #expect(frontMatter.closingLine == 1)
    #expect(frontMatter.fields.isEmpty)
  }

  @Test func readsABlockAfterAByteOrderMarkWithCRLF() throws {
    let text = "\u{FEFF}---\r\nname: Ada Lovelace\r\nnext_follow_up: 2026-12-01\r\n---\r\n# Ada\r\n"
    let frontMatter = try fields(text)
    #expect(frontMatter.closingLine == 3)
    #expect(
      frontMatter.field("name")
        == FrontMatter.Field(
          key: "name", normalizedKey: "name", line: 1, value: .text("Ada Lovelace")))
    #expect(frontMatter.field("next_follow_up")?.value == .text("2026-12-01"))
    #expect(frontMatter.field("next_follow_up")?.line == 2)
  }

  @Test func readsABlockWithoutAFinalNewline() throws {
    let frontMatter = try fields("---\nname: Ada\n---")
    #expect(frontMatter.closingLine == 2)
    #expect(frontMatter.field("name")?.value == .text("Ada"))
  }

  // MARK: - Invalid blocks

  @Test func invalidYAMLNamesTheLineInTheFile() {
    // File lines: 1 `---`, 2 name, 3 the unterminated quote, 4 tags, 5 `---`.
    let text = "---\nname: Ada\nnotes: \"never closed\ntags: [a]\n---\n# Ada\n"
    guard case .invalid(let closing, let line, let message) = block(text) else {
      Issue.record("expected invalid, got \(block(text))")
      return
    }
    #expect(closing == 4)
    #expect(line == 3)
    #expect(message.contains("YAML"))
    #expect(block(text).bodyStart == 5)
  }

  @Test func invalidYAMLLaterInTheBlock() {
    // File lines: 1 `---`, 2 name, 3 cadence, 4 the flow list never closed, 5 notes, 6 `---`.
    let text = "---\nname: Ada\ncadence: 2w\ntags: [a, b\nnotes: x\n---\n"
    guard case .invalid(let closing, let line, _) = block(text) else {
      Issue.record("expected invalid, got \(block(text))")
      return
    }
    #expect(closing == 5)
    #expect(line == 4)
  }

  @Test func aMisindentedLineInABlockIsTheLineNamed() {
    // File lines: 1 `---`, 2 name, 3 tags, 4 `  - a`, 5 ` - b` (one space short), 6 `---`.
    let text = "---\nname: Ada\ntags:\n  - a\n - b\n---\n"
    guard case .invalid(_, let line, let message) = block(text) else {
      Issue.record("expected invalid, got \(block(text))")
      return
    }
    #expect(line == 5, "not line 2, where the mapping starts")
    #expect(
      message
        == "front matter is not valid YAML: did not find expected key"
        + " (while parsing a block mapping from line 2)")
  }

  @Test func invalidYAMLAfterAByteOrderMarkWithCRLF() {
    let text = "\u{FEFF}---\r\nname: Ada\r\nnotes: 'open\r\n---\r\n"
    guard case .invalid(_, let line, _) = block(text) else {
      Issue.record("expected invalid, got \(block(text))")
      return
    }
    #expect(line == 3)
  }

  @Test(arguments: [
    "---\nname: Ada\ncadence: 2w\nname: Countess\n---\n",
    "---\rname: Ada\rcadence: 2w\rname: Countess\r---\r",  // old Mac line ends
    "---\nname: Ada\ncadence: 2w\n\"name\": Countess\n---\n",
    "---\nname: Ada\ncadence: 2w\n'name': Countess\n---\n",
  ])
  func aDuplicateKeyIsInvalidAndNamesTheKey(_ text: String) {
    // File lines: 1 `---`, 2 name, 3 cadence, 4 name again, 5 `---`.
    guard case .invalid(_, let line, let message) = block(text) else {
      Issue.record("expected invalid, got \(block(text))")
      return
    }
    #expect(message.contains("`name`"))
    #expect(line == 4, "the line of the repeated key")
  }

  @Test(arguments: [
    ("---\n- Ada\n- Grace\n---\n", 2),
    ("---\njust a sentence\n---\n", 2),
    ("---\n\n\"quoted\"\n---\n", 3),
  ])
  func aBlockThatIsNotAMappingIsInvalid(_ text: String, _ line: Int) {
    guard case .invalid(let closing, let found, let message) = block(text) else {
      Issue.record("expected invalid, got \(block(text))")
      return
    }
    #expect(closing == text.split(separator: "\n", omittingEmptySubsequences: false).count - 2)
    #expect(found == line)
    #expect(message.contains("key: value"))
  }

  // MARK: - Fields

  @Test func keysKeepTheirSpellingOrderAndDocumentLine() throws {
    let frontMatter = try fields(
      "---\nName: Ada\n# a comment\nNext Follow-Up: 2026-12-01\n\nlast-contact: 2026-11-02\nemail: ada@example.org\n---\n"
    )
    #expect(frontMatter.fields.map(\.key) == ["Name", "Next Follow-Up", "last-contact", "email"])
    #expect(
      frontMatter.fields.map(\.normalizedKey) == [
        "name", "next_follow_up", "last_contact", "email",
      ])
    #expect(frontMatter.fields.map(\.line) == [1, 3, 5, 6])
    #expect(frontMatter.field("next_follow_up")?.key == "Next Follow-Up")
    #expect(frontMatter.field("next-follow-up") == nil, "field(_:) takes a normalised key")
  }

  @Test func aMultiLineValueKeepsItsKeyLine() throws {
    let frontMatter = try fields("---\naliases:\n  - Ada\n  - Countess\nname: Ada\n---\n")
    #expect(frontMatter.field("aliases")?.line == 1)
    #expect(frontMatter.field("name")?.line == 4)
  }

  @Test(arguments: ["key:", "key: ~", "key: null", "key:   ", "key: ~  # unset"])
  func emptyValues(_ yaml: String) throws {
    #expect(try value("key", in: yaml) == .empty)
  }

  @Test(arguments: [
    ("key: Ada Lovelace", "Ada Lovelace"),
    ("key: 2026-12-01", "2026-12-01"),
    ("key: 2026-11-21 14:30", "2026-11-21 14:30"),
    ("key: 42", "42"),
    ("key: yes", "yes"),
    ("key: 1.50", "1.50"),
    ("key: \"2026-12-01\"", "2026-12-01"),
    ("key: '#client, #paris'", "#client, #paris"),
    ("key: \"~\"", "~"),
    ("key: ''", ""),
    ("key: ada@example.org  # work address", "ada@example.org"),
  ])
  func textValuesAreTheTextAsWritten(_ yaml: String, _ text: String) throws {
    #expect(try value("key", in: yaml) == .text(text))
  }

  @Test(arguments: [
    ("key: [work, \"#friend\"]", ["work", "#friend"]),
    ("key: []", []),
    ("key:\n  - Ada\n  - 'The Countess'", ["Ada", "The Countess"]),
    ("key:\n- 2026-12-01\n- 42", ["2026-12-01", "42"]),
  ])
  func listValues(_ yaml: String, _ items: [String]) throws {
    #expect(try value("key", in: yaml) == .list(items))
  }

  @Test(arguments: [
    "key:\n  email: ada@example.org\n  phone: 123",
    "key: {email: ada@example.org}",
    "key:\n  - name: Ada\n  - name: Grace",
    "key: [[a, b], c]",
  ])
  func nestedValuesAreStructured(_ yaml: String) throws {
    #expect(try value("key", in: yaml) == .structured)
  }

  // libyaml also breaks lines at U+0085, U+2028 and U+2029; fu's lines do not. Found by
  // the fuzz test: the key after such a value was placed past the end of the file.
  @Test(arguments: ["\u{2028}", "\u{2029}", "\u{85}", "\u{2028}\u{2028}"])
  func keyLinesCountOnlyTheFilesOwnLineBreaks(_ separator: String) throws {
    let frontMatter = try fields(
      "---\na: \"x\(separator)y\"\nlast_contact: 2026-01-01\nb: [1,\n  2]\n---\n")
    #expect(frontMatter.fields.map(\.line) == [1, 2, 3])
    guard case .invalid(_, let line, _) = block("---\na: \"\(separator)\"\nb: [\n---\n") else {
      Issue.record("a YAML error is invalid")
      return
    }
    #expect(line == 3 || line == 4, "the error is reported on the file's own lines")
  }

  // MARK: - Key normalisation

  @Test(arguments: [
    ("Next Follow-Up", "next_follow_up"),
    ("next-follow-up", "next_follow_up"),
    ("next_follow_up", "next_follow_up"),
    ("NEXT FOLLOW UP", "next_follow_up"),
    ("Last-Contact", "last_contact"),
    ("name", "name"),
  ])
  func normalize(_ key: String, _ normalized: String) {
    #expect(FrontMatter.normalize(key: key) == normalized)
  }
}
