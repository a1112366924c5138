import Foundation
import Testing

@testable import FuKit

/// The sample vault opens cleanly in Obsidian: every front-matter value has the form of
/// the property type `.obsidian/types.json` gives its key (a date as `YYYY-MM-DD`, tags and
/// aliases as YAML lists, text as one string), and every key fu knows has a type there.
/// A file without front matter has no properties, which is fine too.
@Suite struct SampleVaultObsidianTests {
  static let files = markdownFiles(under: ["sample-vault"])

  private var types: [String: String] {
    get throws {
      let url = repositoryRoot.appendingPathComponent("sample-vault/.obsidian/types.json")
      let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
      return try #require((object as? [String: Any])?["types"] as? [String: String])
    }
  }

  @Test(arguments: files)
  func eachValueHasItsPropertysType(_ path: String) throws {
    let types = try types
    let bytes = try FileSystem.read(repositoryRoot.appendingPathComponent(path).path)
    let file = ContactFile(path: path, document: try #require(TextDocument(bytes: bytes)))
    guard case .valid(let frontMatter) = file.frontMatter else {
      // A contact with no front matter at all is fine (its name is its file's): no properties.
      #expect(file.frontMatter == .none, "\(path) has front matter Obsidian cannot read")
      return
    }
    #expect(file.diagnostics.isEmpty)
    for field in frontMatter.fields {
      #expect(field.key == field.normalizedKey, "\(path): \(field.key) as Obsidian shows it")
      switch (types[field.key], field.value) {
      case (_, .empty), ("text", .text), ("tags", .list), ("aliases", .list): break
      case ("date", .text(let text)):
        #expect(text.count == 10 && CalendarDate(parsing: text) != nil, "\(path): \(field.key)")
      case (nil, _):
        let known = [
          "aliases", "tags", "last_contact", "next_follow_up", "cadence", "notes", "birthday",
        ]
        #expect(!known.contains(field.key), "\(path): \(field.key) has no type in types.json")
      case (let type?, let value):
        Issue.record("\(path): \(field.key) is \(value), not a \(type)")
      }
    }
  }
}
