import Foundation
import FuKit
import FuTestSupport
import Testing

/// Transcript tests: a folder under `Tests/Fixtures/sessions/` runs several commands in
/// turn on one copy of a fixture vault, as a user would over days (`--today` on each).
///
/// - `vault`: which fixture vault (as for a scenario);
/// - `commands`: one command a line, its arguments as a shell splits them (`--vault` is
///   added); `#` lines are comments;
/// - `transcript`: each command as `$ fu ...`, then what it printed, stderr lines marked
///   `! `, and a status other than 0 as `[exit N]`;
/// - `after/`: every vault file the session changed or created, as it must end.
///
/// `FU_RECORD=1 swift test --filter SessionTests` rewrites `transcript` and `after/`.
@Suite struct SessionTests {
  static let sessions: [String] = {
    let folder = Scenario.fixtures.appendingPathComponent("sessions").path
    return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
      .filter { !$0.hasPrefix(".") }.sorted()
  }()

  /// A folder moved or renamed would otherwise leave nothing to run, and nothing failing.
  @Test func thereAreSessions() {
    #expect(!SessionTests.sessions.isEmpty)
  }

  @Test(arguments: sessions)
  func session(_ name: String) throws {
    let folder = Scenario.fixtures.appendingPathComponent("sessions/\(name)")
    func read(_ file: String) throws -> String {
      try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
    }
    let work = try makeTemporaryFolder("session-\(name)")
    defer { try? FileManager.default.removeItem(at: work) }
    let vault = work.appendingPathComponent("vault")
    let source = try read("vault").trimmingCharacters(in: .whitespacesAndNewlines)
    try FileManager.default.copyItem(
      at: Scenario.fixtures.appendingPathComponent("vaults/\(source)"), to: vault)
    let before = snapshot(of: vault)

    var transcript = ""
    for line in try read("commands").split(separator: "\n")
    where !line.hasPrefix("#") && !line.isEmpty {
      let arguments = try ShellWords.split(String(line))
      let run = try FuBinary.run(arguments + ["--vault", "vault"], in: work)
      transcript += "$ fu \(line)\n" + run.stdout
      transcript += run.stderr.split(separator: "\n").map { "! \($0)\n" }.joined()
      if run.status != 0 { transcript += "[exit \(run.status)]\n" }
    }
    let changed = snapshot(of: vault).filter { before[$0.key] != $0.value }

    if Scenario.isRecording {
      try transcript.write(
        to: folder.appendingPathComponent("transcript"), atomically: true, encoding: .utf8)
      try replace(folder.appendingPathComponent("after"), with: changed)
      return
    }
    #expect(transcript == (try? read("transcript")), "transcript of \(name)")
    let expected = snapshot(of: folder.appendingPathComponent("after"))
    #expect(Set(changed.keys) == Set(expected.keys), "files changed by \(name)")
    for (path, data) in expected {
      #expect(changed[path] == data, "\(path) after \(name), byte for byte")
    }
  }
}
