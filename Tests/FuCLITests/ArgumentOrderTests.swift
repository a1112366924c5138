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
