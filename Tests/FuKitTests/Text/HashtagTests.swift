import Testing

@testable import FuKit

/// Tags in text, read as Obsidian reads them: whole words after a `#`, any case.
@Suite struct HashtagTests {
  @Test(arguments: [
    ("Email about the pilot #sent", true),
    ("#sent", true),
    ("#SENT by hand", true),
    ("(#Sent)", false),
    ("tag mails with `#sent`", false),
    ("[link](#sent)", false),
    ("\\#sent escaped", false),
    ("<!-- #sent --> a note", false),
    ("`code` then #sent", true),
    ("an unclosed ` then #sent", true),
    ("sent twice #sent, then waited", true),
    ("#sent/linkedin", false),
    ("#sentence", false),
    ("#sent-ish", false),
    ("mail#sent", false),
    ("##sent", false),
    ("sent", false),
    ("# sent", false),
  ])
  func findsATagAsAWholeWord(_ text: String, _ found: Bool) {
    #expect(Hashtag.contains("sent", in: text[...]) == found)
  }

  @Test func listsTheTagsInOrderButNotNumbers() {
    #expect(Hashtag.tags(in: "Call #sent #linkedin re #1 and #2026-q4") == ["sent", "linkedin", "2026-q4"])
  }
}
