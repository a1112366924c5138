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
    ["log", "zoe", "Intro", "--sent", "--via", "email", "--note=Send the deck", "--next", "none"],
    ["log", "maria, jordan", "Group lunch"],
    ["log", "ada", "--with", "grace", "Lunch", "--with=alan"],
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
    ["log", "ada", "x", "--note", ""], ["log", "ada", "x", "--sent=yes"],
    ["log", "ada", "x", "--with"], ["log", "ada", "x", "--with", ""],
  ]

  @Test(arguments: read) func readsAsTheParserDoes(_ arguments: [String]) throws {
    let direct = try #require(DirectParse.command(arguments), "\(arguments)")
    var parsed = try Fu.parseAsRoot(arguments)
    try parsed.validate()
    switch (direct, parsed) {
    case (.agenda(let direct), let agenda as Fu.Agenda):
      #expect(
        direct
          == Fu.Agenda.Request(
            global: agenda.global.values, days: agenda.days, tags: agenda.filter.tags,
            json: agenda.json, count: agenda.count, exitCode: agenda.exitCode))
    case (.log(let direct), let log as Fu.Log):
      #expect(direct.global.values == log.global.values)
      #expect([direct.who] + direct.message == [log.who] + log.message)
      #expect([direct.date, direct.next] == [log.date, log.next])
      #expect([direct.via, direct.note] == [log.via, log.note])
      #expect([direct.sent, direct.dryRun] == [log.sent, log.dryRun])
      #expect(direct.with == log.with)
    default:
      Issue.record("\(arguments): \(direct), the parser's \(type(of: parsed))")
    }
  }

  @Test(arguments: leftToTheParser) func leavesTheRestToTheParser(_ arguments: [String]) {
    #expect(DirectParse.command(arguments) == nil, "\(arguments)")
  }
}
