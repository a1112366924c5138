import Testing

@testable import FuKit

/// Reading a template file: the subject from an optional front matter, the body after it,
/// and a broken front matter as an error at its line.
@Suite struct DraftTemplateTests {
  @Test func theSubjectComesFromTheFrontMatterAndTheBodyFollowsIt() throws {
    let text = "---\nsubject: Hello {{first_name}}\nfrom: me\n---\n\nHi {{name}},\r\n\nBye\n\n\n"
    let template = try DraftTemplate(name: "hello", text: text, path: ".fu/drafts/hello.md")
    #expect(template.subject == "Hello {{first_name}}")
    // Blank lines around the body go; a CRLF inside it reads as a line break.
    #expect(template.body == "Hi {{name}},\n\nBye")
    #expect(template.path == ".fu/drafts/hello.md")
    // Each placeholder at its line in the file: the subject's, then the body's.
    #expect(
      template.placeholders.map { "\($0.line):\($0.placeholder.name)" } == [
        "2:first_name", "6:name",
      ])
  }

  @Test func aTemplateWithoutFrontMatterIsAllBodyAndHasNoSubject() throws {
    let template = try DraftTemplate(
      name: "plain", text: "Hi {{first_name}}\n", path: ".fu/drafts/plain.md")
    #expect(template.subject == "")
    #expect(template.body == "Hi {{first_name}}")
    #expect(template.placeholders.map(\.line) == [1])
  }

  @Test func aBrokenFrontMatterIsAnErrorAtItsLine() {
    func problem(_ text: String) -> Diagnostic? {
      do {
        _ = try DraftTemplate(name: "x", text: text, path: ".fu/drafts/x.md")
        return nil
      } catch {
        guard case .badDraftTemplate(let diagnostic) = error else { return nil }
        return diagnostic
      }
    }
    #expect(problem("---\nsubject: Hi\nBody\n")?.line == 1)  // never closed
    let invalid = problem("---\nsubject: Hi\n  bad: [\n---\nBody\n")
    #expect(invalid?.path == ".fu/drafts/x.md")
    #expect(invalid?.line == 3)
    // A subject that YAML reads as a mapping: quote it, the message says.
    let mapping = problem("---\nfrom: x\nsubject: {{first_name}}\n---\nBody\n")
    #expect(mapping?.line == 3)
    #expect(mapping?.message.contains("quote") == true)
    #expect(problem("---\nsubject: [a, b]\n---\nBody\n")?.line == 2)
  }

  @Test func placeholdersAreReadWithSpacesAndAnyCaseAndHalfOnesAreText() {
    let found = Placeholder.all(
      in: "{{ First Name }} {{}} {{company {{{me}}} {{a}b}} {{last-topic}}")
    #expect(found.map(\.name) == ["first_name", "me", "last_topic"])
    #expect(found.map(\.text) == ["{{ First Name }}", "{{me}}", "{{last-topic}}"])
    // A `{{` and a `}}` on different lines are no placeholder.
    #expect(Placeholder.all(in: "{{name\n}}").isEmpty)
  }

  @Test func templateFileNamesAreMarkdownFilesThatAreNotHidden() {
    #expect(DraftTemplate.name(ofFile: "nudge.md") == "nudge")
    #expect(DraftTemplate.name(ofFile: ".nudge.md") == nil)
    #expect(DraftTemplate.name(ofFile: "nudge.txt") == nil)
    #expect(DraftTemplate.isValidName("../config") == false)
    #expect(DraftTemplate.isValidName("a/b") == false)
    #expect(DraftTemplate.isValidName("check-in"))
  }
}
