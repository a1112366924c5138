import Foundation
import Testing

/// Every input a libFuzzer target (`Fuzz/`, `scripts/fuzz-coverage`) once broke on, kept in
/// `Tests/Fixtures/fuzz/TARGET/`, goes through that target's oracle again; and the fixtures
/// that seed the targets pass them, so that a finding is a change in fu, not in the oracle.
@Suite struct FuzzRegressionTests {
  static let findings: [String] = FuzzOracle.targets.keys.sorted().flatMap { target in
    let folder = repositoryRoot.appendingPathComponent("Tests/Fixtures/fuzz/\(target)")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted().map { "\(target)/\($0)" }
  }

  @Test(arguments: findings)
  func aFindingStaysFixed(_ finding: String) throws {
    let target = String(finding.prefix { $0 != "/" })
    let oracle = try #require(FuzzOracle.targets[target])
    let url = repositoryRoot.appendingPathComponent("Tests/Fixtures/fuzz/\(finding)")
    #expect(oracle(Array(try Data(contentsOf: url))) == [])
  }

  @Test func theSeedsPassTheOracles() throws {
    let books = repositoryRoot.appendingPathComponent("Tests/Fixtures/address-books")
    for name in try FileManager.default.contentsOfDirectory(atPath: books.path) {
      let bytes = Array(try Data(contentsOf: books.appendingPathComponent(name)))
      #expect(FuzzOracle.vCard(bytes) == [], "\(name)")
      #expect(FuzzOracle.csv(bytes) == [], "\(name)")
    }
    for path in markdownFiles(under: ["sample-vault", "Tests/Fixtures/vaults"]) {
      let bytes = Array(try Data(contentsOf: repositoryRoot.appendingPathComponent(path)))
      #expect(FuzzOracle.frontMatter(bytes) == [], "\(path)")
      #expect(FuzzOracle.log([0] + bytes) == [], "\(path)")
    }
  }
}
