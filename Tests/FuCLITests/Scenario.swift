import Foundation
import FuTestSupport
import Testing

/// A golden-file test of the `fu` binary: a folder under `Tests/Fixtures/scenarios/` with
///
/// - `args`: the command's arguments, one per line (the vault is the folder `vault`;
///   a line `<empty>` is an empty argument);
/// - `env` (optional): more environment variables, `NAME=value` one per line;
/// - `vault`: which fixture vault to copy as `vault` (`sample` is the repository's
///   `sample-vault/`, any other name one of `Tests/Fixtures/vaults/`);
/// - `stdin` (optional): what to feed on standard input (the command runs in the folder
///   that holds `vault` and `address-books`, a copy of `Tests/Fixtures/address-books/`);
/// - `stdout`, `stderr`, `status`: what the run must print and exit with, byte for byte;
/// - `after/` (optional): every vault file the command changed or created, as it must be
///   afterwards. Every other file must be left byte for byte as it was.
///
/// `FU_RECORD=1 swift test` rewrites the expected files from what the binary does; review
/// the result with `git diff` before committing it.
struct Scenario: CustomStringConvertible, Sendable {
  static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let fixtures = repository.appendingPathComponent("Tests/Fixtures")
  static var isRecording: Bool { ProcessInfo.processInfo.environment["FU_RECORD"] == "1" }

  let name: String
  var folder: URL { Scenario.fixtures.appendingPathComponent("scenarios/\(name)") }
  var description: String { name }

  static var all: [Scenario] {
    let names =
      (try? FileManager.default.contentsOfDirectory(
        atPath: fixtures.appendingPathComponent("scenarios").path)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted().map(Scenario.init)
  }

  func read(_ file: String) -> String? {
    try? String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
  }

  var arguments: [String] {
    (read("args") ?? "").split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init).filter { !$0.isEmpty }.map { $0 == "<empty>" ? "" : $0 }
  }

  var environment: [String: String] {
    var variables: [String: String] = [:]
    for line in (read("env") ?? "").split(separator: "\n") {
      guard let equals = line.firstIndex(of: "=") else { continue }
      variables[String(line[..<equals])] = String(line[line.index(after: equals)...])
    }
    return variables
  }

  var sourceVault: URL {
    let name = (read("vault") ?? "sample").trimmingCharacters(in: .whitespacesAndNewlines)
    return name == "sample"
      ? Scenario.repository.appendingPathComponent("sample-vault")
      : Scenario.fixtures.appendingPathComponent("vaults/\(name)")
  }
}

/// The outcome of running `fu` once.
struct Run {
  var stdout: String
  var stderr: String
  var status: Int32
}

/// Another program the tests check fu against (`node`, `python3`), found on PATH.
enum Program {
  /// What `program arguments` prints on standard output; a failure is an issue that shows
  /// its standard error.
  static func output(_ program: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [program] + arguments
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    let err = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try #require(
      process.terminationStatus == 0, "\(program): \(String(decoding: err, as: UTF8.self))")
    return String(decoding: out, as: UTF8.self)
  }
}

/// Runs the `fu` built next to the test bundle.
enum FuBinary {
  static var url: URL {
    let bundleFolder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for folder in [bundleFolder, bundleFolder.deletingLastPathComponent()]
    where FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("fu").path) {
      return folder.appendingPathComponent("fu")
    }
    return Scenario.repository.appendingPathComponent(".build/debug/fu")
  }

  /// Runs `fu arguments` in `directory` with a clean environment (no user config, no
  /// `FU_VAULT`, 80 columns, not a terminal): `binary`, through `launcher` when one is
  /// given (`setpriv ...`).
  static func run(
    _ arguments: [String], in directory: URL, stdin: String? = nil,
    environment: [String: String] = [:], binary: URL = url, launcher: [String] = []
  ) throws -> Run {
    let process = Process()
    process.executableURL = launcher.first.map(URL.init(fileURLWithPath:)) ?? binary
    process.arguments = (launcher.isEmpty ? [] : launcher.dropFirst() + [binary.path]) + arguments
    process.currentDirectoryURL = directory
    process.environment = [
      "PATH": "/usr/bin:/bin", "HOME": directory.path, "COLUMNS": "80", "LANG": "C.UTF-8",
    ].merging(environment) { _, new in new }
    let output = Pipe()
    let error = Pipe()
    let input = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = input
    try process.run()
    input.fileHandleForWriting.write(Data((stdin ?? "").utf8))
    try input.fileHandleForWriting.close()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    let err = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Run(
      stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
      status: process.terminationStatus)
  }
}

/// Makes `folder` hold exactly `files` (relative path to bytes): what a recording writes
/// as a golden test's `after/`.
func replace(_ folder: URL, with files: [String: Data]) throws {
  try? FileManager.default.removeItem(at: folder)
  for (path, data) in files {
    let url = folder.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: url)
  }
}

/// Every regular file below `root`, by relative path, with its bytes; the index in
/// `.fu/cache/` is left out (it is fu's own, and never part of an expected result).
func snapshot(of root: URL) -> [String: Data] {
  var files: [String: Data] = [:]
  guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return files }
  while let path = enumerator.nextObject() as? String {
    if path == ".fu/cache" {
      enumerator.skipDescendants()
      continue
    }
    let url = root.appendingPathComponent(path)
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
      !isDirectory.boolValue, let data = FileManager.default.contents(atPath: url.path)
    {
      files[path] = data
    }
  }
  return files
}

/// A new work folder (`fu-NAME-UUID` in the temporary folder) holding a copy of the sample
/// vault as `vault/`.
func copyOfSampleVault(named name: String) throws -> URL {
  let work = try makeTemporaryFolder(name)
  try FileManager.default.copyItem(
    at: Scenario.repository.appendingPathComponent("sample-vault"),
    to: work.appendingPathComponent("vault"))
  return work
}
