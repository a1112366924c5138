import Foundation
import Testing

@testable import FuKit

/// The one write path: planned on the file as read, written only when asked, planned again
/// on the file as it is when written, and reported.
@Suite struct ContactChangeTests {
  static let ada = "---\nname: Ada Lovelace\nnext_follow_up: 2026-11-20\n---\n\n## Interactions\n"

  @Test func aPlannedChangeWritesNothingUntilItIsWritten() throws {
    let vault = try TestVault("change", files: ["ada.md": Self.ada])
    defer { vault.remove() }
    let workspace = try vault.workspace()
    let change = try ContactChange(try workspace.file(named: "ada"), in: workspace) {
      try SnoozePlanner.plan($0, to: .on(day(2026, 12, 1)))
    }
    try change.checkWritable()
    #expect(vault.text("ada.md") == Self.ada)
    #expect(vault.log.writes == 0)
    let written = try change.write(commitMessage: nil)
    #expect(vault.text("ada.md") == Self.ada.replacing("2026-11-20", with: "2026-12-01"))
    #expect(written.nextFollowUp == day(2026, 12, 1))
    #expect(vault.log.writes == 1)
  }

  @Test func aFileChangedSincePlanningIsPlannedAgain() throws {
    let vault = try TestVault("change-replan", files: ["ada.md": Self.ada])
    defer { vault.remove() }
    let workspace = try vault.workspace()
    let request = LogRequest(
      date: day(2026, 11, 21), message: "Coffee", next: nil, cadenceByTag: [])
    let change = try ContactChange(try workspace.file(named: "ada"), in: workspace) {
      try LogPlanner.plan($0, request)
    }
    // An editor saves a note in between: it is kept, and the entry still added.
    let edited = Self.ada.replacing("## Interactions\n", with: "A note.\n\n## Interactions\n")
    try Data(edited.utf8).write(to: vault.folder.appendingPathComponent("ada.md"))
    try change.write(commitMessage: nil)
    let text = try #require(vault.text("ada.md"))
    #expect(text.contains("A note.\n"))
    #expect(text.contains("- 2026-11-21: Coffee\n"))
  }

  @Test func aReadOnlyFileIsRefusedByTheDryRunToo() throws {
    let vault = try TestVault("change-readonly", files: ["ada.md": Self.ada])
    defer { vault.remove() }
    let path = vault.folder.appendingPathComponent("ada.md").path
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
    let workspace = try vault.workspace()
    let change = try ContactChange(try workspace.file(named: "ada"), in: workspace) {
      try SnoozePlanner.plan($0, to: .on(day(2026, 12, 1)))
    }
    #expect(throws: FuError.self) { try change.checkWritable() }
    #expect(throws: FuError.self) { try change.write(commitMessage: nil) }
    #expect(vault.text("ada.md") == Self.ada)
  }

  @Test func theFilesProblemsAreToldOnceThePlanIsMade() throws {
    let text = "---\nname: Ada\ncadence: sometimes\n---\n"
    let vault = try TestVault("change-warn", files: ["ada.md": text])
    defer { vault.remove() }
    let workspace = try vault.workspace()
    let file = try workspace.file(named: "ada")
    _ = try ContactChange(file, in: workspace) { try SnoozePlanner.plan($0, to: .on(day(2026, 12, 1))) }
    #expect(vault.log.warnings.count == 1)
    #expect(vault.log.warnings.first?.contains("unknown cadence") == true)
    _ = try ContactChange(file, in: workspace, tellingItsProblems: false) {
      try SnoozePlanner.plan($0, to: .on(day(2026, 12, 1)))
    }
    #expect(vault.log.warnings.count == 1)
  }
}
