import Foundation
import Testing

/// `fu ics` read back by a real iCalendar parser (Python's `icalendar`, which
/// `scripts/setup` installs as Debian's python3-icalendar, for /usr/bin/python3): every agenda row of the sample vault is one event, on its day,
/// with a UID of its own.
@Suite struct CalendarFeedParsingTests {
  /// What the parser makes of `ics`: per event, its UID, summary and first day; or what
  /// went wrong.
  private func parse(_ ics: Data) throws -> [[String: String]] {
    let script = """
      import json, sys
      import icalendar
      calendar = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
      print(json.dumps([{"uid": str(e["UID"]), "summary": str(e["SUMMARY"]),
                         "start": e["DTSTART"].dt.isoformat(), "end": e["DTEND"].dt.isoformat()}
                        for e in calendar.walk("VEVENT")]))
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    process.arguments = ["-c", script]
    let (input, output, error) = (Pipe(), Pipe(), Pipe())
    process.standardInput = input
    process.standardOutput = output
    process.standardError = error
    try process.run()
    input.fileHandleForWriting.write(ics)
    try input.fileHandleForWriting.close()
    let printed = output.fileHandleForReading.readDataToEndOfFile()
    let problem = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    try #require(
      process.terminationStatus == 0,
      "the iCalendar parser failed (python3-icalendar comes with scripts/setup): \(problem)")
    return try JSONDecoder().decode([[String: String]].self, from: printed)
  }

  @Test func everyAgendaRowIsOneEventOnItsDay() throws {
    let arguments = ["--vault", "sample-vault", "--today", "2026-11-21", "--days", "400"]
    let ics = try FuBinary.run(["ics"] + arguments, in: Scenario.repository)
    #expect(ics.status == 0, "\(ics.stderr)")
    let agenda = try FuBinary.run(["agenda", "--json"] + arguments, in: Scenario.repository)
    let rows = try #require(
      try JSONSerialization.jsonObject(with: Data(agenda.stdout.utf8)) as? [[String: Any]])

    #expect(!ics.stdout.replacing("\r\n", with: "").contains("\n"), "every line ends in CRLF")
    let events = try parse(Data(ics.stdout.utf8))
    #expect(events.count == rows.count)
    #expect(Set(events.map { $0["uid"] ?? "" }).count == events.count, "UIDs are unique")
    for (event, row) in zip(events, rows) {
      let name = try #require(row["name"] as? String)
      let due = try #require(row["due"] as? String)
      #expect(event["summary"]?.contains(name) == true, "\(event) for \(name)")
      #expect(event["start"] == max(due, "2026-11-21"), "overdue rows stand on today")
    }
    // Days later the same follow-ups keep their UIDs, so a subscribed calendar moves them.
    let later = try FuBinary.run(
      ["ics", "--vault", "sample-vault", "--today", "2026-11-25", "--days", "400"],
      in: Scenario.repository)
    let laterUIDs = Set(try parse(Data(later.stdout.utf8)).map { $0["uid"] ?? "" })
    let ada = try #require(events.first { $0["summary"] == "Follow up with Ada Lovelace" })
    #expect(laterUIDs.contains(ada["uid"] ?? "-"))
    #expect(rows.contains { $0["source"] as? String == "birthday" })
    #expect(rows.contains { $0["source"] as? String == "task" })
  }
}
