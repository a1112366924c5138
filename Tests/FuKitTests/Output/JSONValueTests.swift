import Foundation
import FuTestSupport
import Testing

@testable import FuKit

/// fu's JSON reads back, in a real JSON parser, as exactly the values written.
@Suite struct JSONValueTests {
  @Test func aDocumentKeepsItsShape() {
    let document = JSONValue.object([
      ("name", .string("Ada")), ("tags", .array([.string("a"), .string("b")])),
      ("due", .null), ("days", .int(-3)), ("open", .bool(true)),
      ("rows", .array([.object([("x", .int(1))]), .array([])])), ("empty", .object([])),
    ])
    #expect(
      document.rendered() == """
        {
          "name": "Ada",
          "tags": ["a", "b"],
          "due": null,
          "days": -3,
          "open": true,
          "rows": [
            {
              "x": 1
            },
            []
          ],
          "empty": {}
        }
        """)
  }

  /// Seeded random strings over the characters JSON and YAML treat specially.
  @Test func everyStringReadsBackAsWritten() throws {
    var random = SplitMix64(seed: 2026)
    let alphabet: [Unicode.Scalar] = [
      "a", " ", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{7F}", "\u{80}", "\u{9F}",
      "\u{A0}", "é", "\u{2028}", "\u{2029}", "\u{200F}", "\u{FEFF}", "日", "😀", "/", "#",
    ]
    for _ in 0..<2_000 {
      var text = String.UnicodeScalarView()
      for _ in 0..<random.next(below: 12) {
        text.append(alphabet[random.next(below: alphabet.count)])
      }
      let string = String(text)
      let rendered = JSONValue.array([.string(string)]).rendered()
      let parsed = try JSONSerialization.jsonObject(with: Data(rendered.utf8)) as? [String]
      #expect(parsed == [string], "\(rendered)")
      // Nothing a terminal or YAML reads as a line break or control is left raw.
      #expect(
        !rendered.unicodeScalars.contains {
          $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}"
        })
    }
  }
}
