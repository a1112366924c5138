import ArgumentParser
import FuKit
import Testing

@testable import fu

/// `DirectParse` reads the command lines it takes as ArgumentParser reads them, and leaves
/// every other to it.
@Suite struct DirectParseTests {
  static let read: [[String]] = [
    [], ["agenda"], ["--count"], ["--json"], ["agenda", "--vault", "v", "--today", "2026-11-21"],
    [
      "agenda", "--vault=v", "--today=tomorrow", "--color", "never", "--no-cache", "--days", "30",
      "--tag", "friend,oss", "--tag=investor", "--json", "--count", "--exit-code",
    ],
    ["agenda", "--days=0", "--color=always", "--today", "friday"],
    ["log", "ada"], ["log", "ada", "Coffee; send the deck", "--next", "2w"],
    ["log", "--vault", "v", "grace", "Lunch", "and", "a talk", "--date", "yesterday", "--dry-run"],
    ["log", "ada", "--next=2w", "Lunch", "--today", "2026-11-21", "--no-cache"],
  ]

  static let leftToTheParser: [[String]] = [
    ["--help"], ["-h"], ["help"], ["agenda", "--help"], ["agenda", "--version"], ["list"],
    ["agenda", "--days", "-3"], ["agenda", "--days", "x"], ["agenda", "--days="],
    ["agenda", "--tag", ""], ["agenda", "--tag", ","], ["agenda", "--json", "--json"],
    ["agenda", "--json=yes"], ["agenda", "--vault"], ["agenda", "--vault", "a", "--vault", "b"],
    ["agenda", "word"], ["agenda", "--color", "pink"], ["agenda", "--today", "someday"],
    ["agenda", "--next", "2w"], ["agenda", "-"], ["log"], ["log", "ada", "-"],
    ["log", "ada", "--", "--help-desk"], ["log", "ada", "x", "--date"],
    ["log", "ada", "x", "--dry-run", "--dry-run"], ["log", "ada", "x", "--days", "3"],
  ]

  @Test(arguments: read) func readsAsTheParserDoes(_ arguments: [String]) throws {
    let direct = try #require(DirectParse.command(arguments), "\(arguments)")
    let parsed = try Fu.parseAsRoot(arguments)
    switch (direct, parsed) {
    case (let direct as Fu.Agenda, let parsed as Fu.Agenda):
      #expect(Self.options(direct.global) == Self.options(parsed.global))
      #expect(direct.days == parsed.days)
      #expect(direct.tags.tags == parsed.tags.tags)
      #expect(
        [direct.json, direct.count, direct.exitCode]
          == [parsed.json, parsed.count, parsed.exitCode])
    case (let direct as Fu.Log, let parsed as Fu.Log):
      #expect(Self.options(direct.global) == Self.options(parsed.global))
      #expect(direct.who == parsed.who)
      #expect(direct.message == parsed.message)
      #expect([direct.date, direct.next] == [parsed.date, parsed.next])
      #expect(direct.dryRun == parsed.dryRun)
    default:
      Issue.record("\(arguments): \(type(of: direct)), the parser's \(type(of: parsed))")
    }
  }

  @Test(arguments: leftToTheParser) func leavesTheRestToTheParser(_ arguments: [String]) {
    #expect(DirectParse.command(arguments) == nil, "\(arguments)")
  }

  private static func options(_ global: GlobalOptions) -> String {
    "\(global.vault ?? "-") \(global.today.map { "\($0)" } ?? "-") \(global.color) \(global.noCache)"
  }
}
