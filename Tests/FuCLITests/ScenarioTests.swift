import Foundation
import FuKit
import Testing

/// Runs every scenario under `Tests/Fixtures/scenarios/` (see `Scenario`) twice: on a vault
/// with no index yet, and on one whose index is already up to date. Both runs must give the
/// expected output and files: the index never changes an answer.
@Suite struct ScenarioTests {
  /// A folder moved or renamed would otherwise leave nothing to run, and nothing failing.
  @Test func thereAreScenarios() {
    #expect(Scenario.all.count >= 100, "\(Scenario.all.count)")
  }

  @Test(arguments: Scenario.all)
  func scenario(_ scenario: Scenario) throws {
    try check(scenario, indexed: false)
    if !Scenario.isRecording { try check(scenario, indexed: true) }
  }

  private func check(_ scenario: Scenario, indexed: Bool) throws {
    let work = FileManager.default.temporaryDirectory
      .appendingPathComponent("fu-scenario-\(scenario.name)-\(UUID().uuidString)")
    let vault = work.appendingPathComponent("vault")
    try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: work) }
    try FileManager.default.copyItem(at: scenario.sourceVault, to: vault)
    try FileManager.default.copyItem(
      at: Scenario.fixtures.appendingPathComponent("address-books"),
      to: work.appendingPathComponent("address-books"))
    if indexed {
      backdate(vault)  // else every file is too new for the index to trust its stamp
      try buildIndex(of: vault, in: work, for: scenario)
    }
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
    let label = "\(scenario.name)\(indexed ? " (index up to date)" : "")"
    #expect(run.stdout == scenario.read("stdout") ?? "", "stdout of \(label)")
    #expect(run.stderr == scenario.read("stderr") ?? "", "stderr of \(label)")
    #expect("\(run.status)\n" == scenario.read("status") ?? "0\n", "status of \(label)")

    let expectedFolder = scenario.folder.appendingPathComponent("after")
    let expected = snapshot(of: expectedFolder)
    #expect(Set(changed.keys) == Set(expected.keys), "files changed by \(label)")
    for (path, data) in expected {
      #expect(after[path] == data, "\(path) after \(label), byte for byte")
    }
    #expect(Set(after.keys).subtracting(before.keys).subtracting(expected.keys).isEmpty)
  }

  /// Sets the modification time of every file below `folder` to a day long past.
  private func backdate(_ folder: URL) {
    let past = Date(timeIntervalSince1970: 1_700_000_000)
    let enumerator = FileManager.default.enumerator(atPath: folder.path)
    while let path = enumerator?.nextObject() as? String {
      try? FileManager.default.setAttributes(
        [.modificationDate: past], ofItemAtPath: folder.appendingPathComponent(path).path)
    }
  }

  /// Saves the index of the vault copy where `fu` will look for it, as a run before this
  /// one would have.
  private func buildIndex(of vault: URL, in work: URL, for scenario: Scenario) throws {
    let environment = ["HOME": work.path].merging(scenario.environment) { _, new in new }
    var opened = try Vault(path: vault.path)
    if let settings = try? Configuration.load(path: opened.absolutePath(of: Vault.configPath)) {
      opened = opened.configured(by: settings)
    }
    let location = try #require(IndexStore.location(for: opened, environment: environment))
    _ = opened.load(index: IndexStore(path: location))
    #expect(FileManager.default.fileExists(atPath: location), "index of \(scenario.name)")
  }

  private func record(_ run: Run, changed: [String: Data], in scenario: Scenario) throws {
    let folder = scenario.folder
    try run.stdout.write(
      to: folder.appendingPathComponent("stdout"), atomically: true, encoding: .utf8)
    try run.stderr.write(
      to: folder.appendingPathComponent("stderr"), atomically: true, encoding: .utf8)
    try "\(run.status)\n".write(
      to: folder.appendingPathComponent("status"), atomically: true, encoding: .utf8)
    try replace(folder.appendingPathComponent("after"), with: changed)
  }
}
