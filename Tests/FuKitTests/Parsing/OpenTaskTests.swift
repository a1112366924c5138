import Foundation
import Testing

@testable import FuKit

/// Open tasks are the body's list items that start with `[ ]`, wherever their list is, and
/// nothing that only looks like one.
@Suite struct OpenTaskTests {
  @Test func theFixtureHasItsTasksInOrderAndNothingElse() throws {
    let url = repositoryRoot.appendingPathComponent("Tests/Fixtures/vaults/edits/tasks.md")
    let document = try #require(TextDocument(bytes: try Data(contentsOf: url)))
    let tasks = ContactFile(path: "tasks.md", document: document).openTasks
    #expect(
      tasks.map(\.text) == [
        "Send the deck 📅 2026-12-01", "Send the deck again", "Nested: call her assistant",
        "Ask about the board seat ^board-seat", "Trailing spaces for a hard break",
        "A task whose text runs onto a second line", "An ordered task", "Plus-marked task",
        "Quoted task in a callout", "",
      ])
    #expect(tasks.map(\.line) == [8, 10, 11, 12, 13, 14, 16, 17, 19, 28])
    #expect(tasks.map(\.column) == [2, 2, 4, 2, 2, 2, 3, 2, 4, 2])
  }

  @Test func aCheckboxInTheFrontMatterOrATickedOneIsNoOpenTask() {
    let text = "---\nname: X\nnotes: \"- [ ] not a task\"\n---\n- [x] done\n- [X] done too\n"
    #expect(ContactFile(path: "x.md", document: TextDocument(text: text)).openTasks.isEmpty)
  }

  @Test func datedTasksAreStillTheAgendasTasks() throws {
    let url = repositoryRoot.appendingPathComponent("Tests/Fixtures/vaults/edits/tasks.md")
    let document = try #require(TextDocument(bytes: try Data(contentsOf: url)))
    let contact = ContactFile(path: "tasks.md", document: document).contact
    #expect(contact.tasks.map(\.text) == ["Send the deck"])
    #expect(contact.tasks.map(\.line) == [9])
  }
}
