import Testing

@testable import FuKit

/// Values fu writes into front matter read back as exactly the text given, plain or quoted.
@Suite struct YAMLScalarTests {
  static let tricky: [String] = [
    "Ada", "Ada Lovelace", "O'Brien", "\"quoted\"", "say \"hi\"", "a: b", "a:b", "Ada:",
    "x #y", "a#b", "#tag", "- dash", "-", "? q", "yes", "No", "TRUE", "off", "y", "null",
    "Null", "NULL", "~", "123", "-7", "1e3", "0x1F", ".5", "2026-11-21", "12:30",
    "[x]", "{x}", "a [b]", "*star", "&amp", "!tag", "%", "@at", "`tick`", "|", ">",
    "back\\slash", "Ada ", " Ada", "a\tb", "\tAda", "line\nbreak", "two\n\nbreaks",
    "\n", "cr\rhere", "Ada\u{85}", "\u{7F}", "Zoë 李", "עברית", "🙂 smile", "a, b",
    "Ada\u{2028}Lovelace", "Ada\u{2029}Lovelace", "",
  ]

  private func readBack(_ yaml: String, key: String) -> FrontMatter.Value? {
    let block = FrontMatterBlock(document: TextDocument(text: "---\n\(key): \(yaml)\n---\n"))
    guard case .valid(let frontMatter) = block else {
      Issue.record("`\(key): \(yaml)` is not valid front matter: \(block)")
      return nil
    }
    #expect(frontMatter.fields.count == 1, "`\(key): \(yaml)` gave \(frontMatter.fields)")
    return frontMatter.field(key)?.value
  }

  @Test(arguments: tricky)
  func aRenderedScalarReadsBackAsTheText(_ text: String) {
    let rendered = YAMLScalar.render(text)
    #expect(!rendered.contains("\n") && !rendered.contains("\r"), "stays on one line")
    #expect(readBack(rendered, key: "name") == .text(text), "rendered as \(rendered)")
  }

  @Test(arguments: ["Ada", "Ada Lovelace", "Zoë 李", "a:b", "a#b", "R2-D2"])
  func ordinaryTextStaysPlain(_ text: String) {
    #expect(YAMLScalar.render(text) == text)
  }

  @Test(arguments: ["", "null", "~", "Null", "NULL"])
  func nullSpellingsAreQuoted(_ text: String) {
    #expect(YAMLScalar.render(text) == "\"\(text)\"")
  }

  @Test(arguments: [
    [String](),
    ["a"],
    ["math", "new york"],
    ["a, b", "c"],
    ["O'Brien", "say \"hi\"", "back\\slash"],
    ["x]", "[y", "{z}", "a: b", "#tag", "- d"],
    ["null", "~", "", "yes", "12:30"],
    ["a,b", ",", "a ,b"],
    ["Zoë 李", "line\nbreak", "tab\there", " padded "],
    ["a:,b", "a:]", "a:b"],
    ["a:?b"],
  ])
  func aFlowListReadsBackAsTheItems(_ items: [String]) {
    let rendered = YAMLScalar.flowList(items)
    #expect(rendered.hasPrefix("[") && rendered.hasSuffix("]"))
    #expect(readBack(rendered, key: "tags") == .list(items), "rendered as \(rendered)")
  }

  @Test func aFlowListOfPlainItemsIsCommaSeparated() {
    #expect(YAMLScalar.flowList(["math", "new york"]) == "[math, new york]")
    #expect(YAMLScalar.flowList([]) == "[]")
    #expect(YAMLScalar.flowList(["a, b"]) == "[\"a, b\"]")
  }
}
