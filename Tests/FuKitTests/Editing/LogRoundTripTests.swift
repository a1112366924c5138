import Foundation
import Testing

@testable import FuKit

/// The write contract, checked over every fixture file and every sample contact: after
/// `fu log`, an independent line diff shows only the changed or added key lines, the entry,
/// and where needed the new heading, front-matter fences and blank lines; every other line
/// stays byte for byte, and the result reads back with the entry and the new dates.
@Suite struct LogRoundTripTests {
  /// Every Markdown file of the sample vault and the fixture vaults, as (vault, path).
  static let files = markdownFiles(
    under: [
      "sample-vault", "Tests/Fixtures/vaults/edits", "Tests/Fixtures/vaults/broken",
      "Tests/Fixtures/vaults/practice",
    ])

  static let requests: [LogRequest] = {
    let today = CalendarDate(year: 2026, month: 11, day: 21)!
    return [
      LogRequest(date: today, message: "Coffee; send the deck"),
      LogRequest(date: CalendarDate(year: 2026, month: 6, day: 1)!, message: "An old call"),
      LogRequest(
        date: today, message: "Dinner\nwith a second line", next: .on(today.adding(days: 14))),
      LogRequest(date: CalendarDate(year: 2020, month: 1, day: 1)!, message: ""),
    ] + LogRequest.practiceRequests(today: today)
  }()

  /// Files named `refuse-*` have shapes whose dates fu must not edit in place (a flow or
  /// indented front matter, a YAML line break fu does not split on): a log dated today must
  /// be refused; other logs may be refused too, or must keep the contract. An attempt on a
  /// contact whose sequence fu cannot follow (here, with no config) must be refused.
  @Test(arguments: files)
  func writeChangesOnlyTheLinesItIsAbout(_ path: String) throws {
    let bytes = try Data(contentsOf: repositoryRoot.appendingPathComponent(path))
    guard let document = TextDocument(bytes: bytes) else { return }  // not UTF-8: never read
    let file = ContactFile(path: path, document: document, readLog: true)
    for request in Self.requests {
      guard file.refusalReason == nil else {
        #expect(throws: FuError.self) { try LogPlanner.plan(file, request) }
        continue
      }
      if request.sent, request.next == nil,
        case .failure = request.practice.sequence(for: file.contact)
      {
        #expect(throws: FuError.self, "\(path) must be refused") {
          try LogPlanner.plan(file, request)
        }
        continue
      }
      let mustRefuseDateEdits = path.split(separator: "/").last?.hasPrefix("refuse-") ?? false
      if mustRefuseDateEdits && request.date == Self.requests[0].date {
        #expect(throws: FuError.self, "\(path) must be refused") {
          try LogPlanner.plan(file, request)
        }
        continue
      }
      let edit: ContactEdit
      do {
        edit = try LogPlanner.plan(file, request)
      } catch {
        guard mustRefuseDateEdits, case .cannotEdit = error else { throw error }
        continue  // refused, and nothing written: what these shapes call for
      }
      for violation in writeContractViolations(edit, of: file, for: request) {
        Issue.record("\(path): \(violation)")
      }
    }
  }
}
