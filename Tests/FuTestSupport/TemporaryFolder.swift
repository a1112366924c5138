import Foundation

/// A new, empty folder for one test, named `fu-PURPOSE-UUID` in the system's temporary
/// folder; the test removes it.
public func makeTemporaryFolder(_ purpose: String) throws -> URL {
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("fu-\(purpose)-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}
