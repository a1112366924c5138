import Foundation
import Testing

/// `fu export` read back: the JSON by Foundation, the CSV by Python's csv module; both hold
/// every contact of the sample vault with its whole log.
@Suite struct ExportTests {
  private let arguments = ["--vault", "sample-vault", "--today", "2026-11-21"]

  /// Every contact's name and number of log entries, as `fu show --json` gives them.
  private func expected() throws -> [String: Int] {
    let json = try FuBinary.run(["export"] + arguments, in: Scenario.repository)
    #expect(json.status == 0, "\(json.stderr)")
    let cards = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    var counts: [String: Int] = [:]
    for card in cards {
      let name = try #require(card["name"] as? String)
      counts[name] = (card["log"] as? [Any])?.count
    }
    return counts
  }

  @Test func theJSONHoldsEveryContactAsShowPrintsIt() throws {
    let counts = try expected()
    #expect(counts.count == 19)
    let show = try FuBinary.run(["show", "ada", "--json"] + arguments, in: Scenario.repository)
    let ada = try #require(
      try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
    #expect(counts["Ada Lovelace"] == (ada["log"] as? [Any])?.count)
  }

  @Test func theCSVReadsBackWithEveryContactAndItsLog() throws {
    let csv = try FuBinary.run(["export", "--format", "csv"] + arguments, in: Scenario.repository)
    #expect(csv.status == 0)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
    process.arguments = [
      "-c",
      """
      import csv, io, json, sys
      rows = list(csv.DictReader(io.StringIO(sys.stdin.read(), newline="")))
      print(json.dumps({r["name"]: len(r["log"].splitlines()) for r in rows}))
      """,
    ]
    let (input, output) = (Pipe(), Pipe())
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data(csv.stdout.utf8))
    try input.fileHandleForWriting.close()
    let printed = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let counts = try JSONDecoder().decode([String: Int].self, from: printed)
    #expect(counts == (try expected()))
  }
}
