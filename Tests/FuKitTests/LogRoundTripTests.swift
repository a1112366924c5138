import Foundation
import Testing

@testable import FuKit

/// The write contract, checked over every fixture file and every sample contact: after
/// `fu log`, an independent line diff shows only the changed or added key lines, the entry,
/// and where needed the new heading, front-matter fences and blank lines; every other line
/// stays byte for byte, and the result reads back with the entry and the new dates.
@Suite struct LogRoundTripTests {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// Every Markdown file of the sample vault and the fixture vaults, as (vault, path).
  static let files: [String] = {
    let roots = ["sample-vault", "Tests/Fixtures/vaults/edits", "Tests/Fixtures/vaults/broken"]
    return roots.flatMap { root -> [String] in
      let url = repository.appendingPathComponent(root)
      let paths =
        FileManager.default.enumerator(atPath: url.path)?.compactMap { $0 as? String } ?? []
      return paths.filter { $0.hasSuffix(".md") }.map { "\(root)/\($0)" }
    }.sorted()
  }()

  static let requests: [LogRequest] = {
    let today = CalendarDate(year: 2026, month: 11, day: 21)!
    return [
      LogRequest(date: today, message: "Coffee; send the deck"),
      LogRequest(date: CalendarDate(year: 2026, month: 6, day: 1)!, message: "An old call"),
      LogRequest(date: today, message: "Dinner\nwith a second line", next: today.adding(days: 14)),
      LogRequest(date: CalendarDate(year: 2020, month: 1, day: 1)!, message: ""),
    ]
  }()

  /// Files named `refuse-*` have shapes whose dates fu must not edit in place (a flow or
  /// indented front matter, a YAML line break fu does not split on): a log dated today must
  /// be refused; other logs may be refused too, or must keep the contract.
  @Test(arguments: files)
  func writeChangesOnlyTheLinesItIsAbout(_ path: String) throws {
    let bytes = try Data(contentsOf: Self.repository.appendingPathComponent(path))
    guard let document = TextDocument(bytes: bytes) else { return }  // not UTF-8: never read
    let file = ContactFile(path: path, document: document, readLog: true)
    for request in Self.requests {
      guard file.refusalReason == nil else {
        #expect(throws: FuError.self) { try LogWriter.plan(file, request) }
        continue
      }
      let mustRefuseDateEdits = path.split(separator: "/").last?.hasPrefix("refuse-") ?? false
      if mustRefuseDateEdits && request.date == Self.requests[0].date {
        #expect(throws: FuError.self, "\(path) must be refused") {
          try LogWriter.plan(file, request)
        }
        continue
      }
      let edit: ContactEdit
      do {
        edit = try LogWriter.plan(file, request)
      } catch {
        guard mustRefuseDateEdits, case .cannotEdit = error else { throw error }
        continue  // refused, and nothing written: what these shapes call for
      }
      let (removed, added) = lineDiff(document.lines, edit.result.lines)
      let entry = Set(LogWriter.entryLines(request, marker: "").map { $0.trimmingSpaces() })
      let oldLast = document.lines.last.map { String(TextDocument.stripTerminator($0)) }

      for line in removed {
        let content = String(TextDocument.stripTerminator(line))
        #expect(
          isDateKeyLine(content) || (content == oldLast && line == document.lines.last),
          "\(path): removed \(content.debugDescription)")
      }
      for line in added {
        let content = String(TextDocument.stripTerminator(line))
        let allowed =
          isDateKeyLine(content) || entry.contains(withoutListMarker(content))
          || content == "## Interactions"
          || content == "---" || content.isEmpty || content == oldLast
        #expect(allowed, "\(path): added \(content.debugDescription)")
        if line != edit.result.lines.last {
          let endings = Set(
            document.lines.map(TextDocument.terminator(of:)) + [document.lineEnding])
          #expect(endings.contains(TextDocument.terminator(of: line)), "\(path): new line ending")
        }
      }
      #expect(edit.result.hasByteOrderMark == document.hasByteOrderMark)
      #expect(
        (edit.result.lines.last?.hasSuffix("\n") ?? true)
          == (document.lines.last?.hasSuffix("\n") ?? true),
        "\(path): final newline kept or absent as before")

      let reread = ContactFile(path: path, document: edit.result, readLog: true)
      #expect(reread.refusalReason == nil)
      #expect(reread.contact.log.contains { $0.date == request.date }, "\(path): entry reads back")
      #expect(
        reread.contact.lastContact == max(request.date, file.contact.lastContact ?? request.date))
      #expect(reread.contact.log.count == file.contact.log.count + 1, "\(path): one entry added")
      if let next = request.next { #expect(reread.contact.nextFollowUp == next) }
    }
  }

  /// `content` without its indentation and list marker (`- `, `* `, `+ `, `3. `, `3) `).
  private func withoutListMarker(_ content: String) -> String {
    let text = content.trimmingSpaces()
    if let match = text.prefixMatch(of: #/(?:[-*+]|\d{1,9}[.)])\s/#) {
      return String(text[match.range.upperBound...]).trimmingSpaces()
    }
    return text
  }

  private func isDateKeyLine(_ content: String) -> Bool {
    guard let colon = content.firstIndex(of: ":") else { return false }
    let key = FrontMatter.normalize(
      key: String(content[..<colon]).trimmingCharacters(in: .init(charactersIn: "\"'")))
    return key == "last_contact" || key == "next_follow_up"
  }

  /// Lines only in `old` and lines only in `new`, by longest common subsequence.
  private func lineDiff(_ old: [String], _ new: [String]) -> (removed: [String], added: [String]) {
    var table = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
    for i in stride(from: old.count - 1, through: 0, by: -1) {
      for j in stride(from: new.count - 1, through: 0, by: -1) {
        table[i][j] =
          old[i] == new[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
      }
    }
    var removed: [String] = []
    var added: [String] = []
    var i = 0
    var j = 0
    while i < old.count || j < new.count {
      if i < old.count, j < new.count, old[i] == new[j] {
        i += 1
        j += 1
      } else if j < new.count, i == old.count || table[i][j + 1] >= table[i + 1][j] {
        added.append(new[j])
        j += 1
      } else {
        removed.append(old[i])
        i += 1
      }
    }
    return (removed, added)
  }
}
