import Foundation
import FuTestSupport

/// A place to complete command lines in: a copy of the completion fixture vault, a home
/// folder that is no vault (the working directory), and `fu` first on PATH.
struct CompletionSession {
  let folder: URL
  var vault: URL { folder.appendingPathComponent("vault") }
  var home: URL { folder.appendingPathComponent("home") }
  let completions = Scenario.repository.appendingPathComponent("completions")

  init() throws {
    folder = try makeTemporaryFolder("completion")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: Scenario.fixtures.appendingPathComponent("vaults/completion"), to: vault)
  }

  /// Deletes the folder.
  func remove() { try? FileManager.default.removeItem(at: folder) }

  /// The path of the script `name` in completions/.
  func script(_ name: String) -> String { completions.appendingPathComponent(name).path }

  /// `line`'s words, with `DIR` standing for the vault.
  func words(_ line: CompletionTests.Line) -> [String] {
    line.words.map { $0.replacingOccurrences(of: "DIR", with: vault.path) }
  }

  /// Where `program` is, in /usr/bin or /bin.
  static func find(_ program: String) -> String? {
    ["/usr/bin/", "/bin/"].map { $0 + program }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  /// The standard output of `program arguments`, run in the home folder with `fu` on PATH
  /// and, when `line` uses it, FU_VAULT naming the vault.
  func run(_ program: String, _ arguments: [String], line: CompletionTests.Line) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    process.currentDirectoryURL = home
    var environment = [
      "PATH": FuBinary.url.deletingLastPathComponent().path + ":/usr/bin:/bin",
      "HOME": home.path, "LANG": "C.UTF-8", "TERM": "xterm",
    ]
    if line.usesEnvironment { environment["FU_VAULT"] = vault.path }
    process.environment = environment
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }
}
