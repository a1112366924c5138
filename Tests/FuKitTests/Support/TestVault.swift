import Foundation
import FuTestSupport

@testable import FuKit

/// What a workspace told through its reporter, in order.
final class ReportLog: @unchecked Sendable {
  private let lock = NSLock()
  private var storedWarnings: [String] = []
  private var storedWrites = 0

  var warnings: [String] { lock.withLock { storedWarnings } }
  var writes: Int { lock.withLock { storedWrites } }

  /// A reporter that records here.
  var reporter: Workspace.Reporter {
    Workspace.Reporter(
      warning: { [self] message in lock.withLock { storedWarnings.append(message) } },
      wrote: { [self] in lock.withLock { storedWrites += 1 } })
  }
}

/// A vault made for one test in a new temporary folder: `files` by vault-relative path.
struct TestVault {
  let folder: URL
  let log = ReportLog()

  init(_ purpose: String, files: [String: String]) throws {
    folder = try makeTemporaryFolder(purpose)
    for (path, text) in files {
      let url = folder.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
  }

  /// The workspace of the vault on `today`, its index outside the vault (or none), with no
  /// user config; its reporter records in `log`.
  func workspace(today: CalendarDate = day(2026, 11, 21), index: Bool = true) throws -> Workspace {
    var environment = ["XDG_CONFIG_HOME": folder.path + "-config", "HOME": folder.path + "-home"]
    environment["XDG_CACHE_HOME"] = folder.path + "-cache"
    return try Workspace.open(
      Workspace.Options(
        vault: folder.path, today: today, readsEveryFile: !index, environment: environment),
      reporter: log.reporter)
  }

  /// The text of the file at vault-relative `path`; `nil` when there is none.
  func text(_ path: String) -> String? {
    (try? Data(contentsOf: folder.appendingPathComponent(path))).map {
      String(decoding: $0, as: UTF8.self)
    }
  }

  func remove() {
    for suffix in ["", "-config", "-home", "-cache"] {
      try? FileManager.default.removeItem(atPath: folder.path + suffix)
    }
  }
}
