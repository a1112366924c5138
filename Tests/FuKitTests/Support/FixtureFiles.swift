import Foundation

/// The repository's root folder, which holds `sample-vault` and `Tests/Fixtures`.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Every Markdown file below the folders `roots` (relative to the repository), as sorted
/// paths relative to the repository.
func markdownFiles(under roots: [String]) -> [String] {
  roots.flatMap { root -> [String] in
    let url = repositoryRoot.appendingPathComponent(root)
    let paths =
      FileManager.default.enumerator(atPath: url.path)?.compactMap { $0 as? String } ?? []
    return paths.filter { $0.hasSuffix(".md") }.map { "\(root)/\($0)" }
  }.sorted()
}
