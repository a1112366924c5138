import Testing

@testable import FuKit

/// Placeholders in front-matter lines that are not one plain `key: value`: each value
/// must read back as given, whatever YAML would make of its commas, quotes and colons.
@Suite struct YAMLPlaceholdersTests {
  static let values = ["{{name}}": #"O'Neil, "Ada": Jr"#, "{{today}}": "2026-11-21"]

  @Test(arguments: [
    ("[{{name}}, x]", #"["O'Neil, \"Ada\": Jr", x]"#),
    ("[Dr {{name}}]", #"["Dr O'Neil, \"Ada\": Jr"]"#),
    (#"["{{name}}", '{{name}}']"#, #"["O'Neil, \"Ada\": Jr", 'O''Neil, "Ada": Jr']"#),
    ("  - The {{name}}", #"  - "The O'Neil, \"Ada\": Jr""#),
    ("  nick: {{name}}  # {{name}}", #"  nick: "O'Neil, \"Ada\": Jr"  # {{name}}"#),
    ("  - {{today}}", "  - 2026-11-21"),
    ("{since: {{today}}, by: {{name}}}", #"{since: 2026-11-21, by: "O'Neil, \"Ada\": Jr"}"#),
    (#"  - 6'1" {{name}}"#, #"  - "6'1\" O'Neil, \"Ada\": Jr""#),
    ("# template for {{name}}", "# template for {{name}}"),
    (#"title: "Caf\u00e9 {{name}}\r""#, #"title: "Caf\u00e9 O'Neil, \"Ada\": Jr\r""#),
    ("  - &who {{name}}", #"  - &who "O'Neil, \"Ada\": Jr""#),
    ("who: !!str {{name}}", #"who: !!str "O'Neil, \"Ada\": Jr""#),
    ("created: {{today}}  # kept", "created: 2026-11-21  # kept"),
  ])
  func eachValueReadsBackAsGiven(_ line: String, _ filled: String) {
    var depth = 0
    #expect(YAMLPlaceholders.fill(line, Self.values, flowDepth: &depth) == filled)
    #expect(depth == 0)
  }

  @Test func aFlowCollectionOverSeveralLinesIsFlowOnEach() {
    var depth = 0
    let lines = ["who: {", "  a: {{name}},", "  b: [x,", "    {{name}}]", "  }"].map {
      YAMLPlaceholders.fill($0, Self.values, flowDepth: &depth)
    }
    #expect(
      lines == [
        "who: {", #"  a: "O'Neil, \"Ada\": Jr","#, "  b: [x,", #"    "O'Neil, \"Ada\": Jr"]"#,
        "  }",
      ])
    #expect(depth == 0)
  }

  @Test(arguments: ["yes", "123", "Ada: Love", "Ada #x", "[Ada]", "Lovelace, Ada"])
  func punctuationOutsideAFlowCollectionIsText(_ name: String) throws {
    var depth = 0
    let line = YAMLPlaceholders.fill("who: {{name}}, x", ["{{name}}": name], flowDepth: &depth)
    let file = ContactFile(path: "a.md", document: TextDocument(text: "---\n\(line)\n---\n"))
    guard case .valid(let frontMatter) = file.frontMatter else {
      Issue.record("\(line) does not parse")
      return
    }
    #expect(frontMatter.field("who")?.value == .text(name + ", x"))
  }
}
