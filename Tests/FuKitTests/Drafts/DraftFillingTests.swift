import Testing

@testable import FuKit

/// Filling a template with a contact's facts: every placeholder, and those with no value
/// kept in the text and named.
@Suite struct DraftFillingTests {
  static let lena = """
    ---
    name: Lena Vogel
    email: [lena@northwind.example, l.vogel@example.org]
    company: Northwind
    tags: [lead, berlin]
    role:
    last_contact: 2026-07-20
    next_follow_up: 2026-11-19
    ---
    # Lena Vogel

    ## Interactions

    - 2026-07-20: Intro from Max; she runs payments
    - 2026-07-22: Intro email #sent #email
    - 2026-07-24: Case study. #sent

    """

  func facts(
    _ text: String = lena, me: String? = "Charles Babbage", dates: DateDisplay = .short
  ) -> DraftFacts {
    let file = ContactFile(path: "leads/lena.md", document: TextDocument(text: text), readLog: true)
    return DraftFacts(
      file: file, me: me, progress: FollowUpPractice().progress(of: file.contact),
      today: day(2026, 11, 21), dates: dates)
  }

  @Test func everyPlaceholderIsFilledFromTheContactTheLogAndTheConfig() {
    let template = DraftTemplate(
      name: "all", subject: "{{first_name}} at {{company}}",
      body: """
        {{name}} / {{me}} / {{last_topic}} / {{last_contact}} / {{waiting_since}} / \
        {{attempts}} / {{tags}} / {{next_follow_up}} / {{ Company }}
        """)
    let draft = Draft(template: template, facts: facts(), to: "x@example.org")
    #expect(draft.subject == "Lena at Northwind")
    // The newest entry loses its tags and its full stop; dates read as `dates: short`.
    #expect(
      draft.body
        == "Lena Vogel / Charles Babbage / Case study / Jul 24 / Jul 22 / 2 / lead, berlin / "
        + "Nov 19 / Northwind")
    #expect(draft.unfilled.isEmpty)
    #expect(draft.to == "x@example.org")
    #expect(draft.template == "all")
  }

  @Test func datesReadAsTheConfigSays() {
    let template = DraftTemplate(name: "d", subject: "", body: "{{waiting_since}} {{last_contact}}")
    #expect(
      Draft(template: template, facts: facts(dates: .iso), to: nil).body == "2026-07-22 2026-07-24")
  }

  @Test func aPlaceholderWithNoValueIsKeptAsWrittenAndNamedOnce() {
    let template = DraftTemplate(
      name: "gaps", subject: "{{ Title }}",
      body: "{{me}} {{role}} {{title}} {{waiting_since}} {{last_topic}}")
    let plain = """
      ---
      name: Ken
      role:
      ---
      # Ken

      """
    let draft = Draft(template: template, facts: facts(plain, me: nil), to: nil)
    #expect(draft.subject == "{{ Title }}")
    #expect(draft.body == "{{me}} {{role}} {{title}} {{waiting_since}} {{last_topic}}")
    #expect(draft.unfilled == ["title", "me", "role", "waiting_since", "last_topic"])
    #expect(
      draft.warnings == [
        "{{title}} is left in the draft: lena.md has no `title`",
        "{{me}} is left in the draft: set your name as `me:` in .fu/config.yml or ~/.config/fu/config.yml",
        "{{role}} is left in the draft: `role` is empty in lena.md",
        "{{waiting_since}} is left in the draft: no attempt (#sent) waits for an answer",
        "{{last_topic}} is left in the draft: lena.md has no log entries",
      ])
    // With no open attempt, `attempts` is a count all the same.
    #expect(
      Draft(
        template: DraftTemplate(name: "n", subject: "", body: "{{attempts}}"),
        facts: facts(plain), to: nil
      ).body == "0")
  }

  @Test func tagsGoFromTheTopicAndTheRestStaysReadable() {
    #expect(DraftFacts.withoutTags("Intro email #sent #email") == "Intro email")
    #expect(
      DraftFacts.withoutTags("#call with #ops-team about `#sent` mail#x")
        == "with about `#sent` mail#x")
  }

  @Test func aFirstNameKeyWinsOverTheNamesFirstWord() {
    let text = "---\nname: Rear Admiral Grace Hopper\nfirst_name: Grace\n---\n"
    let template = DraftTemplate(name: "f", subject: "", body: "{{first_name}}")
    #expect(Draft(template: template, facts: facts(text), to: nil).body == "Grace")
  }

  /// A header is one line: a value's line breaks cannot start another (`Bcc:`).
  @Test func aValuesLineBreaksAreSpacesInTheSubjectAndTrimmedInTheBody() {
    let text =
      "---\nname: Eve\ncompany: \"Evil\\nBcc: x@evil.example\"\nbio: |\n  One\n  Two\n---\n"
    let template = DraftTemplate(name: "f", subject: "Re {{company}}", body: "[{{bio}}]")
    let draft = Draft(template: template, facts: facts(text), to: nil)
    #expect(draft.subject == "Re Evil Bcc: x@evil.example")
    #expect(draft.body == "[One\nTwo]")
  }

  /// The topic is the newest entry as a reader sees it, or the one before when the newest
  /// holds only tags.
  @Test func theTopicIsPlainTextOfTheNewestEntryThatSaysSomething() {
    let text = """
      ---
      name: Ada
      ---
      ## Log
      - 2026-11-01: Lunch with [[Maria Garcia|Maria]] about the [deck](https://x.example)
      - 2026-11-02: #sent #email
      """
    let template = DraftTemplate(name: "f", subject: "", body: "{{last_topic}}")
    #expect(
      Draft(template: template, facts: facts(text), to: nil).body
        == "Lunch with Maria about the deck")
  }
}
