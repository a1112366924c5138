import Foundation
import Testing

@testable import FuKit

/// `fu review` without a terminal: which contacts, in which order, what each action writes
/// (as `fu log` and `fu snooze` would), a file changed between cards, and the summary.
@Suite struct ReviewTests {
  /// Ada overdue, Grace due today with a task, Alan due in 3 days, Linus not due at all.
  static let files = [
    "ada.md":
      "---\nname: Ada Lovelace\ncadence: 2w\nlast_contact: 2026-11-01\n---\n\n## Interactions\n\n- 2026-11-01: Tea\n",
    "grace.md":
      "---\nname: Grace Hopper\nnext_follow_up: 2026-11-21\ntags: [navy]\n---\n\n- [ ] Send the COBOL notes due:2026-11-20\n\n## Interactions\n",
    "alan.md": "---\nname: Alan Turing\nnext_follow_up: 2026-11-24\n---\n",
    "linus.md": "---\nname: Linus Torvalds\nnext_follow_up: 2027-01-10\n---\n",
  ]

  @Test func reviewsWhatIsDueTodayOrEarlierEachContactOnceInAgendaOrder() throws {
    let vault = try TestVault("review-order", files: Self.files)
    defer { vault.remove() }
    let review = Review(workspace: try vault.workspace(), days: 0, tags: [])
    #expect(review.paths == ["ada.md", "grace.md"])
    let card = try #require(try review.card())
    #expect(card.position == 1 && card.count == 2)
    #expect(card.card.contact.name == "Ada Lovelace")
    // Grace's task and follow-up are two rows of one card.
    var next = review
    next.skip()
    #expect(try #require(try next.card()).rows.map(\.followUp.source) == [.task, .nextFollowUp])
  }

  @Test func daysAndTagsChooseAsTheAgendaDoes() throws {
    let vault = try TestVault("review-window", files: Self.files)
    defer { vault.remove() }
    let workspace = try vault.workspace()
    #expect(
      Review(workspace: workspace, days: 7, tags: []).paths == ["ada.md", "grace.md", "alan.md"])
    #expect(Review(workspace: workspace, days: 7, tags: ["navy"]).paths == ["grace.md"])
    let nobody = Review(workspace: workspace, days: 1, tags: ["army"])
    #expect(nobody.paths.isEmpty)
    #expect(nobody.nothingDue == "Nothing due by tomorrow with the tag army: nothing to review.")
    #expect(
      Review(workspace: workspace, days: 0, tags: ["x", "y"]).nothingDue
        == "Nothing due today or earlier with the tags x, y: nothing to review.")
  }

  @Test func aLogWritesWhatFuLogWritesAndMovesOn() throws {
    let vault = try TestVault("review-log", files: Self.files)
    defer { vault.remove() }
    let workspace = try vault.workspace()
    var review = Review(workspace: workspace, days: 0, tags: [])
    // Enter's rule: last contact + cadence.
    #expect(try review.usualNextFollowUp(message: "Call", sent: false) == day(2026, 12, 5))
    let said = try review.log(message: "Call", next: nil, sent: false)
    #expect(said == "Logged Ada Lovelace; next follow-up Dec 5 (in 14d).")
    #expect(
      vault.text("ada.md")
        == "---\nname: Ada Lovelace\ncadence: 2w\nlast_contact: 2026-11-21\nnext_follow_up: 2026-12-05\n---\n\n## Interactions\n\n- 2026-11-01: Tea\n- 2026-11-21: Call\n"
    )
    #expect(review.position == 1 && review.tally.logged == 1)
    // The same as fu log would write, on a second copy of the vault.
    let other = try TestVault("review-log-same", files: Self.files)
    defer { other.remove() }
    let otherWorkspace = try other.workspace()
    var request = LogRequest(date: otherWorkspace.today, message: "Call")
    request.practice = otherWorkspace.settings.practice
    let planned = request
    let file = try otherWorkspace.file(named: "ada")
    try ContactChange(file, in: otherWorkspace) { try LogPlanner.plan($0, planned) }
      .write(commitMessage: nil)
    #expect(other.text("ada.md") == vault.text("ada.md"))
  }

  @Test func anAttemptFollowsTheSequenceAndIsCountedAsSent() throws {
    let vault = try TestVault("review-sent", files: Self.files)
    defer { vault.remove() }
    var review = Review(workspace: try vault.workspace(), days: 0, tags: [])
    #expect(try review.usualNextFollowUp(message: "Intro", sent: true) == day(2026, 11, 23))
    let said = try review.log(message: "Intro", next: .on(day(2026, 11, 30)), sent: true)
    #expect(said == "Logged an attempt with Ada Lovelace; next follow-up Nov 30 (in 9d).")
    #expect(vault.text("ada.md")?.contains("- 2026-11-21: Intro #sent\n") == true)
    #expect(review.tally.sent == 1 && review.tally.logged == 0)
  }

  @Test func aSnoozeWritesWhatFuSnoozeWrites() throws {
    let vault = try TestVault("review-snooze", files: Self.files)
    defer { vault.remove() }
    var review = Review(workspace: try vault.workspace(), days: 0, tags: [])
    review.skip()
    #expect(
      try review.snooze(to: .on(day(2026, 12, 1))) == "Snoozed Grace Hopper to Dec 1 (in 10d).")
    #expect(
      vault.text("grace.md")
        == Self.files["grace.md"]?.replacing("2026-11-21", with: "2026-12-01"))
    #expect(review.isFinished)
    #expect(review.summary == "Reviewed 2 of 2: 0 logged, 0 sent, 1 snoozed, 1 skipped.")
    #expect(review.done == ["Snoozed Grace Hopper to Dec 1 (in 10d)."])
    #expect(try review.card() == nil)
  }

  @Test func snoozingToNoneEmptiesTheFollowUp() throws {
    let vault = try TestVault("review-none", files: Self.files)
    defer { vault.remove() }
    var review = Review(workspace: try vault.workspace(), days: 0, tags: [])
    review.skip()
    #expect(try review.snooze(to: .none) == "Cleared Grace Hopper's next follow-up.")
    #expect(vault.text("grace.md")?.contains("next_follow_up:\n") == true)
  }

  @Test func aSnoozeThatChangesNothingCountsAsASkip() throws {
    let vault = try TestVault("review-same-day", files: Self.files)
    defer { vault.remove() }
    var review = Review(workspace: try vault.workspace(), days: 0, tags: [])
    review.skip()
    #expect(
      try review.snooze(to: .on(day(2026, 11, 21)))
        == "Grace Hopper's next follow-up is Nov 21 (today) already.")
    #expect(vault.text("grace.md") == Self.files["grace.md"])
    #expect(review.summary == "Reviewed 2 of 2: 0 logged, 0 sent, 0 snoozed, 2 skipped.")
  }

  @Test func aFileChangedBetweenCardsIsReadAgainAndWrittenFromWhatItSaysNow() throws {
    let vault = try TestVault("review-changed", files: Self.files)
    defer { vault.remove() }
    var review = Review(workspace: try vault.workspace(), days: 0, tags: [])
    let changed = Self.files["ada.md"]!.replacing(
      "- 2026-11-01: Tea\n", with: "- 2026-11-01: Tea\n- 2026-11-10: Lunch, by hand\n")
    try Data(changed.utf8).write(to: vault.folder.appendingPathComponent("ada.md"))
    let card = try #require(try review.card())
    #expect(card.card.log.first?.text == "Lunch, by hand")
    try review.log(message: "Call", next: nil, sent: false)
    #expect(
      vault.text("ada.md")?.hasSuffix("- 2026-11-10: Lunch, by hand\n- 2026-11-21: Call\n") == true)
  }

  @Test func aFileThatCannotBeReadIsTheCardsErrorAndCanBeSkipped() throws {
    let vault = try TestVault("review-gone", files: Self.files)
    defer { vault.remove() }
    var review = Review(workspace: try vault.workspace(), days: 0, tags: [])
    try FileManager.default.removeItem(at: vault.folder.appendingPathComponent("ada.md"))
    #expect(throws: FuError.self) { try review.card() }
    #expect(throws: FuError.self) { try review.log(message: "x", next: nil, sent: false) }
    #expect(review.position == 0 && review.tally == Review.Tally())
    review.skip()
    #expect(try review.card()?.card.contact.name == "Grace Hopper")
  }

  @Test func theSummaryCountsEditsAndDraftsOnlyWhenThereWereSome() throws {
    let vault = try TestVault("review-summary", files: Self.files)
    defer { vault.remove() }
    var review = Review(workspace: try vault.workspace(), days: 0, tags: [])
    #expect(review.summary == "Reviewed 0 of 2: 0 logged, 0 sent, 0 snoozed, 0 skipped.")
    review.noteEdited()
    _ = try review.draft()
    #expect(
      review.summary
        == "Reviewed 0 of 2: 0 logged, 0 sent, 0 snoozed, 0 skipped, 1 edited, 1 drafted.")
  }
}
