import Foundation
import FuTestSupport
import Testing

@testable import FuKit

/// The fast front-matter scanner must read every block it accepts exactly as Yams does, and
/// hand everything it is unsure of to Yams.
@Suite struct FrontMatterScannerTests {
  /// The scanner's answer for `yaml`, and Yams' (nil when Yams refuses the block).
  private func both(_ yaml: String) -> (scanner: [FrontMatter.Field]?, yams: [FrontMatter.Field]?) {
    let document = TextDocument(text: "---\n" + yaml + "---\n")
    let closing = document.lines.count - 1
    let scanned = FrontMatterScanner.fields(document.lines[1..<closing].joined(), firstLine: 1)
    let parsed = try? FrontMatterBlock.fields(of: document.lines[1..<closing].joined())
    return (scanned, parsed.flatMap { $0.acceptsNewKeys ? $0.fields : nil })
  }

  private func expectAgreement(_ yaml: String, _ note: String = "") {
    let (scanned, parsed) = both(yaml)
    guard let scanned else { return }
    #expect(scanned == parsed, "\(note) \(yaml.debugDescription)")
  }

  @Test func theCommonShapesAreReadWithoutYams() {
    let common = """
      name: Ada Lovelace
      email: ada@example.com
      # met through Mary
      tags: [investor, new york, london]
      cadence: 2w
      last_contact: 2026-11-02
      next_follow_up: 2026-11-21  # promised an update
      notes: 'It''s about the engine'
      company: "Analytical Engines"
      empty:
      tilde: ~
      aliases:
        - Countess
        - "AAL"

      """
    let (scanned, parsed) = both(common)
    #expect(scanned != nil)
    #expect(scanned == parsed)
    #expect(scanned?.count == 11)
  }

  @Test(arguments: [
    "a: &x 1\nb: *x\n", "a: |\n  text\n", "a: >\n  text\n", "a:\n  b: c\n", "a: \"x\\ty\"\n",
    "a: b\na: c\n", "a:\tb\n", "a: b: c\n", "a: b\n  continued\n", "? a\n: b\n", "{a: 1}\n",
    "a: [b, [c]]\n", "a: [b,]\n", "a: !tag x\n", "a: 'open\n", "a:\n- b\n -c\n", "- a\n",
    "a: x:\n", "%YAML 1.1\n", "a: \u{85}\n", "\"quoted key\": 1\n", "a: [b: c]\n",
    // A comment inside a flow list swallows its `]`; libyaml caps a plain key's length.
    "a: [b #]\n", "a: [b #, c]\n", "a: [b, c #]\n", String(repeating: "k", count: 1100) + ": v\n",
  ])
  func whatItIsUnsureOfGoesToYams(_ yaml: String) {
    #expect(both(yaml).scanner == nil, "\(yaml.debugDescription)")
  }

  @Test func everyFixtureFileReadsTheSameBothWays() throws {
    let repository = repositoryRoot
    var scanned = 0
    for root in ["sample-vault", "Tests/Fixtures"] {
      let folder = repository.appendingPathComponent(root)
      let enumerator = FileManager.default.enumerator(atPath: folder.path)
      while let path = enumerator?.nextObject() as? String {
        guard path.hasSuffix(".md"),
          let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path),
          let document = TextDocument(bytes: Array(data)),
          document.lines.first.map({ TextDocument.stripTerminator($0) == "---" }) == true,
          let closing = document.lines.indices.dropFirst().first(where: {
            TextDocument.stripTerminator(document.lines[$0]) == "---"
          })
        else { continue }
        let region = document.lines[1..<closing].joined()
        guard let fields = FrontMatterScanner.fields(region, firstLine: 1) else { continue }
        scanned += 1
        let parsed = try? FrontMatterBlock.fields(of: region)
        #expect(parsed?.fields == fields, "\(root)/\(path)")
      }
    }
    #expect(scanned > 30)
  }

  /// Random blocks made of the pieces front matter is made of, tricky ones included.
  @Test func generatedBlocksReadTheSameBothWays() {
    let keys = ["name", "Next Follow-Up", "tags", "a_b", "x-y", "2026", "k", "notes", "k "]
    let values = [
      "", " Ada", " 2026-11-21", " [a, b]", " []", " [ ]", " [a,b, c d]", " 'it''s'", " \"q\"",
      " \"a # b\"", " a # c", " a#b", " ~", " null", " NULL", " Null", " nil", " yes", " -1",
      " x:y", " x: y", " 'a' b", " [a] b", " [a] #c", " [a]#c", " \"unclosed", " :x", " é ü",
      " 日本", "  spaced  ", " [\"a\", 'b']", " [a, \"b, c\"]", " #only comment", " a  # b",
      " [a, b] # c", " 'x' #c", " 'x'#c", " ?", " - x", " @x", " `x`", " a'b", " a\"b",
      // Characters YAML reads as breaks or marks, and combining marks after the
      // separators, which a reader working on characters rather than bytes would misplace.
      " a\u{2028}b", " a\u{2029}", " \u{A0}x", " \u{85}", " x\u{FEFF}", " \u{FFFE}", " \u{A1}x",
      " \u{301}x", " #\u{301}", " [a,\u{301}b]", " [a]\u{301}", " é # c", " 'é''ü'", " x\u{7F}",
      " [a #]", " [a #, b]", " [a, \"b\" #]", " [a]  # c",
    ]
    let extras = [
      "  - item\n", "- item\n", "  - \"q item\"\n", "  -\n", "  - a # c\n", "    - deeper\n",
      "# comment\n", "\n", "   \n", "  # indented comment\n", "  continued\n", "  key: v\n",
      "  - [x]\n", "  - a: b\n",
    ]
    var generator = SplitMix64(seed: 0x5EED)
    var agreed = 0
    for _ in 0..<4000 {
      var yaml = ""
      for _ in 0..<generator.next(below: 6) {
        if generator.next(below: 3) == 0 {
          yaml += extras[generator.next(below: extras.count)]
        } else {
          yaml +=
            keys[generator.next(below: keys.count)] + ":"
            + values[generator.next(below: values.count)]
            + ["\n", "\n", "\r\n", "\r"][generator.next(below: 4)]
        }
      }
      let (scanned, parsed) = both(yaml)
      if scanned != nil { agreed += 1 }
      if let scanned { #expect(scanned == parsed, "\(yaml.debugDescription)") }
    }
    #expect(agreed > 500)
  }
}
