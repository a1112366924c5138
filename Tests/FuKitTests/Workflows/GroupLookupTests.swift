import Foundation
import Testing

@testable import FuKit

/// The people of one `fu log`: a comma-separated WHO and `--with`, each found once, or
/// nothing.
@Suite struct GroupLookupTests {
  static let files = [
    "ada.md": "---\nname: Ada Lovelace\n---\n",
    "grace.md": "---\nname: Grace Hopper\n---\n",
    "lee.md": "---\nname: Lee, Jordan\n---\n",
    "alan.md": "---\nname: Alan Turing\n---\n",
  ]

  @Test(arguments: [true, false])
  func aCommaSeparatedWhoAndWithNameEachPersonInOrder(index: Bool) throws {
    let vault = try TestVault("group", files: Self.files)
    defer { vault.remove() }
    let workspace = try vault.workspace(index: index)
    #expect(try workspace.files(namedIn: "ada, grace").map(\.path) == ["ada.md", "grace.md"])
    #expect(try workspace.files(namedIn: "grace,ada,").map(\.path) == ["grace.md", "ada.md"])
    #expect(
      try workspace.files(namedIn: "ada", with: ["alan", "grace"]).map(\.path)
        == ["ada.md", "alan.md", "grace.md"])
  }

  @Test func aNameWithItsOwnCommaIsOnePerson() throws {
    let vault = try TestVault("group-comma", files: Self.files)
    defer { vault.remove() }
    let workspace = try vault.workspace()
    #expect(try workspace.files(namedIn: "Lee, Jordan").map(\.path) == ["lee.md"])
    #expect(try workspace.files(namedIn: "ada, Lee").map(\.path) == ["ada.md", "lee.md"])
  }

  @Test func oneUnknownOrRepeatedNameFindsNobody() throws {
    let vault = try TestVault("group-bad", files: Self.files)
    defer { vault.remove() }
    let workspace = try vault.workspace()
    #expect(throws: FuError.self) { try workspace.files(namedIn: "ada, nobody") }
    #expect(throws: FuError.self) { try workspace.files(namedIn: " , ") }
    #expect(
      throws: FuError.sameContactTwice(
        first: "ada", second: "lovelace",
        contact: "Ada Lovelace (\(workspace.vault.displayPath(of: "ada.md")))")
    ) { try workspace.files(namedIn: "ada", with: ["lovelace"]) }
  }

  @Test func aMessageStartingWithAnotherContactsNameIsRefused() throws {
    let vault = try TestVault("group-message", files: Self.files)
    defer { vault.remove() }
    let workspace = try vault.workspace()
    let ada = try workspace.files(namedIn: "ada")
    #expect(
      throws: FuError.messageStartsWithContact(
        word: "grace", contact: "Grace Hopper (\(workspace.vault.displayPath(of: "grace.md")))",
        rest: "Group lunch", who: "ada")
    ) {
      try workspace.refuseContactAsFirstWord(
        of: ["grace", "Group lunch"], who: "ada", besides: ada)
    }
    // Quoted as one argument, a word of the text, or the contact logged to: text.
    try workspace.refuseContactAsFirstWord(of: ["grace Group lunch"], who: "ada", besides: ada)
    try workspace.refuseContactAsFirstWord(of: ["Lunch", "grace"], who: "ada", besides: ada)
    try workspace.refuseContactAsFirstWord(of: ["Ada", "called"], who: "ada", besides: ada)
    try workspace.refuseContactAsFirstWord(of: ["gra", "called"], who: "ada", besides: ada)
    try workspace.refuseContactAsFirstWord(of: ["hopper", "called"], who: "ada", besides: ada)
  }
}
