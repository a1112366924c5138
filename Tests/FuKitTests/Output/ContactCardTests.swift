import Testing

@testable import FuKit

/// What `fu show` says about one contact: user keys, log order, the due reason, text and JSON.
@Suite struct ContactCardTests {
  static let today = CalendarDate(year: 2026, month: 11, day: 21)!

  static let head = """
    ---
    name: Ada Lovelace
    company: Analytical Engines
    aliases: [Countess of Lovelace]
    cadence: 2w
    pronouns:
    last_contact: 2026-11-10
    languages:
      - English
      - French
    tags: [math, work]
    address:
      city: London
      street: St James's Square
    notes: Met at the Royal Society
    ---
    # Ada

    ## Tasks

    - [ ] Send the notes 📅 2026-11-25
    - [ ] Book a call due:2026-11-19

    ## Interactions


    """
  static let oldestFirst =
    head + "- 2026-10-01: First letter.\n- 2026-11-10: Breakfast.\n- 2026-11-10: Dinner.\n"
  static let newestFirst =
    head + "- 2026-11-10: Dinner.\n- 2026-11-10: Breakfast.\n- 2026-10-01: First letter.\n"

  private func card(_ text: String, path: String = "people/ada.md") -> ContactCard {
    let file = ContactFile(path: path, document: TextDocument(text: text), readLog: true)
    return ContactCard(file: file, today: Self.today)
  }

  // MARK: - Fields

  @Test func userKeysKeepFileOrderAndValues() {
    let fields = card(Self.oldestFirst).fields
    #expect(
      fields == [
        .init(key: "company", value: .text("Analytical Engines")),
        .init(key: "pronouns", value: .empty),
        .init(key: "languages", value: .list(["English", "French"])),
        .init(key: "address", value: .yaml("city: London\nstreet: St James's Square")),
      ])
  }

  @Test func aNestedMappingAsTheLastKeyRunsToTheClosingLineDedented() {
    let text = "---\nname: Ada\nAddress:\n  city: London\n  zip:\n    code: SW1\n---\n"
    let yaml = "city: London\nzip:\n  code: SW1"
    #expect(card(text).fields == [.init(key: "Address", value: .yaml(yaml))])
  }

  @Test(arguments: [
    ("address: {city: London, zip: SW1}", "{city: London, zip: SW1}"),
    ("grid: [[1, 2], [3, 4]]", "[[1, 2], [3, 4]]"),
  ])
  func aFlowValueOnTheKeysLineIsKept(_ line: String, _ yaml: String) {
    let fields = card("---\nname: Ada\n\(line)\nmet: Paris\n---\n").fields
    #expect(fields.first?.value == .yaml(yaml))
    #expect(fields.map(\.key).last == "met")
  }

  @Test(arguments: [
    "address:\n  city: London\n\nmet: Paris",
    "address:\n  city: London\n# where we met\nmet: Paris",
    "address:\n  city: London\n\n",
  ])
  func blankAndCommentLinesAfterANestedValueAreNotPartOfIt(_ frontMatter: String) {
    let fields = card("---\n\(frontMatter)\n---\n").fields
    #expect(fields.first == .init(key: "address", value: .yaml("city: London")))
  }

  // MARK: - Log

  @Test(arguments: [oldestFirst, newestFirst])
  func theLogIsNewestFirstSameDayLatestWrittenFirst(_ text: String) {
    let log = card(text).log
    #expect(log.map(\.text) == ["Dinner.", "Breakfast.", "First letter."])
    #expect(log.map(\.date.description) == ["2026-11-10", "2026-11-10", "2026-10-01"])
  }

  @Test func threeEntriesOfOneDayAreLatestWrittenFirst() {
    let text = "## Log\n- 2026-11-10: a\n- 2026-11-10: b\n- 2026-11-10: c\n- 2026-11-11: d\n"
    #expect(card(text).log.map(\.text) == ["d", "c", "b", "a"])
  }

  // MARK: - Reason

  @Test(arguments: [
    ("next_follow_up: 2026-12-01\ncadence: 2w\nlast_contact: 2026-11-01", "next_follow_up"),
    ("cadence: 2w\nlast_contact: 2026-11-01", "last contact + 2w"),
    ("cadence: monthly", "cadence 1m and never contacted"),
    ("last_contact: 2026-11-01", "no next_follow_up and no cadence"),
    ("name: Nobody", "no next_follow_up and no cadence"),
  ])
  func theReasonNamesTheRule(_ frontMatter: String, _ reason: String) {
    #expect(card("---\n\(frontMatter)\n---\n").reason == reason)
  }

  @Test func aTaskIsNotTheContactsOwnFollowUp() {
    let card = card("- [ ] Call 📅 2026-11-25\n")
    #expect(card.followUp == nil)
    #expect(card.reason == "no next_follow_up and no cadence")
  }

  // MARK: - Text

  @Test func textWithStylingOff() {
    let expected = """
      Ada Lovelace  people/ada.md

        due           Nov 24, in 3d  (last contact + 2w)
        last contact  Nov 10, 11d ago
        cadence       every 2w
        tags          math, work
        aliases       Countess of Lovelace
        notes         Met at the Royal Society
        company       Analytical Engines
        pronouns
        languages     English, French
        address       city: London
                      street: St James's Square

      Open tasks (2)
        Nov 19  2d overdue  ☐ Book a call
        Nov 25  in 4d       ☐ Send the notes

      Log (3, newest first)
        Nov 10  Dinner.
        Nov 10  Breakfast.
        Oct  1  First letter.

      """
    #expect(card(Self.oldestFirst).text(style: Style(enabled: false)) == expected)
  }

  @Test func aBlockScalarShowsItsLinesAndNoneAfter() {
    let expected = """
      Multi  m.md

        due           nothing planned (no next_follow_up and no cadence)
        last contact  never
        notes         line one

                      line three

      Log (empty)

      """
    let text = "---\nname: Multi\nnotes: |+\n  line one\n\n  line three\n   \n---\n"
    #expect(card(text, path: "m.md").text(style: Style(enabled: false)) == expected)
  }

  @Test func textOfAContactWithNothingSet() {
    let expected = """
      alan  alan.md

        due           nothing planned (no next_follow_up and no cadence)
        last contact  never

      Log (empty)

      """
    #expect(card("# Alan\n", path: "alan.md").text(style: Style(enabled: false)) == expected)
  }

  @Test func isoDatesAreWrittenInFull() {
    let text = card(Self.oldestFirst).text(style: Style(enabled: false), dates: .iso)
    #expect(text.contains("  due           2026-11-24, in 3d  (last contact + 2w)\n"))
    #expect(text.contains("  2026-10-01  First letter.\n"))
  }

  // MARK: - JSON

  /// Tasks come soonest first, whatever their order in the file.
  @Test func jsonHasEveryKeyAndValue() {
    let expected = """
      {
        "name": "Ada Lovelace",
        "path": "people/ada.md",
        "due": "2026-11-24",
        "status": "upcoming",
        "days": 3,
        "source": "cadence",
        "next_follow_up": null,
        "last_contact": "2026-11-10",
        "cadence": "2w",
        "tags": ["math", "work"],
        "aliases": ["Countess of Lovelace"],
        "notes": "Met at the Royal Society",
        "fields": {
          "company": "Analytical Engines",
          "pronouns": null,
          "languages": ["English", "French"],
          "address": "city: London\\nstreet: St James's Square"
        },
        "tasks": [
          {
            "text": "Book a call",
            "due": "2026-11-19",
            "status": "overdue",
            "days": -2,
            "line": 22
          },
          {
            "text": "Send the notes",
            "due": "2026-11-25",
            "status": "upcoming",
            "days": 4,
            "line": 21
          }
        ],
        "log": [
          {
            "date": "2026-11-10",
            "text": "Dinner.",
            "markdown": "Dinner.",
            "line": 28
          },
          {
            "date": "2026-11-10",
            "text": "Breakfast.",
            "markdown": "Breakfast.",
            "line": 27
          },
          {
            "date": "2026-10-01",
            "text": "First letter.",
            "markdown": "First letter.",
            "line": 26
          }
        ],
        "attempts": 0,
        "waiting_since": null,
        "next_step": null,
        "channel": null
      }
      """
    #expect(card(Self.oldestFirst).json().rendered() == expected)
  }

  @Test func anEntryOfSeveralLinesIsShownWhole() {
    let text = """
      ---
      name: Ada
      ---
      ## Log
      - 2026-11-20: Meeting notes,
        hard-wrapped.

        Action items:
        - send the deck
      	- call Bob
      -	2026-11-19: Tabbed,
          four spaces in.
      - 2026-11-18:
        Below its date.
      - 2026-11-21: Coffee.

      """
    let card = card(text)
    #expect(
      card.log.map(\.text) == [
        "Coffee.", "Meeting notes, hard-wrapped.", "Tabbed, four spaces in.", "Below its date.",
      ])
    #expect(
      card.log.map(\.markdown) == [
        "Coffee.", "Meeting notes,\nhard-wrapped.\n\nAction items:\n- send the deck\n- call Bob",
        "Tabbed,\nfour spaces in.", "Below its date.",
      ])
    let shown = card.text(style: Style(enabled: false))
    #expect(
      shown.hasSuffix(
        """
        Log (4, newest first)
          Nov 21  Coffee.
          Nov 20  Meeting notes,
                  hard-wrapped.

                  Action items:
                  - send the deck
                  - call Bob
          Nov 19  Tabbed,
                  four spaces in.
          Nov 18  Below its date.

        """))
  }

  @Test func jsonOfAContactWithNothingSetHasNulls() {
    let expected = """
      {
        "name": "alan",
        "path": "alan.md",
        "due": null,
        "status": null,
        "days": null,
        "source": null,
        "next_follow_up": null,
        "last_contact": null,
        "cadence": null,
        "tags": [],
        "aliases": [],
        "notes": null,
        "fields": {},
        "tasks": [],
        "log": [],
        "attempts": 0,
        "waiting_since": null,
        "next_step": null,
        "channel": null
      }
      """
    #expect(card("# Alan\n", path: "alan.md").json().rendered() == expected)
  }
}
