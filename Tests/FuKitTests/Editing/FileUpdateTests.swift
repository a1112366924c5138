import Foundation
import FuTestSupport
import Glibc
import Testing

@testable import FuKit

/// Writing an edit under the folder lock, planned on the file as it is at that moment.
@Suite struct FileUpdateTests {
  private let original = """
    ---
    name: Ada Lovelace
    cadence: 2w
    last_contact: 2026-11-01
    ---

    ## Interactions

    - 2026-11-01: Tea

    """

  private func makeVault() throws -> (Vault, String) {
    let url = try makeTemporaryFolder("update")
    try Data(original.utf8).write(to: url.appendingPathComponent("ada.md"))
    let vault = try Vault(path: url.path)
    return (vault, vault.absolutePath(of: "ada.md"))
  }

  private func text(_ path: String) throws -> String {
    String(decoding: try FileSystem.read(path), as: UTF8.self)
  }

  private let request = LogRequest(date: day(2026, 11, 21), message: "Coffee")

  @Test func anEditorsSaveMeanwhileIsKeptAndTheEditPlannedAgain() throws {
    let (vault, path) = try makeVault()
    defer { try? FileManager.default.removeItem(atPath: vault.root) }
    var plans = 0
    let written = try FileUpdate.apply(to: "ada.md", in: vault, of: "Ada Lovelace") { file in
      plans += 1
      let edit = try LogPlanner.plan(file, request)
      if plans == 1 {
        // The user saves in their editor after fu planned on the old text.
        try Data(original.replacingOccurrences(of: "Tea", with: "Tea and cake").utf8)
          .write(to: URL(fileURLWithPath: path))
      }
      return edit
    }
    #expect(plans == 2)
    let result = try text(path)
    #expect(result.contains("- 2026-11-01: Tea and cake"))
    #expect(result.contains("- 2026-11-21: Coffee"))
    #expect(result == written.result.text)
  }

  /// The file as planned on, still as it was: the edit planned then is written as it is.
  @Test func anEditPlannedOnTheFileAsItStillIsIsNotPlannedAgain() throws {
    let (vault, path) = try makeVault()
    defer { try? FileManager.default.removeItem(atPath: vault.root) }
    let file = try vault.readFile("ada.md").get()
    let planned = try LogPlanner.plan(file, request)
    var plans = 0
    let written = try FileUpdate.apply(
      to: "ada.md", in: vault, of: "Ada Lovelace", planned: (file, planned)
    ) { file in
      plans += 1
      return try LogPlanner.plan(file, request)
    }
    #expect(plans == 0)
    #expect(try text(path) == planned.result.text)
    #expect(written.result.bytes == planned.result.bytes)
  }

  /// A save between the plan and the write: the edit is planned again on what it holds.
  @Test func anEditPlannedBeforeASaveIsPlannedAgain() throws {
    let (vault, path) = try makeVault()
    defer { try? FileManager.default.removeItem(atPath: vault.root) }
    let file = try vault.readFile("ada.md").get()
    let planned = try LogPlanner.plan(file, request)
    try Data(original.replacingOccurrences(of: "Tea", with: "Tea and cake").utf8)
      .write(to: URL(fileURLWithPath: path))
    var plans = 0
    _ = try FileUpdate.apply(
      to: "ada.md", in: vault, of: "Ada Lovelace", planned: (file, planned)
    ) { file in
      plans += 1
      return try LogPlanner.plan(file, request)
    }
    #expect(plans == 1)
    let result = try text(path)
    #expect(result.contains("- 2026-11-01: Tea and cake"))
    #expect(result.contains("- 2026-11-21: Coffee"))
  }

  /// A file read without its log is read again with it, and the edit planned again: the
  /// plan under the lock may need what the first reading left out.
  @Test func anEditPlannedOnAFileReadWithoutItsLogIsPlannedAgain() throws {
    let (vault, path) = try makeVault()
    defer { try? FileManager.default.removeItem(atPath: vault.root) }
    let file = try vault.readFile("ada.md", readLog: false).get()
    let planned = try SnoozePlanner.plan(file, to: .on(day(2026, 12, 1)))
    var plans = 0
    _ = try FileUpdate.apply(
      to: "ada.md", in: vault, of: "Ada Lovelace", planned: (file, planned)
    ) { file in
      plans += 1
      #expect(file.isLogRead)
      return try SnoozePlanner.plan(file, to: .on(day(2026, 12, 1)))
    }
    #expect(plans == 1)
    #expect(try text(path) == planned.result.text)
  }

  /// WHO is found before the lock is taken: a file renamed into the contact's place
  /// meanwhile (two names swapped) is someone else's, and is not written.
  @Test(arguments: [false, true])
  func anotherPersonsFileInTheContactsPlaceIsLeftAlone(meanwhile: Bool) throws {
    let (vault, path) = try makeVault()
    defer { try? FileManager.default.removeItem(atPath: vault.root) }
    let bob = original.replacingOccurrences(of: "Ada Lovelace", with: "Bob Bemer")
    func swapIn() throws {
      try Data(bob.utf8).write(to: URL(fileURLWithPath: path + ".new"))
      #expect(rename(path + ".new", path) == 0)
    }
    if !meanwhile { try swapIn() }
    var plans = 0
    #expect {
      try FileUpdate.apply(to: "ada.md", in: vault, of: "Ada Lovelace") { file in
        plans += 1
        let edit = try LogPlanner.plan(file, request)
        if meanwhile { try swapIn() }
        return edit
      }
    } throws: { error in
      guard case FuError.refusedWrite(let problem) = error else { return false }
      return problem.description
        == "ada.md: holds Bob Bemer now, not Ada Lovelace (renamed while fu worked on it); run fu again"
    }
    #expect(plans == (meanwhile ? 1 : 0))
    #expect(try text(path) == bob)
  }

  @Test func aFileThatNeverStopsChangingIsLeftAlone() throws {
    let (vault, path) = try makeVault()
    defer { try? FileManager.default.removeItem(atPath: vault.root) }
    var plans = 0
    #expect(throws: FuError.self) {
      try FileUpdate.apply(to: "ada.md", in: vault, of: "Ada Lovelace") { file in
        plans += 1
        let edit = try LogPlanner.plan(file, request)
        try Data((original + "\(plans)\n").utf8).write(to: URL(fileURLWithPath: path))
        return edit
      }
    }
    #expect(plans == FileUpdate.attempts)
    #expect(!(try text(path)).contains("Coffee"))
  }

  @Test func aLinkOutOfTheVaultIsRefused() throws {
    let (vault, _) = try makeVault()
    defer { try? FileManager.default.removeItem(atPath: vault.root) }
    let outside = FileManager.default.temporaryDirectory
      .appendingPathComponent("fu-outside-\(UUID().uuidString).md")
    try Data(original.utf8).write(to: outside)
    defer { try? FileManager.default.removeItem(at: outside) }
    try FileManager.default.createSymbolicLink(
      atPath: vault.absolutePath(of: "link.md"), withDestinationPath: outside.path)
    #expect {
      try FileUpdate.apply(to: "link.md", in: vault, of: "Ada Lovelace") {
        try LogPlanner.plan($0, request)
      }
    } throws: { error in
      guard case FuError.refusedWrite = error else { return false }
      return true
    }
    #expect(try Data(contentsOf: outside) == Data(original.utf8))
  }

  /// Root may write any file, so that access(2) says yes: the mode bits decide then. As
  /// another user, access(2) says no first.
  @Test func aReadOnlyFileIsRefused() throws {
    let (vault, path) = try makeVault()
    defer { try? FileManager.default.removeItem(atPath: vault.root) }
    #expect(chmod(path, 0o444) == 0)
    #expect(throws: FuError.self, "a dry run fails as the write would") {
      try FileUpdate.checkWritable("ada.md", in: vault)
    }
    #expect {
      try FileUpdate.apply(to: "ada.md", in: vault, of: "Ada Lovelace") {
        try LogPlanner.plan($0, request)
      }
    } throws: { error in
      guard case FuError.refusedWrite(let diagnostic) = error else { return false }
      return diagnostic.path == "ada.md" && diagnostic.message.contains("read-only")
    }
    #expect(try text(path) == original)
  }

  @Test func theTemporaryFileAKilledWriterLeftIsReplaced() throws {
    let (vault, path) = try makeVault()
    defer { try? FileManager.default.removeItem(atPath: vault.root) }
    let abandoned = vault.absolutePath(of: ".ada.md.fu.tmp")
    let other = vault.absolutePath(of: ".grace.md.fu.tmp")
    for file in [abandoned, other] {
      try Data("half".utf8).write(to: URL(fileURLWithPath: file))
    }
    _ = try FileUpdate.apply(to: "ada.md", in: vault, of: "Ada Lovelace") {
      try LogPlanner.plan($0, request)
    }
    #expect(!FileManager.default.fileExists(atPath: abandoned))
    #expect(FileManager.default.fileExists(atPath: other), "only ada.md's is its writer's")
    #expect(try text(path).contains("Coffee"))
  }
}
