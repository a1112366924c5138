import Foundation
import Glibc
import Testing

/// A folder fu may list but not search (mode 644: its names, not its files) hides its
/// files from fu: the folder is reported, once, and the index is not trusted to list the
/// vault, so they are seen as soon as the mode is fixed. Run as `nobody` when the tests run as root,
/// who may search any folder.
@Suite struct UnsearchableFolderTests {
  @Test func filesFuMayNotLookAtAreReportedAndSeenOnceItMay() throws {
    let work = FileManager.default.temporaryDirectory
      .appendingPathComponent("fu-unsearchable-\(UUID().uuidString)")
    let vault = work.appendingPathComponent("vault")
    let folder = vault.appendingPathComponent("work")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer {
      chmod(folder.path, 0o755)
      try? FileManager.default.removeItem(at: work)
    }
    try Data("---\nname: Ann\nnext_follow_up: 2026-11-01\n---\n".utf8)
      .write(to: vault.appendingPathComponent("ann.md"))
    for name in ["Bob", "Cy"] {
      try Data("---\nname: \(name)\nnext_follow_up: 2026-11-02\n---\n".utf8)
        .write(to: folder.appendingPathComponent(name.lowercased() + ".md"))
    }
    // A link in it, which is no more looked at than the files.
    try FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("ann-again.md").path, withDestinationPath: "../ann.md")
    let cache = work.appendingPathComponent("cache")
    try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
    chmod(cache.path, 0o777)
    // As root, a copy of fu where `nobody` may run it, run as `nobody`.
    var (binary, launcher) = (FuBinary.url, [String]())
    if getuid() == 0 {
      binary = work.appendingPathComponent("fu")
      try FileManager.default.copyItem(at: FuBinary.url, to: binary)
      launcher = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    }
    func agenda(_ extra: [String] = []) throws -> Run {
      try FuBinary.run(
        ["agenda", "--vault", "vault", "--today", "2026-11-21"] + extra, in: work,
        environment: ["XDG_CACHE_HOME": cache.path], binary: binary, launcher: launcher)
    }
    backdate(vault)
    chmod(folder.path, 0o644)
    for _ in 0..<2 {
      let hidden = try agenda()
      #expect(hidden.status == 0, "\(hidden.stderr)")
      #expect(
        hidden.stdout.contains("Ann") && !hidden.stdout.contains("Bob")
          && !hidden.stdout.contains("Cy"), "\(hidden.stdout)")
      #expect(
        hidden.stderr
          == "fu: warning: vault/work: fu may list this folder but not look into it"
          + " (chmod +x fixes that): its files are skipped\n")
    }
    chmod(folder.path, 0o755)
    for _ in 0..<2 {
      let seen = try agenda()
      #expect(
        seen.stdout.contains("Bob") && seen.stdout.contains("Cy"), "\(seen.stdout)\n\(seen.stderr)")
      #expect(seen.stdout == (try agenda(["--no-cache"])).stdout)
    }
  }

  /// The folders and files of `vault`, dated well before now, so that the index trusts
  /// their stamps at once.
  private func backdate(_ vault: URL) {
    let past = Date(timeIntervalSince1970: 1_700_000_000)
    for path in (FileManager.default.subpaths(atPath: vault.path) ?? []) + [""] {
      try? FileManager.default.setAttributes(
        [.modificationDate: past], ofItemAtPath: vault.appendingPathComponent(path).path)
    }
  }
}
