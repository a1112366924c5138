import Foundation
import FuTestSupport
import Testing

/// Shell completion, through each shell's own machinery: the scripts in completions/ ask
/// `fu __complete` for candidates, and the shell quotes what it inserts. The vault
/// (`Tests/Fixtures/vaults/completion`, copied) holds names with spaces, an apostrophe
/// and accents; `fu` is found on PATH, as a user's would be.
@Suite struct CompletionTests {
  typealias Session = CompletionSession

  /// A line typed before Tab: the words bash sees (`COMP_WORDS`), and whether the vault
  /// comes from `FU_VAULT` (else the line names it with `--vault`, in place of `DIR`).
  struct Line: CustomStringConvertible, Sendable {
    var words: [String]
    var usesEnvironment = true
    var description: String { words.joined(separator: " ") }
  }

  static let ada = Line(words: ["fu", "log", "ada"])
  static let oneil = Line(words: ["fu", "log", "\"o'n"])
  static let zoe = Line(words: ["fu", "show", "zo"])
  static let grace = Line(words: ["fu", "--vault", "DIR", "log", "gr"], usesEnvironment: false)
  /// `fu draft`'s TEMPLATE: the vault's `thanks for lunch.md` (a name with spaces), and a
  /// built-in one.
  static let lunch = Line(words: ["fu", "draft", "ada", "thanks"])
  static let close = Line(words: ["fu", "draft", "ada", "clo"])

  @Test func bashRepliesWholeNamesQuoted() throws {
    let expected = [
      (Self.ada, "Ada\\ Lovelace"), (Self.oneil, "Sam O'Neil"), (Self.zoe, "Zoë\\ Martín"),
      (Self.grace, "Grace\\ Hopper"), (Self.lunch, "thanks\\ for\\ lunch"),
      (Self.close, "close-the-loop"),
    ]
    let session = try Session()
    defer { session.remove() }
    for (line, reply) in expected {
      // What bash does on Tab: COMP_WORDS and COMP_CWORD set, the function run, COMPREPLY
      // inserted as it is (inside the quote the word opened, for "o'n).
      let script = """
        source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
        COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}; _fu; printf '%s\\n' "${COMPREPLY[@]}"
        """
      let output = try session.run(
        "/bin/bash", ["-c", script, "bash", session.script("fu.bash")] + session.words(line),
        line: line)
      #expect(output == reply + "\n", "bash: \(line)")
    }
  }

  /// The line after Tab in a real interactive shell, readline's or zle's insertion
  /// included: bash's is what the issue saw break (`Sam\ ONeil`).
  @Test(arguments: ["bash", "zsh"])
  func tabInARealShellInsertsWholeNamesQuoted(shell: String) throws {
    let session = try Session()
    defer { session.remove() }
    let zsh = try #require(Session.find("zsh"), "zsh is missing: run scripts/setup")
    let expected = [
      (Self.ada, "fu log Ada\\ Lovelace "), (Self.oneil, "fu log \"Sam O'Neil\" "),
      (Self.zoe, "fu show Zoë\\ Martín "),
      (Self.grace, "fu --vault \(session.vault.path) log Grace\\ Hopper "),
      (Self.lunch, "fu draft ada thanks\\ for\\ lunch "),
      (Self.close, "fu draft ada close-the-loop "),
    ]
    for (line, buffer) in expected {
      // The shell in a pseudo-terminal (zsh's zpty): the line typed, Tab, the line read.
      let harness = Scenario.fixtures.appendingPathComponent("completion/complete.zsh").path
      let typed = session.words(line).joined(separator: " ")
      let output = try session.run(
        zsh, ["-f", harness, shell, session.completions.path, typed], line: line)
      #expect(output == buffer + "\n", "\(shell): \(line)")
    }
  }

  @Test func fishOffersWholeNames() throws {
    let session = try Session()
    defer { session.remove() }
    let fish = try #require(Session.find("fish"), "fish is missing: run scripts/setup")
    let expected = [
      (Self.ada, "Ada Lovelace"), (Self.oneil, "Sam O'Neil"), (Self.zoe, "Zoë Martín"),
      (Self.grace, "Grace Hopper"), (Self.lunch, "thanks for lunch"),
      (Self.close, "close-the-loop"),
    ]
    for (line, name) in expected {
      let script = "source $argv[1]; complete -C $argv[2]"
      let typed = session.words(line).joined(separator: " ")
      let output = try session.run(
        fish, ["--no-config", "-c", script, session.script("fu.fish"), typed], line: line)
      #expect(output == name + "\n", "fish: \(line)")
    }
  }

  /// What the scripts ask: commands, options, their values, and a path for the shell.
  @Test(arguments: [
    (["fu", "li"], "list\n"), (["fu", "list", "--so"], "--sort\n"),
    (["fu", "list", "--sort", ""], "name\ndue\nlast\nwaiting\n"),
    (["fu", "--vault", ""], ":directory\n"),
    (["fu", "git", ""], "setup\n"), (["fu", "help", "sn"], "snooze\n"),
    (["fu", "log", "--vault=DIR", "ed"], "Edsger W. Dijkstra\n"),
    (["fu", "show", "--vault", "DIR", "lovelace"], "Ada Lovelace\n"),
    (["fu", "show", "--vault", "DIR", "countess"], "Countess of Lovelace\n"),
    (["fu", "log", "ada", ""], ""), (["fu", "log", "gr"], ""),
    (["fu", "log", "--vault=DIR", "ada", "Lunch", "--with", "ed"], "Edsger W. Dijkstra\n"),
    // TEMPLATE: the vault's files and the built-in ones, a file replacing its namesake.
    (
      ["fu", "draft", "--vault", "DIR", "ada", ""],
      "check-in\nclose-the-loop\nnudge\nthank-you\nthanks for lunch\nvalue-add\n"
    ),
    (["fu", "draft", "--vault", "DIR", "ada", "th"], "thank-you\nthanks for lunch\n"),
    (["fu", "draft", "--vault", "DIR", "ada", "nudge", ""], ""),
  ])
  func fuAnswersTheScripts(words: [String], expected: String) throws {
    let session = try Session()
    defer { session.remove() }
    let line = Line(words: words, usesEnvironment: false)
    let output = try session.run(
      FuBinary.url.path, ["__complete"] + session.words(line), line: line)
    #expect(output == expected)
  }

  @Test func whoLeavesOutWhatTheVaultExcludes() throws {
    let session = try Session()
    defer { session.remove() }
    let configured = Scenario.fixtures.appendingPathComponent("vaults/configured").path
    let line = Line(words: ["fu", "log", "--vault=\(configured)", ""], usesEnvironment: false)
    let output = try session.run(FuBinary.url.path, ["__complete"] + line.words, line: line)
    #expect(
      output == "Ada Lovelace\nBob Babbage\nDan Dunn\nEve Ewing\n",
      "no carol.draft.md, nothing from archive/")
  }

  /// Names do not depend on the day: a FU_TODAY fu cannot read does not silence them.
  @Test func aBadFUTodayStillCompletesNames() throws {
    let run = try FuBinary.run(
      ["__complete", "fu", "--vault", "sample-vault", "log", "lovel"], in: Scenario.repository,
      environment: ["FU_TODAY": "someday"])
    #expect(run.stdout == "Ada Lovelace\n")
  }

  @Test func theHelpLeavesTheCompletionCommandOut() throws {
    let run = try FuBinary.run(["--help"], in: Scenario.repository)
    #expect(!run.stdout.contains("__complete"))
  }
}
