import Testing

@testable import FuKit

/// The addresses a contact's `email` and `emails` keys hold, as addresses compare.
@Suite struct EmailAddressesTests {
  private func addresses(_ yaml: String) throws -> Set<String> {
    let document = TextDocument(text: "---\n\(yaml)---\n")
    guard case .valid(let frontMatter) = FrontMatterBlock(document: document) else {
      Issue.record("not valid: \(yaml)")
      return []
    }
    return frontMatter.emailAddresses
  }

  @Test func aListTextWithCommasAndBothKeysAreRead() throws {
    #expect(try addresses("email: Ada@Example.com\n") == ["ada@example.com"])
    #expect(try addresses("email: a@x.example, b@y.example,\n") == ["a@x.example", "b@y.example"])
    #expect(
      try addresses("email: [a@x.example]\nemails:\n  - ' B@y.example '\n")
        == ["a@x.example", "b@y.example"])
    #expect(try addresses("name: Ada\n").isEmpty)
    #expect(try addresses("email:\n").isEmpty)
  }

  @Test func aDisplayNameGivesItsAddressAndAPartWithoutAtIsNone() throws {
    #expect(
      try addresses("email: \"Chen, May <May@Example.org>\"\n") == ["may@example.org"])
    #expect(
      FrontMatter.writtenAddresses(in: .list(["Ada <Ada@X.example>", "not an address"]))
        == ["Ada@X.example"])
  }
}
