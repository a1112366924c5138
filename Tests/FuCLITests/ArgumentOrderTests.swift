import ArgumentParser
import Testing

@testable import fu

/// The global options fu moves after a command's name are exactly `GlobalOptions`'.
@Suite struct ArgumentOrderTests {
  @Test func itKnowsEveryGlobalOptionAndWhetherItTakesAValue() {
    let usage = GlobalOptions.usageString()
    let named = usage.split(separator: " ").map { $0.trimmingCharacters(in: ["[", "]"]) }
      .filter { $0.hasPrefix("--") }
    #expect(Set(named) == Set(ArgumentOrder.valuedOptions + ArgumentOrder.flags), "\(usage)")
    for option in ArgumentOrder.valuedOptions {
      #expect(usage.contains("\(option) <"), "\(option) takes a value: \(usage)")
    }
  }

  @Test func theCommandNamesAreTheConfigurations() {
    #expect(Fu.commandNames == Fu.configuration.subcommands.map { $0._commandName })
    for type in Fu.configuration.subcommands {
      #expect(
        Fu.command(named: type._commandName).map(ObjectIdentifier.init) == ObjectIdentifier(type))
    }
    #expect(Fu.command(named: "--count") == nil)
    #expect(Fu.command(named: nil) == nil)
  }

  @Test func globalOptionsBeforeACommandGoAfterIt() {
    let commands: Set<String> = ["list", "log"]
    guard
      case .arguments(let moved) = ArgumentOrder.reading(
        ["--vault", "list", "--no-cache", "--today=2026-11-21", "log", "ada", "x"],
        commands: commands)
    else {
      Issue.record("expected arguments")
      return
    }
    // `list` after --vault is the vault's path, not a command.
    #expect(moved == ["log", "--vault", "list", "--no-cache", "--today=2026-11-21", "ada", "x"])
    guard
      case .unknownCommand("frob") = ArgumentOrder.reading(
        ["--no-cache", "frob"], commands: commands)
    else {
      Issue.record("expected frob to be no command")
      return
    }
    // Help needs no vault: what comes before it goes.
    if case .arguments(let help) = ArgumentOrder.reading(
      ["--vault", "v", "--no-cache", "help", "log"], commands: commands)
    {
      #expect(help == ["help", "log"])
    } else {
      Issue.record("expected help")
    }
    for untouched in [
      ["--days", "3"], ["help", "log"], ["--vault", "v"], ["---completion", "x"],
    ] {
      guard case .arguments(let same) = ArgumentOrder.reading(untouched, commands: commands) else {
        Issue.record("\(untouched) changed")
        continue
      }
      #expect(same == untouched)
    }
  }
}

extension ArgumentOrderTests {
  @Test func wordsThatStartWithADashButNameNoOptionAreText() {
    func read(_ arguments: [String], _ command: any ParsableCommand.Type = Fu.Log.self)
      -> [String]
    {
      ArgumentOrder.keepingText(arguments, for: command)
    }
    #expect(
      read(["log", "ada", "-10% on the renewal", "--next", "2w"])
        == ["log", "ada", "--next", "2w", "--", "-10% on the renewal"])
    #expect(
      read(["log", "--vault", "v", "ada", "- chat with her", "--dry-run"])
        == ["log", "--vault", "v", "ada", "--dry-run", "--", "- chat with her"])
    #expect(read(["log", "ada", "-hello"]) == ["log", "ada", "--", "-hello"])
    #expect(read(["log", "ada", "--- note ---"]) == ["log", "ada", "--", "--- note ---"])
    #expect(read(["snooze", "ada", "-1d"], Fu.Snooze.self) == ["snooze", "ada", "--", "-1d"])
    // The words of a message keep their order, options found among them go before.
    #expect(
      read(["log", "ada", "-10%", "off", "--date", "yesterday", "renewal", "-2"])
        == ["log", "ada", "--date", "yesterday", "--", "-10%", "off", "renewal", "-2"])
    // A value that starts with `-` is joined to its option, which is how the parser takes it.
    #expect(
      read(["log", "ada", "x", "--date", "-1d", "--today", "-"])
        == ["log", "ada", "x", "--date=-1d", "--today", "-"])
    #expect(read(["agenda", "--days", "-3"], Fu.Agenda.self) == ["agenda", "--days=-3"])
    // An option is no option's value: `--dry-run` stays a flag, and --company lacks one.
    #expect(
      read(["add", "-Ann Bee", "--company", "--dry-run"], Fu.Add.self)
        == ["add", "--company", "--dry-run", "--", "-Ann Bee"])
    for untouched in [
      (["ics", "-o", "x.ics"], Fu.Ics.self), (["ics", "-o=-x.ics"], Fu.Ics.self),
      (["log", "ada", "x", "--next=2w", "--dry-run"], Fu.Log.self),
      (["log", "ada", "--", "-h"], Fu.Log.self), (["log", "ada", "--frob", "-h"], Fu.Log.self),
      (["log", "ada", "called", "-d", "yesterday"], Fu.Log.self),  // a mistyped option
      (["log", "dijkstra", "-"], Fu.Log.self),
    ] as [([String], any ParsableCommand.Type)] {
      #expect(read(untouched.0, untouched.1) == untouched.0)
    }
  }

  @Test func itReadsWhichOptionsTakeAValue() {
    #expect(ArgumentOrder.valuedOptions(of: Fu.Log.self).isSuperset(of: ["--date", "--next"]))
    #expect(!ArgumentOrder.valuedOptions(of: Fu.Log.self).contains("--dry-run"))
    #expect(ArgumentOrder.valuedOptions(of: Fu.Ics.self).isSuperset(of: ["-o", "--output"]))
  }
}
