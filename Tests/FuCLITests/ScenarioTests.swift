import Foundation
import Testing

/// Runs every scenario under `Tests/Fixtures/scenarios/` (see `Scenario`).
@Suite struct ScenarioTests {
  @Test(arguments: Scenario.all)
  func scenario(_ scenario: Scenario) throws {
    let work = FileManager.default.temporaryDirectory
      .appendingPathComponent("fu-scenario-\(scenario.name)-\(UUID().uuidString)")
    let vault = work.appendingPathComponent("vault")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: work) }
    try FileManager.default.copyItem(at: scenario.sourceVault, to: vault)
    let before = snapshot(of: vault)

    let run = try FuBinary.run(
      scenario.arguments, in: work, stdin: scenario.read("stdin"),
      environment: scenario.environment)
    let after = snapshot(of: vault)
    let changed = after.filter { before[$0.key] != $0.value }

    if Scenario.isRecording {
      try record(run, changed: changed, in: scenario)
      return
    }
    #expect(run.stdout == scenario.read("stdout") ?? "", "stdout of \(scenario.name)")
    #expect(run.stderr == scenario.read("stderr") ?? "", "stderr of \(scenario.name)")
    #expect("\(run.status)\n" == scenario.read("status") ?? "0\n", "status of \(scenario.name)")

    let expectedFolder = scenario.folder.appendingPathComponent("after")
    let expected = snapshot(of: expectedFolder)
    #expect(Set(changed.keys) == Set(expected.keys), "files changed by \(scenario.name)")
    for (path, data) in expected {
      #expect(after[path] == data, "\(path) after \(scenario.name), byte for byte")
    }
    #expect(Set(after.keys).subtracting(before.keys).subtracting(expected.keys).isEmpty)
  }

  private func record(_ run: Run, changed: [String: Data], in scenario: Scenario) throws {
    let folder = scenario.folder
    try run.stdout.write(
      to: folder.appendingPathComponent("stdout"), atomically: true, encoding: .utf8)
    try run.stderr.write(
      to: folder.appendingPathComponent("stderr"), atomically: true, encoding: .utf8)
    try "\(run.status)\n".write(
      to: folder.appendingPathComponent("status"), atomically: true, encoding: .utf8)
    let after = folder.appendingPathComponent("after")
    try? FileManager.default.removeItem(at: after)
    for (path, data) in changed {
      let url = after.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try data.write(to: url)
    }
  }
}
