import Foundation
import FuTestSupport
import Testing

@testable import FuKit

/// `fu git setup`'s pieces that need no clone: how the driver names fu, and the
/// `.gitattributes` lines added once, in the file's own line ending.
@Suite struct GitSetupTests {
  @Test func theDriverNamesFuByItsPathUnlessThisFuIsFirstOnPath() throws {
    let folder = try makeTemporaryFolder("git-setup")
    defer { try? FileManager.default.removeItem(at: folder) }
    let bin = folder.appendingPathComponent("bin")
    let other = folder.appendingPathComponent("other bin")
    for dir in [bin, other] {
      try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
      let fu = dir.appendingPathComponent("fu").path
      #expect(FileManager.default.createFile(atPath: fu, contents: Data("#!/bin/sh\n".utf8)))
      try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fu)
    }
    let running = bin.appendingPathComponent("fu").path
    #expect(GitSetup.program(executable: running, searchPath: "/nowhere:\(bin.path)") == "fu")
    // Another fu first on PATH, or none: this one by its full path.
    let otherFu = other.appendingPathComponent("fu").path
    #expect(
      GitSetup.program(executable: running, searchPath: "\(other.path):\(bin.path)")
        == URL(fileURLWithPath: running).resolvingSymlinksInPath().path)
    // A path with a space is quoted for the shell git runs the driver with.
    let quoted = GitSetup.program(executable: otherFu, searchPath: "/usr/bin")
    #expect(quoted.hasPrefix("'") && quoted.hasSuffix("/other bin/fu'"))
    #expect(GitSetup.driver(program: "fu") == "fu merge-file %O %A %B %P")
  }

  @Test func stateOutsideGitIsNotARepository() throws {
    let folder = try makeTemporaryFolder("git-state")
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(GitSetup.state(vault: folder.path) == .notARepository)
    #expect(GitSetup.missingDriver(vault: folder.path) == nil)
    #expect(throws: FuError.self) { try GitSetup.run(vault: folder.path, program: "fu") }
  }

  /// A clone of a vault whose `.gitattributes` names the driver lacks it in its own config;
  /// a commented-out line names nothing.
  @Test func aMissingDriverIsFoundByAnAttributesLineThatIsNotAComment() throws {
    let folder = try makeTemporaryFolder("git-missing")
    defer { try? FileManager.default.removeItem(at: folder) }
    let git = Process()
    git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    git.arguments = ["git", "init", "-q", folder.path]
    try git.run()
    git.waitUntilExit()
    let attributes = folder.appendingPathComponent(".gitattributes")
    try Data("# *.md merge=fu\n".utf8).write(to: attributes)
    #expect(GitSetup.missingDriver(vault: folder.path) == nil)
    try Data("# *.md merge=fu\n*.md merge=fu\n".utf8).write(to: attributes)
    #expect(GitSetup.missingDriver(vault: folder.path)?.line == 2)
  }
}
