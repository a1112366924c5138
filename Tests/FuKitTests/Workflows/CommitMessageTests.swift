import Testing

@testable import FuKit

/// `git log --oneline` of an autocommitted vault reads as a journal.
@Suite struct CommitMessageTests {
  @Test func aLogSaysWhoAndTheEntrysFirstLine() {
    #expect(
      CommitMessage.log(name: "Ada Lovelace", message: "Coffee; send the deck")
        == "fu log: Ada Lovelace — Coffee; send the deck")
    #expect(
      CommitMessage.log(name: "Ada", message: "Call\twent   well\nDetails below\n")
        == "fu log: Ada — Call went well")
    #expect(CommitMessage.log(name: "Ada", message: "") == "fu log: Ada")
    #expect(CommitMessage.log(name: "Ada", message: "\n\n") == "fu log: Ada")
  }

  @Test func aLongEntryIsCutToALineGitShowsWhole() {
    let message = String(repeating: "word ", count: 40)
    let subject = CommitMessage.log(name: "Grace Hopper", message: message)
    #expect(subject.count <= CommitMessage.width)
    #expect(subject.hasPrefix("fu log: Grace Hopper — word word"))
    #expect(subject.hasSuffix("word…"))
    // A name that leaves no room for the text keeps the name whole.
    let name = String(repeating: "N", count: 70)
    #expect(CommitMessage.log(name: name, message: "Coffee") == "fu log: \(name)")
  }

  @Test func aDoneSaysWhichTaskCutAsALogIs() {
    #expect(
      CommitMessage.done(name: "Ada", task: "Send the deck 📅 2026-12-01")
        == "fu done: Ada — Send the deck 📅 2026-12-01")
    #expect(
      CommitMessage.done(name: "Ada", task: String(repeating: "word ", count: 40)).count
        <= CommitMessage.width)
  }

  @Test func aSnoozeSaysTheNewDay() {
    #expect(
      CommitMessage.snooze(name: "Ken Thompson", to: day(2026, 11, 30))
        == "fu snooze: Ken Thompson to 2026-11-30")
  }
}
