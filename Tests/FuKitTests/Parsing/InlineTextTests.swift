import Testing

@testable import FuKit

/// A log entry as the message it goes into shows it: what a reader of the note sees.
@Suite struct InlineTextTests {
  @Test(arguments: [
    (
      "Lunch with [[Maria Garcia|Maria]] about the [deck](https://x.example/a?b=1)",
      "Lunch with Maria about the deck"
    ),
    ("**Pricing** call; `v2` *soon*", "Pricing call; v2 soon"),
    ("Saw [[Jordan Lee]] ![[photo.png]] at the <b>fair</b>", "Saw Jordan Lee at the fair"),
    ("1. Call went well", "Call went well"),
    ("Plain text stays", "Plain text stays"),
    ("Unclosed [[link", "Unclosed [[link"),
  ])
  func markupGivesItsText(markdown: String, plain: String) {
    #expect(InlineText.plain(markdown) == plain)
  }
}
