import Foundation

@testable import FuKit

/// What the libFuzzer targets (`Fuzz/`, run by `scripts/fuzz-coverage`) check of one input,
/// and `FuzzRegressionTests` of each input they once broke on: every oracle returns what
/// broke, one sentence each, none when all holds. A crash, a hang or a report of the
/// address sanitizer is a finding too, which libFuzzer catches by itself.
public enum FuzzOracle {
  /// The targets, by the names `scripts/fuzz-coverage` and `Tests/Fixtures/fuzz/` use.
  public static let targets: [String: @Sendable ([UInt8]) -> [String]] = [
    "front-matter": frontMatter, "log": log, "vcard": vCard, "csv": csv,
  ]

  /// A contact file's front matter: read whole (the body's log and tasks too), its bytes
  /// kept; and where the fast scanner reads the block, Yams reads the same fields from it.
  public static func frontMatter(_ bytes: [UInt8]) -> [String] {
    guard let document = TextDocument(bytes: bytes) else { return [] }
    var violations: [String] = []
    if document.bytes != bytes { violations.append("the document's bytes are not the input") }
    _ = ContactFile(path: "fuzz.md", document: document, readLog: true)
    guard case .valid(let frontMatter) = FrontMatterBlock(document: document) else {
      return violations
    }
    let yaml = document.lines[1..<frontMatter.closingLine].joined()
    guard let scanned = FrontMatterScanner.fields(yaml, firstLine: 1) else { return violations }
    do {
      let (composed, _) = try FrontMatterBlock.fields(of: yaml)
      if composed != scanned {
        violations.append("the scanner read \(scanned), Yams \(composed)")
      }
    } catch {
      violations.append("the scanner read a block Yams refuses: \(error)")
    }
    return violations
  }

  /// The logs `log` tries, chosen by the input's first byte: today, an old day, several
  /// lines with `--next`, an empty message long ago, a message that looks like an entry.
  static let requests: [LogRequest] = {
    func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
      CalendarDate(year: year, month: month, day: day) ?? CalendarDate(daysSinceEpoch: 0)
    }
    let today = day(2026, 11, 21)
    return [
      LogRequest(date: today, message: "Coffee; send the deck"),
      LogRequest(date: day(2026, 6, 1), message: "An old call"),
      LogRequest(date: today, message: "Dinner\nwith a second line", next: .on(day(2026, 12, 5))),
      LogRequest(date: day(2020, 1, 1), message: ""),
      LogRequest(date: day(2026, 11, 1), message: "- 2026-11-01: x\r\n> quoted"),
    ] + LogRequest.practiceRequests(today: today)
  }()

  /// `fu log` into the file of the input's bytes after the first (which picks the request):
  /// a refusal is always allowed; a plan must keep the write contract
  /// (`writeContractViolations`), and the file it makes must take a second entry the same
  /// way.
  public static func log(_ bytes: [UInt8]) -> [String] {
    guard let first = bytes.first, let document = TextDocument(bytes: bytes.dropFirst()) else {
      return []
    }
    let request = requests[Int(first) % requests.count]
    let file = ContactFile(path: "fuzz.md", document: document, readLog: true)
    guard file.refusalReason == nil, let edit = try? LogPlanner.plan(file, request) else {
      return []
    }
    var violations = writeContractViolations(edit, of: file, for: request)
    let written = ContactFile(path: "fuzz.md", document: edit.result, readLog: true)
    if violations.isEmpty, let again = try? LogPlanner.plan(written, requests[0]) {
      violations += writeContractViolations(again, of: written, for: requests[0]).map {
        "second entry: " + $0
      }
    }
    return violations
  }

  /// A vCard file: read or refused, never a person without a name, nor a line outside the
  /// file; every person's file renders (or the name is refused) and reads back as asked.
  public static func vCard(_ bytes: [UInt8]) -> [String] {
    guard let (people, problems) = try? VCardReader.read(bytes, path: "fuzz.vcf") else {
      return []
    }
    return check(people, problems, lines: bytes.count + 1)
  }

  /// A CSV: its records read back the same when written again with every field quoted,
  /// and as an address book it is read or refused like a vCard file.
  public static func csv(_ bytes: [UInt8]) -> [String] {
    guard let text = String(validating: bytes, as: UTF8.self) else { return [] }
    var violations: [String] = []
    if let records = try? CSVReader.records(text) {
      let written = records.map { record in
        record.fields.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
          .joined(separator: ",")
      }.joined(separator: "\n")
      let reread = (try? CSVReader.records(written))?.map(\.fields)
      if reread != records.map(\.fields) {
        violations.append(
          "records \(records.map(\.fields)) read back as \(String(describing: reread))")
      }
    }
    if let (people, problems) = try? ContactsCSV.read(text, path: "fuzz.csv") {
      violations += check(people, problems, lines: bytes.count + 1)
    }
    return violations
  }

  /// What holds of any address book read: names, lines, and the files they become.
  private static func check(_ people: [ImportedContact], _ problems: [Diagnostic], lines: Int)
    -> [String]
  {
    var violations: [String] = []
    for person in ImportedContact.combiningNamesakes(people) {
      if person.name.trimmingSpaces().isEmpty {
        violations.append("a person with no name, line \(person.line)")
      }
      if !(1...lines).contains(person.line) {
        violations.append("\(person.name) starts on line \(person.line)")
      }
      _ = try? person.newContact.render(today: requests[0].date)
    }
    for problem in problems where !(1...lines).contains(problem.line ?? 1) {
      violations.append("a problem on line \(problem.line ?? 0): \(problem.message)")
    }
    return violations
  }
}

extension LogRequest {
  /// The logs of following up that the write contract is checked on: an attempt by a
  /// channel, one with a note that YAML must quote, an attempt with `--next none`, a reply
  /// that sets a note, and a note emptied.
  static func practiceRequests(today: CalendarDate) -> [LogRequest] {
    var sent = LogRequest(date: today, message: "Intro email")
    sent.sent = true
    sent.channel = "email"
    var noted = LogRequest(date: today, message: "Call")
    noted.note = "Send the deck: v2 #draft"
    var never = LogRequest(date: today, message: "", next: NextFollowUp.none)
    never.sent = true
    var reply = LogRequest(date: today.adding(days: -3), message: "She answered about #sentences")
    reply.note = "It's 'quoted'"
    var cleared = LogRequest(date: today, message: "Lunch")
    cleared.note = ""
    return [sent, noted, never, reply, cleared]
  }
}
