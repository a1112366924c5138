import Foundation

@testable import FuKit

/// The write contract of `fu log`, checked with line diffs of its own, one of the front
/// matter and one of the body: `edit` removes from `file` only the front-matter lines of the
/// dates it changes (and of `notes`, for `--note`) (and the last line, when it gains a line ending); it adds only such key
/// lines and, to a file without front matter, its fences; and to the body only the entry,
/// a new heading and blank lines, in line endings the file already has; the byte-order mark
/// and the final newline stay as they were; and the result reads back with the entry and
/// the new dates. Returns what broke, one sentence each: none when all holds.
func writeContractViolations(
  _ edit: ContactEdit, of file: ContactFile, for request: LogRequest
) -> [String] {
  var violations: [String] = []
  func check(_ condition: Bool, _ violation: @autoclosure () -> String) {
    if !condition { violations.append(violation()) }
  }
  let document = file.document
  let result = edit.result
  let lastContact = max(request.date, file.contact.lastContact ?? request.date)
  var changedKeys: Set<String> = []
  if lastContact != file.contact.lastContact { changedKeys.insert("last_contact") }
  if edit.nextFollowUp != file.contact.nextFollowUp { changedKeys.insert("next_follow_up") }
  let notes = request.note.map { try? NoteText.read($0) }
  if let notes, notes != file.contact.notes { changedKeys.insert("notes") }
  // The entry as written with `:`, or with a separator the file's entries use (` — `).
  let separators = Set(file.contact.log.map(\.separator) + [":"])
  let entry = Set(
    separators.flatMap { LogPlanner.entryLines(request, marker: "", separator: $0) }
      .map { $0.trimmingSpaces() })
  // A last line without a line ending gains one when lines go after it.
  let openLast = document.lines.last.flatMap { TextDocument.terminator(of: $0).isEmpty ? $0 : nil }
  let endings = Set(document.lines.map(TextDocument.terminator(of:)) + [document.lineEnding])

  let oldStart = file.frontMatter.bodyStart
  let newStart = FrontMatterBlock(document: result).bodyStart
  for inFrontMatter in [true, false] {
    let (removed, added) =
      inFrontMatter
      ? lineDiff(document.lines[..<oldStart], result.lines[..<newStart])
      : lineDiff(document.lines[oldStart...], result.lines[newStart...])
    for index in removed {
      let content = String(TextDocument.stripTerminator(document.lines[index]))
      let isChangedKey = inFrontMatter && changedKey(content).map(changedKeys.contains) == true
      check(
        isChangedKey || (openLast != nil && index == document.lines.count - 1),
        "removed line \(index + 1) \(content.debugDescription)")
    }
    for index in added {
      let line = result.lines[index]
      let content = String(TextDocument.stripTerminator(line))
      let allowed =
        inFrontMatter
        ? changedKey(content).map(changedKeys.contains) == true || (content == "---" && oldStart == 0)
        : entry.contains(withoutListMarker(content)) || content == "## Interactions"
          || content.isEmpty
      check(allowed || content == openLast, "added line \(index + 1) \(content.debugDescription)")
      if index != result.lines.count - 1 {
        let ending = TextDocument.terminator(of: line)
        check(endings.contains(ending), "new line ending \(ending.debugDescription)")
      }
    }
  }
  check(
    result.hasByteOrderMark == document.hasByteOrderMark,
    "byte-order mark \(document.hasByteOrderMark ? "dropped" : "added")")
  check(
    (result.lines.last?.hasSuffix("\n") ?? true)
      == (document.lines.last?.hasSuffix("\n") ?? true),
    "final newline not kept or absent as before")

  let reread = ContactFile(path: file.path, document: result, readLog: true)
  check(reread.refusalReason == nil, "result refused: \(String(describing: reread.refusalReason))")
  check(reread.contact.log.contains { $0.date == request.date }, "entry does not read back")
  check(
    reread.contact.lastContact == lastContact,
    "last_contact reads back as \(String(describing: reread.contact.lastContact)),"
      + " not \(lastContact)")
  check(
    reread.contact.log.count == file.contact.log.count + 1,
    "\(reread.contact.log.count - file.contact.log.count) entries added, not one")
  let nextFollowUp = request.next.map(\.date) ?? edit.nextFollowUp
  check(
    reread.contact.nextFollowUp == nextFollowUp,
    "next_follow_up reads back as \(String(describing: reread.contact.nextFollowUp)),"
      + " not \(String(describing: nextFollowUp))")
  if let notes {
    check(
      reread.contact.notes == notes,
      "notes reads back as \(String(describing: reread.contact.notes)), not \(String(describing: notes))")
  }
  if request.sent {
    check(
      reread.contact.log.contains { $0.date == request.date && $0.isAttempt },
      "the entry does not read back as an attempt")
  }
  return violations
}

/// `content` without its indentation and list marker (`- `, `* `, `+ `, `3. `, `3) `).
private func withoutListMarker(_ content: String) -> String {
  let text = content.trimmingSpaces()
  if let match = text.prefixMatch(of: #/(?:[-*+]|\d{1,9}[.)])\s/#) {
    return String(text[match.range.upperBound...]).trimmingSpaces()
  }
  return text
}

/// `last_contact`, `next_follow_up` or `notes` when `content` is a line of that key, however
/// spelled.
private func changedKey(_ content: String) -> String? {
  guard let colon = content.firstIndex(of: ":") else { return nil }
  let key = FrontMatter.normalize(
    key: String(content[..<colon]).trimmingCharacters(in: .init(charactersIn: " \t\"'")))
  return ["last_contact", "next_follow_up", "notes"].contains(key) ? key : nil
}

/// The indexes of the lines only in `old` and of those only in `new`, by longest common
/// subsequence.
private func lineDiff(_ oldLines: ArraySlice<String>, _ newLines: ArraySlice<String>) -> (
  removed: [Int], added: [Int]
) {
  let (old, new) = (Array(oldLines), Array(newLines))
  var table = Array(repeating: Array(repeating: 0, count: new.count + 1), count: old.count + 1)
  for i in stride(from: old.count - 1, through: 0, by: -1) {
    for j in stride(from: new.count - 1, through: 0, by: -1) {
      table[i][j] =
        old[i] == new[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
    }
  }
  var removed: [Int] = []
  var added: [Int] = []
  var i = 0
  var j = 0
  while i < old.count || j < new.count {
    if i < old.count, j < new.count, old[i] == new[j] {
      i += 1
      j += 1
    } else if j < new.count, i == old.count || table[i][j + 1] >= table[i + 1][j] {
      added.append(newLines.startIndex + j)
      j += 1
    } else {
      removed.append(oldLines.startIndex + i)
      i += 1
    }
  }
  return (removed, added)
}
