import Foundation
import Testing

@testable import FuKit

/// The write contract of `fu done`, over every open task of every fixture and sample file:
/// exactly one line changes, into itself with `[ ]` made `[x]` and ` ✅ date` added; every
/// other line stays byte for byte, and the task reads back as no longer open. (A done date
/// replaced, and the refusals, are `DonePlannerTests`'.)
@Suite struct DoneRoundTripTests {
  static let files =
    LogRoundTripTests.files + markdownFiles(under: ["Tests/Fixtures/vaults/calendar-edges"])
  static let day = CalendarDate(year: 2026, month: 11, day: 21)!

  @Test(arguments: files)
  func tickingChangesOnlyTheTasksLine(_ path: String) throws {
    let bytes = try Data(contentsOf: repositoryRoot.appendingPathComponent(path))
    guard let document = TextDocument(bytes: bytes) else { return }
    let file = ContactFile(path: path, document: document)
    let tasks = file.openTasks
    for task in tasks {
      let text = task.text.isEmpty ? nil : task.text
      // A text names the first of the tasks written alike.
      guard tasks.first(where: { NameFolding.fold($0.text) == NameFolding.fold(task.text) }) == task
      else { continue }
      guard file.refusalReason == nil, text != nil || tasks.count == 1, !task.text.contains("🔁")
      else {
        #expect(throws: FuError.self, "\(path):\(task.line + 1)") {
          try DonePlanner.plan(file, ticking: text, on: Self.day)
        }
        continue
      }
      let edit = try DonePlanner.plan(file, ticking: text, on: Self.day)
      let (old, new) = (document.lines, edit.result.lines)
      #expect(old.count == new.count, "\(path): lines added or removed")
      for index in old.indices where index != task.line {
        #expect(old[index] == new[index], "\(path):\(index + 1) changed")
      }
      var expected = Array(old[task.line].utf8)
      expected.replaceSubrange(task.column..<(task.column + 3), with: Array("[x]".utf8))
      let changed = String(decoding: expected, as: UTF8.self)
      let stamp = " ✅ 2026-11-21"
      let ticked = new[task.line]
      #expect(
        ticked.utf8.count == changed.utf8.count + stamp.utf8.count, "\(path):\(task.line + 1)")
      #expect(
        ticked.replacingOccurrences(of: stamp, with: "") == changed, "\(path):\(task.line + 1)")
      let reread = ContactFile(path: path, document: edit.result)
      #expect(reread.openTasks.count == tasks.count - 1)
      #expect(!reread.openTasks.contains { $0.line == task.line })
    }
  }
}
