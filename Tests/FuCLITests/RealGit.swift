import Foundation
import Testing

/// Real git for the tests that meet fu through it (autocommit, the merge driver), with an
/// identity of its own: the test machine may have none configured.
enum RealGit {
  /// Who git says commits.
  static let identity = [
    "GIT_AUTHOR_NAME": "Fu Test", "GIT_AUTHOR_EMAIL": "fu@example.com",
    "GIT_COMMITTER_NAME": "Fu Test", "GIT_COMMITTER_EMAIL": "fu@example.com",
  ]

  /// Runs git in `folder` (its home folder too, so no user config is read); what it
  /// printed, both streams, and its status. Unless `mustSucceed` is false, a failure fails
  /// the test.
  @discardableResult
  static func run(_ arguments: [String], in folder: URL, mustSucceed: Bool = true) throws
    -> (output: String, status: Int32)
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + arguments
    process.currentDirectoryURL = folder
    process.environment = ["PATH": "/usr/bin:/bin", "HOME": folder.path].merging(identity) {
      _, new in new
    }
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    if mustSucceed {
      try #require(process.terminationStatus == 0, "git \(arguments): \(output)")
    }
    return (output, process.terminationStatus)
  }
}
