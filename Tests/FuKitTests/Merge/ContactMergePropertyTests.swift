import Foundation
import FuTestSupport
import Testing

@testable import FuKit

/// The merge against its definition, over every fixture and sample file: random fu writes
/// (log, log --next, snooze) on both sides merge cleanly, keep every entry, and read as
/// applying both sides' writes in date order would (as a set of entries and key values).
@Suite struct ContactMergePropertyTests {
  static let files = markdownFiles(under: ["sample-vault", "Tests/Fixtures/vaults/edits"])

  /// One write fu makes, on `date`.
  enum Write: CustomStringConvertible {
    case log(CalendarDate, String, next: CalendarDate?)
    case snooze(on: CalendarDate, to: CalendarDate)

    var date: CalendarDate {
      switch self {
      case .log(let date, _, _), .snooze(let date, _): date
      }
    }

    var description: String {
      switch self {
      case .log(let date, let text, let next):
        "log \(date) \(text.debugDescription) \(next.map { "--next \($0)" } ?? "")"
      case .snooze(let date, let to): "snooze on \(date) to \(to)"
      }
    }

    /// `document` after this write; `nil` when fu refuses it.
    func applied(to document: TextDocument, path: String) -> TextDocument? {
      let file = ContactFile(path: path, document: document, readLog: true)
      switch self {
      case .log(let date, let text, let next):
        return try? LogPlanner.plan(
          file, LogRequest(date: date, message: text, next: next.map(NextFollowUp.on))
        ).result
      case .snooze(_, let to):
        return try? SnoozePlanner.plan(file, to: .on(to)).result
      }
    }
  }

  static let messages = [
    "Coffee", "Call about the deck", "Email: sent the notes", "Dinner\nwith a second line",
    "Lunch — long one", "Coffee",
  ]

  /// Each side's writes, on days drawn without repeats, in date order on each side; only
  /// logs with `--next` when `onlyLogsWithNext`.
  static func writes(_ random: inout SplitMix64, onlyLogsWithNext: Bool) -> (
    ours: [Write], theirs: [Write]
  ) {
    let start = CalendarDate(year: 2026, month: 11, day: 1)!
    var days = Array(0..<40).map { start.adding(days: $0) }
    days.shuffle(using: &random)
    var sides: [[Write]] = [[], []]
    var used = 0
    for side in 0..<2 {
      let count = 1 + random.next(below: 3)
      for day in days[used..<(used + count)].sorted() {
        switch onlyLogsWithNext ? 1 : random.next(below: 4) {
        case 0:
          sides[side].append(.snooze(on: day, to: day.adding(days: 1 + random.next(below: 60))))
        case 1:
          sides[side].append(
            .log(
              day, messages[random.next(below: messages.count)],
              next: day.adding(days: 1 + random.next(below: 60))))
        default:
          sides[side].append(.log(day, messages[random.next(below: messages.count)], next: nil))
        }
      }
      used += count
    }
    return (sides[0], sides[1])
  }

  @Test(arguments: files)
  func randomWritesOnBothSidesMergeAsIfAppliedInDateOrder(_ path: String) throws {
    let bytes = try Data(contentsOf: repositoryRoot.appendingPathComponent(path))
    guard let base = TextDocument(bytes: bytes),
      ContactFile(path: path, document: base, readLog: true).refusalReason == nil
    else { return }
    var random = SplitMix64(seed: UInt64(truncatingIfNeeded: path.hashValueStable))
    for round in 0..<6 {
      let (ourWrites, theirWrites) = Self.writes(&random, onlyLogsWithNext: round >= 4)
      func apply(_ writes: [Write]) -> TextDocument? {
        writes.reduce(Optional(base)) { document, write in
          document.flatMap { write.applied(to: $0, path: path) }
        }
      }
      let both = (ourWrites + theirWrites).sorted { $0.date < $1.date }
      guard var ours = apply(ourWrites), var theirs = apply(theirWrites),
        let inOrder = apply(both)
      else { continue }  // a shape fu does not write
      // Every other round, ours also has notes added by hand at the top, and theirs at the
      // end, each a paragraph of its own (glued to a line, it could make a heading of it,
      // or a log entry longer). Not in a file with no body: the top is the end there, and
      // two texts added at one place are a conflict, for git as for fu.
      let hasBody = FrontMatterBlock(document: base).bodyStart < base.lines.count
      let note = round % 2 == 1 && hasBody ? "Notes added by hand." : nil
      let endNote = note == nil ? nil : "Appended by hand."
      if let note, let endNote {
        let start = FrontMatterBlock(document: ours).bodyStart
        ours.lines.insert(contentsOf: [note + ours.lineEnding, ours.lineEnding], at: start)
        let ending = theirs.lineEnding
        if let last = theirs.lines.indices.last,
          TextDocument.terminator(of: theirs.lines[last]).isEmpty
        {
          theirs.lines[last] += ending
        }
        theirs.lines += [ending, endNote + ending]
      }
      let context = "\(path): ours \(ourWrites) \(note ?? ""), theirs \(theirWrites)"
      let outcome = try ContactMerge.merge(
        base: base.bytes, ours: ours.bytes, theirs: theirs.bytes, path: path)
      #expect(outcome.conflicts == 0 && outcome.method == .structure, "\(context)")
      guard let document = TextDocument(bytes: outcome.bytes) else {
        Issue.record("not UTF-8: \(context)")
        continue
      }
      let merged = ContactFile(path: path, document: document, readLog: true)
      let expected = ContactFile(path: path, document: inOrder, readLog: true)
      let sides = [ours, theirs].map { ContactFile(path: path, document: $0, readLog: true) }
      func entries(_ file: ContactFile) -> Set<String> {
        Set(file.contact.log.map { "\($0.date) \($0.markdown)" })
      }
      #expect(merged.refusalReason == nil, "\(context)")
      for note in [note, endNote].compactMap(\.self) {
        #expect(document.lines.contains { TextDocument.stripTerminator($0) == note }, "\(context)")
      }
      #expect(entries(merged) == entries(expected), "\(context)")
      #expect(entries(sides[0]).union(entries(sides[1])).isSubset(of: entries(merged)))
      #expect(merged.contact.lastContact == expected.contact.lastContact, "\(context)")
      // The other fields, in whatever order the merge left them.
      func others(_ file: ContactFile) -> [String] {
        file.frontMatter.fields(except: ["last_contact", "next_follow_up"])
          .map { "\($0.key)=\($0.value)" }.sorted()
      }
      #expect(others(merged) == others(expected), "\(context)")
      // next_follow_up: a side that changed it wins; both changed it, the side with the
      // later last_contact (the later date on a tie).
      let (b, o, t) = (
        ContactFile(path: path, document: base).contact, sides[0].contact, sides[1].contact
      )
      let rule: CalendarDate? =
        o.nextFollowUp == b.nextFollowUp
        ? t.nextFollowUp
        : t.nextFollowUp == b.nextFollowUp
          || o.lastContact ?? .earliest > t.lastContact ?? .earliest
          ? o.nextFollowUp
          : t.lastContact ?? .earliest > o.lastContact ?? .earliest
            ? t.nextFollowUp : max(o.nextFollowUp ?? .earliest, t.nextFollowUp ?? .earliest)
      #expect(merged.contact.nextFollowUp ?? .earliest == rule ?? .earliest, "\(context)")
      // That is the date-order result when every write sets it (`fu log --next`), the
      // latest is news, and each side ends on another value than base's. A file cannot
      // say that a write left it as it was, or set it back: after `fu log` without --next
      // on one side and a snooze on the other, the merge keeps the snooze, where replaying
      // the writes in date order may not.
      let allSetIt = both.allSatisfy {
        if case .log(_, _, let next) = $0 { next != nil } else { false }
      }
      if allSetIt, let last = both.last, last.date > b.lastContact ?? .earliest,
        o.nextFollowUp != b.nextFollowUp, t.nextFollowUp != b.nextFollowUp
      {
        #expect(merged.contact.nextFollowUp == expected.contact.nextFollowUp, "\(context)")
      }
    }
  }
}

extension String {
  /// A hash that is the same on every run (Swift's `hashValue` is seeded per process).
  fileprivate var hashValueStable: UInt64 {
    utf8.reduce(14_695_981_039_346_656_037) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
  }
}
