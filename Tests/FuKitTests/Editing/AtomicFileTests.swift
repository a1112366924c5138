import Foundation
import FuTestSupport
import Glibc
import Testing

@testable import FuKit

/// Creating and replacing files all at once: never over an existing file, no temporary
/// files left behind, permissions kept, links written through inside the vault only.
@Suite struct AtomicFileTests {
  /// A fresh folder, by its real path (as a vault root is).
  private func makeFolder() throws -> String {
    let url = try makeTemporaryFolder("atomic")
    return try #require(FileSystem.realPath(url.path))
  }

  private func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }

  private func contents(_ path: String) throws -> String {
    String(decoding: try FileSystem.read(path), as: UTF8.self)
  }

  private func temporaryFiles(in folder: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder)
      .filter { $0.hasPrefix(".") && $0.hasSuffix(".tmp") }
  }

  private func mode(_ path: String) -> mode_t? {
    var info = stat()
    return lstat(path, &info) == 0 ? info.st_mode : nil
  }

  // MARK: - create

  @Test func createsTheFileWithTheBytes() throws {
    let folder = try makeFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/ada.md"
    let bytes = Array("---\nname: Ada\n---\n".utf8) + [0xE2, 0x80, 0x94, 0x0A]
    try AtomicFile.create(bytes, at: path)
    #expect(try FileSystem.read(path) == bytes)
    #expect(try temporaryFiles(in: folder).isEmpty)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["ada.md"])
  }

  @Test func createsAnEmptyFile() throws {
    let folder = try makeFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try AtomicFile.create([], at: folder + "/empty.md")
    #expect(try FileSystem.read(folder + "/empty.md") == [])
    #expect(try temporaryFiles(in: folder).isEmpty)
  }

  @Test func refusesAnExistingFileAndLeavesItUntouched() throws {
    let folder = try makeFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/ada.md"
    try write("the original\n", to: path)
    chmod(path, 0o640)
    #expect(throws: FuError.fileExists(path: path)) {
      try AtomicFile.create(Array("new\n".utf8), at: path)
    }
    #expect(try contents(path) == "the original\n")
    #expect(mode(path).map { $0 & 0o7777 } == 0o640)
    #expect(try temporaryFiles(in: folder).isEmpty)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["ada.md"])
  }

  @Test func refusesADanglingLinkAndLeavesIt() throws {
    let folder = try makeFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/ada.md"
    #expect(symlink("nowhere.md", path) == 0)
    #expect(throws: FuError.fileExists(path: path)) {
      try AtomicFile.create(Array("new\n".utf8), at: path)
    }
    #expect(FileSystem.status(folder + "/nowhere.md") == nil)
    #expect(try temporaryFiles(in: folder).isEmpty)
  }

  // MARK: - write

  @Test func writeReplacesTheContentAndKeepsThePermissions() throws {
    let folder = try makeFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/ada.md"
    try write("old\n", to: path)
    #expect(chmod(path, 0o640) == 0)
    try AtomicFile.write(Array("new\n".utf8), toTarget: AtomicFile.target(of: path, inside: folder))
    #expect(try contents(path) == "new\n")
    #expect(mode(path).map { $0 & 0o7777 } == 0o640)
    #expect(try temporaryFiles(in: folder).isEmpty)
  }

  @Test(arguments: [0o600, 0o644, 0o664] as [mode_t])
  func writeKeepsOtherPermissionsToo(_ permissions: mode_t) throws {
    let folder = try makeFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/ada.md"
    try write("old\n", to: path)
    #expect(chmod(path, permissions) == 0)
    try AtomicFile.write(Array("new\n".utf8), toTarget: AtomicFile.target(of: path, inside: folder))
    #expect(mode(path).map { $0 & 0o7777 } == permissions)
  }

  @Test func writeReplacesNothingWhenTheLastCheckSaysNo() throws {
    let folder = try makeFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/ada.md"
    try write("old\n", to: path)
    var asked = false
    let written = try AtomicFile.write(Array("new\n".utf8), toTarget: path) {
      // Asked once the new file is on disk, beside the old one.
      asked = true
      return (try? temporaryFiles(in: folder).count) != 1
    }
    #expect(asked && !written)
    #expect(try contents(path) == "old\n")
    #expect(try temporaryFiles(in: folder).isEmpty)
  }

  @Test func writeGoesThroughALinkInsideTheRootToItsTarget() throws {
    let folder = try makeFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(
      atPath: folder + "/people", withIntermediateDirectories: true)
    try write("old\n", to: folder + "/people/ada.md")
    #expect(symlink("people/ada.md", folder + "/ada.md") == 0)
    try AtomicFile.write(
      Array("new\n".utf8), toTarget: AtomicFile.target(of: folder + "/ada.md", inside: folder))
    #expect(try contents(folder + "/people/ada.md") == "new\n")
    #expect(mode(folder + "/ada.md").map { $0 & S_IFMT } == S_IFLNK, "the link stays a link")
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/ada.md")
        == "people/ada.md")
    #expect(try temporaryFiles(in: folder).isEmpty)
    #expect(try temporaryFiles(in: folder + "/people").isEmpty)
  }

  @Test func writeRefusesALinkToOutsideTheRoot() throws {
    let folder = try makeFolder()
    let outside = try makeFolder()
    defer {
      try? FileManager.default.removeItem(atPath: folder)
      try? FileManager.default.removeItem(atPath: outside)
    }
    try write("outside\n", to: outside + "/other.md")
    #expect(symlink(outside + "/other.md", folder + "/escape.md") == 0)
    do {
      try AtomicFile.write(
        Array("new\n".utf8), toTarget: AtomicFile.target(of: folder + "/escape.md", inside: folder))
      Issue.record("wrote through a link to outside the root")
    } catch {
      guard case .refusedWrite(let diagnostic) = error else {
        Issue.record("not refusedWrite: \(error)")
        return
      }
      #expect(diagnostic.path == folder + "/escape.md")
      #expect(diagnostic.message.contains("outside"))
    }
    #expect(try contents(outside + "/other.md") == "outside\n")
    #expect(mode(folder + "/escape.md").map { $0 & S_IFMT } == S_IFLNK)
    #expect(try temporaryFiles(in: folder).isEmpty)
    #expect(try temporaryFiles(in: outside).isEmpty)
  }

  @Test func writeRefusesAFolderNamedLikeTheRootButOutsideIt() throws {
    let folder = try makeFolder()
    defer {
      try? FileManager.default.removeItem(atPath: folder)
      try? FileManager.default.removeItem(atPath: folder + "-other")
    }
    try FileManager.default.createDirectory(
      atPath: folder + "-other", withIntermediateDirectories: true)
    try write("outside\n", to: folder + "-other/x.md")
    #expect(symlink(folder + "-other/x.md", folder + "/x.md") == 0)
    #expect(throws: FuError.self) {
      try AtomicFile.write(
        Array("new\n".utf8), toTarget: AtomicFile.target(of: folder + "/x.md", inside: folder))
    }
    #expect(try contents(folder + "-other/x.md") == "outside\n")
  }

  // MARK: - replaceNamed

  @Test func aNamedFileKeepsItsPermissionsAndItsLink() throws {
    let folder = try makeFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try write("old\n", to: folder + "/real.ics")
    #expect(chmod(folder + "/real.ics", 0o600) == 0)
    #expect(symlink("real.ics", folder + "/link.ics") == 0)
    try AtomicFile.replaceNamed(Array("new\n".utf8), at: folder + "/link.ics")
    #expect(try contents(folder + "/real.ics") == "new\n")
    #expect(mode(folder + "/link.ics").map { $0 & S_IFMT } == S_IFLNK, "the link stays a link")
    #expect(mode(folder + "/real.ics").map { $0 & 0o7777 } == 0o600)
    try AtomicFile.replaceNamed(Array("first\n".utf8), at: folder + "/new.ics")
    #expect(try contents(folder + "/new.ics") == "first\n")
    // A link to a file not made yet makes it, and stays a link.
    #expect(symlink("later.ics", folder + "/ahead.ics") == 0)
    try AtomicFile.replaceNamed(Array("made\n".utf8), at: folder + "/ahead.ics")
    #expect(try contents(folder + "/later.ics") == "made\n")
    #expect(mode(folder + "/ahead.ics").map { $0 & S_IFMT } == S_IFLNK)
    // Through two links, to a file not made yet.
    #expect(symlink("ahead2.ics", folder + "/first.ics") == 0)
    #expect(symlink("last.ics", folder + "/ahead2.ics") == 0)
    try AtomicFile.replaceNamed(Array("end\n".utf8), at: folder + "/first.ics")
    #expect(try contents(folder + "/last.ics") == "end\n")
    #expect(mode(folder + "/ahead2.ics").map { $0 & S_IFMT } == S_IFLNK)
    // A folder that is not there is named as the user wrote the path.
    #expect(throws: FuError.io(path: folder + "/none/x.ics", action: "write", errno: ENOENT)) {
      try AtomicFile.replaceNamed([], at: folder + "/none/x.ics")
    }
    #expect(try temporaryFiles(in: folder).isEmpty)
  }
}
