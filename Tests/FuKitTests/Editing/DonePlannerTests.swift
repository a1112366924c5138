import Foundation
import Testing

@testable import FuKit

/// `fu done`: which task a text names, and the one line ticked as Obsidian Tasks ticks it.
@Suite struct DonePlannerTests {
  static let day = CalendarDate(year: 2026, month: 11, day: 21)!
  static let file = ContactFile(
    path: "ada.md",
    document: TextDocument(
      text: """
        ---
        name: Ada Lovelace
        ---
        - [ ] Send the deck
        - [ ] Send the deck again
        - [ ] Book the Café Royal
        - [x] Call back

        """))

  private func named(_ text: String?) throws(FuError) -> Int {
    try DonePlanner.task(in: Self.file, named: text).line
  }

  @Test func aWholeTextWinsOverThePrefixItIs() throws {
    #expect(try named("send the deck") == 3)
    #expect(try named("Send  the deck AGAIN") == 4)
    #expect(try named("send the deck a") == 4)
    #expect(try named("book the cafe") == 5)  // accents aside
  }

  @Test func aTextThatBeginsSeveralOrNoneListsTheTasks() {
    #expect(
      throws: FuError.ambiguousTask(
        text: "send", path: "ada.md",
        tasks: [
          OpenTask(text: "Send the deck", line: 3, column: 2),
          OpenTask(text: "Send the deck again", line: 4, column: 2),
        ])
    ) { try named("send") }
    #expect(throws: FuError.self) { try named("call back") }  // ticked already
    #expect(throws: FuError.self) { try named(nil) }  // three open tasks
  }

  @Test func withoutATextTheOnlyOpenTaskIsTicked() throws {
    let file = ContactFile(
      path: "a.md", document: TextDocument(text: "# A\n\n- [ ] Call\n- [x] Old\n"))
    let edit = try DonePlanner.plan(file, ticking: nil, on: Self.day)
    #expect(edit.result.text == "# A\n\n- [x] Call ✅ 2026-11-21\n- [x] Old\n")
    let none = ContactFile(path: "a.md", document: TextDocument(text: "# A\n"))
    #expect(throws: FuError.noTaskNamed(who: "a", text: nil, path: "a.md", tasks: [])) {
      try DonePlanner.plan(none, ticking: nil, on: Self.day)
    }
  }

  @Test(arguments: [
    ("- [ ] Ask ^board-1\n", "- [x] Ask ✅ 2026-11-21 ^board-1\n"),
    ("- [ ] Hard break  \n", "- [x] Hard break ✅ 2026-11-21  \n"),
    ("  * [ ] Nested\r\n", "  * [x] Nested ✅ 2026-11-21\r\n"),
    ("> - [ ] Quoted", "> - [x] Quoted ✅ 2026-11-21"),
    ("1. [ ] ^ not an id", "1. [x] ^ not an id ✅ 2026-11-21"),
    ("- [ ] Reopened ✅ 2026-11-01 ^id", "- [x] Reopened ✅ 2026-11-21 ^id"),
    ("- [ ] Hard break \\\n", "- [x] Hard break ✅ 2026-11-21 \\\n"),
  ])
  func theLineIsTickedAndDatedInPlace(line: String, ticked: String) throws {
    let file = ContactFile(path: "a.md", document: TextDocument(text: "# A\n\n" + line))
    let edit = try DonePlanner.plan(file, ticking: nil, on: Self.day)
    #expect(edit.result.text == "# A\n\n" + ticked)
    #expect(edit.edits.count == 1)
  }

  @Test func ofTasksWrittenAlikeTheFirstIsTicked() throws {
    let file = ContactFile(
      path: "a.md", document: TextDocument(text: "- [ ] Call\n- [ ] call\n- [ ] Callback\n"))
    #expect(try DonePlanner.task(in: file, named: "call").line == 0)
    let twins = ContactFile(path: "a.md", document: TextDocument(text: "- [ ] Dup\n- [ ] Dup\n"))
    #expect(try DonePlanner.task(in: twins, named: "du").line == 0)
  }

  @Test func aRecurringTaskIsRefused() {
    let file = ContactFile(
      path: "a.md", document: TextDocument(text: "- [ ] Water plants 🔁 every week 📅 2026-11-20\n"))
    #expect(throws: FuError.self) { try DonePlanner.plan(file, ticking: nil, on: Self.day) }
  }

  @Test func aFileFuWillNotWriteIsRefused() {
    let file = ContactFile(
      path: "a.md", document: TextDocument(text: "---\nname: A\n---\n<<<<<<< ours\n- [ ] x\n"))
    #expect(throws: FuError.self) { try DonePlanner.plan(file, ticking: nil, on: Self.day) }
  }
}
