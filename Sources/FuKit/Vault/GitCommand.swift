import Foundation

/// One run of git, as an argument vector (never through a shell): what autocommit, the merge
/// driver and `fu git setup` ask of it.
struct GitCommand {
  /// git's exit status.
  var status: Int32
  /// What git wrote on standard output, as bytes.
  var output: [UInt8]
  /// What git wrote on standard error.
  var errors: String

  /// Runs `git ARGUMENTS` in `folder` (the current folder when `nil`); `nil` when git cannot
  /// be started.
  static func run(_ arguments: [String], in folder: String? = nil) -> GitCommand? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + arguments
    if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      return nil
    }
    // Standard error after standard output: the commands run here write a line or two
    // there, far from filling a pipe while standard output is being read.
    let data = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return GitCommand(
      status: process.terminationStatus, output: [UInt8](data),
      errors: String(decoding: errorData, as: UTF8.self))
  }

  /// What git said went wrong, on one line, for an error message.
  var reason: String {
    let text = errors.trimmingCharacters(in: .whitespacesAndNewlines)
    return text.isEmpty ? "exit status \(status)" : text.replacingOccurrences(of: "\n", with: "; ")
  }
}
