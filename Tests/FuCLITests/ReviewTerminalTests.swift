import Foundation
import FuTestSupport
import Testing

/// `fu review` driven through a real terminal (tmux, 60 columns): keys pressed, the screen
/// read, and the files compared byte for byte afterwards. The vault is a copy of the
/// `practice` fixture on 2026-11-21, where five contacts are due: Zoe Park, Priya Raman,
/// Dana Lee, Lena Vogel and Omar Haddad, in that order. One at a time: each test waits
/// on the terminal, and they would only hold up each other's threads.
@Suite(.serialized) struct ReviewTerminalTests {
  static let fixture = Scenario.fixtures.appendingPathComponent("vaults/practice")
  static let width = 60

  /// A copy of the fixture as `vault/` in a new folder, and a terminal running `fu review
  /// ARGUMENTS` there, then saying whether the terminal's settings came back as they were
  /// and fu's exit status: `[terminal as it was]`, `[exited 0]`.
  struct Run {
    let folder: URL
    let terminal: TmuxTerminal
    var vault: URL { folder.appendingPathComponent("vault") }

    init(_ arguments: String = "", environment: String = "") throws {
      let folder = try makeTemporaryFolder("review")
      self.folder = folder
      try FileManager.default.copyItem(
        at: ReviewTerminalTests.fixture, to: folder.appendingPathComponent("vault"))
      // Job control on (`set -m`), as in an interactive shell: fu runs as the terminal's
      // foreground job, and Ctrl-C goes to fu alone, not to the shell that reports on it.
      let command = """
        set -m
        before=$(stty -g)
        env -i PATH=/usr/bin:/bin HOME="$PWD" LANG=C.UTF-8 TERM="$TERM" \(environment) \
        '\(FuBinary.url.path)' review --vault vault --today 2026-11-21 \(arguments)
        status=$?
        if [ "$(stty -g)" = "$before" ]; then echo '[terminal as it was]'
        else echo '[terminal changed]'; fi
        echo "[exited $status]"
        sleep 86400
        """
      terminal = try TmuxTerminal(
        command, in: folder, width: ReviewTerminalTests.width, height: 40)
    }

    /// The screen once fu has exited with `status`; every way out of a review must leave
    /// the terminal's settings as they were.
    @discardableResult
    func end(status: Int32 = 0, sourceLocation: SourceLocation = #_sourceLocation) throws
      -> String
    {
      let screen = try terminal.waitFor("[exited \(status)]")
      #expect(
        screen.contains("[terminal as it was]"), "\(screen)", sourceLocation: sourceLocation)
      return screen
    }

    func close() {
      terminal.close()
      try? FileManager.default.removeItem(at: folder)
    }

    /// The vault's files that differ from the fixture's, with their bytes now.
    func changedFiles() -> [String: String] {
      let before = snapshot(of: ReviewTerminalTests.fixture)
      return snapshot(of: vault).filter { before[$0.key] != $0.value }
        .mapValues { String(decoding: $0, as: UTF8.self) }
    }
  }

  /// The screen's lines longer than the window: none, or the card does not fit.
  static func overlong(_ screen: String) -> [String] {
    screen.split(separator: "\n").map(String.init).filter { $0.count > width }
  }

  @Test func logsOneSnoozesAnotherSkipsAThirdAndSaysSo() throws {
    let run = try Run()
    defer { run.close() }
    let terminal = run.terminal
    var screens = [try terminal.waitFor("1 of 5", "Zoe Park", "Met at the fintech meetup")]
    // Zoe: an attempt, the follow-up by the sequence (Enter).
    try terminal.press("s")
    try terminal.answer("What did you send?", "Intro email #email")
    screens.append(try terminal.waitFor("Next follow-up? Enter: Nov 23 (in 2d)"))
    try terminal.press("Enter")
    // Priya: snoozed; a date fu cannot read is asked again.
    screens.append(
      try terminal.waitFor(
        "2 of 5", "Priya Raman", "3rd try by linkedin, no reply since Nov 10",
        "Logged an attempt with Zoe Park; next follow-up Nov 23 (in"))
    try terminal.press("z")
    try terminal.answer("Snooze until?", "someday")
    screens.append(try terminal.waitFor("fu: error: cannot read the date \"someday\""))
    try terminal.type("dec 1")
    try terminal.press("Enter")
    // Dana: skipped.
    screens.append(try terminal.waitFor("3 of 5", "Dana Lee", "Snoozed Priya Raman to Dec 1"))
    try terminal.press("Enter")
    // Lena: a reply, the follow-up given.
    screens.append(try terminal.waitFor("4 of 5", "Lena Vogel", "re-engage after 5 tries"))
    try terminal.press("l")
    try terminal.answer("What happened?", "She wrote back")
    try terminal.answer("Next follow-up?", "2w")
    screens.append(try terminal.waitFor("5 of 5", "Omar Haddad", "Logged Lena Vogel"))
    try terminal.press("q")
    let end = try run.end()
    #expect(
      end.contains(
        """
        Logged an attempt with Zoe Park; next follow-up Nov 23 (in 2d).
        Snoozed Priya Raman to Dec 1 (in 10d).
        Logged Lena Vogel; next follow-up Dec 5 (in 14d).
        Reviewed 4 of 5: 1 logged, 1 sent, 1 snoozed, 1 skipped.
        """), "\(end)")
    for screen in screens { #expect(Self.overlong(screen) == [], "\(screen)") }
    #expect(
      run.changedFiles() == [
        "zoe-park.md": """
        ---
        name: Zoe Park
        company: Northwind
        tags: [lead]
        last_contact: 2026-11-21
        next_follow_up: 2026-11-23
        notes: Met at the fintech meetup
        ---
        # Zoe Park

        ## Interactions

        - 2026-10-20: Met at the fintech meetup; she runs payments at Northwind
        - 2026-11-21: Intro email #email #sent

        """,
        "priya-raman.md": """
        ---
        name: Priya Raman
        company: Globex
        tags: [lead]
        sequence: sales
        last_contact: 2026-11-12
        next_follow_up: 2026-12-01
        notes: Pilot budget in Q1
        ---
        # Priya Raman

        ## Interactions

        - 2026-10-28: Demo call; she wants numbers for the pilot
        - 2026-11-10: Sent the pricing sheet #sent #email
        - 2026-11-12: Connected on LinkedIn with a note #sent #linkedin

        """,
        "lena-vogel.md": """
        ---
        name: Lena Vogel
        tags: [lead]
        last_contact: 2026-11-21
        next_follow_up: 2026-12-05
        ---
        # Lena Vogel

        ## Interactions

        - 2026-07-20: Intro from Max
        - 2026-07-22: Intro email #sent
        - 2026-07-24: Follow-up #sent
        - 2026-07-28: Case study #sent
        - 2026-08-04: Checking in #sent
        - 2026-08-19: Closing the loop for now #sent
        - 2026-11-21: She wrote back

        """,
      ])
  }

  @Test func everyCardFitsSixtyColumnsAndQuestionMarkShowsTheKeys() throws {
    let run = try Run()
    defer { run.close() }
    let terminal = run.terminal
    let names = ["Zoe Park", "Priya Raman", "Dana Lee", "Lena Vogel", "Omar Haddad"]
    for (index, name) in names.enumerated() {
      let card = try terminal.waitFor("\(index + 1) of 5", name, "q quit")
      #expect(Self.overlong(card) == [], "\(card)")
      if index == 0 {
        try terminal.press("?")
        let help = try terminal.waitFor("fu review: the keys", "Press any key")
        let keys = [
          "l      log", "s      log as sent", "z      snooze", "d      draft", "e      edit",
          "Enter  skip", "q      quit",
        ]
        for key in keys {
          #expect(help.contains(key), "\(help)")
        }
        #expect(Self.overlong(help) == [], "\(help)")
        try terminal.press("x")
        try terminal.waitFor("1 of 5", "Zoe Park")
      }
      try terminal.press("Enter")
    }
    let end = try run.end()
    #expect(end.contains("Reviewed 5 of 5: 0 logged, 0 sent, 0 snoozed, 5 skipped."))
    #expect(run.changedFiles() == [:])
  }

  @Test func ctrlCInAQuestionLeavesTheFileUntouchedAndTheTerminalAsItWas() throws {
    let run = try Run()
    defer { run.close() }
    let terminal = run.terminal
    try terminal.waitFor("1 of 5", "Zoe Park")
    // A log written in full first, then Ctrl-C halfway through the next contact's log.
    try terminal.press("l")
    try terminal.answer("What happened?", "Coffee")
    try terminal.answer("Next follow-up?", "none")
    try terminal.waitFor("2 of 5", "Priya Raman")
    try terminal.press("l")
    try terminal.waitFor("What happened?")
    try terminal.type("Half a mess")
    try terminal.press("C-c")
    let end = try run.end()
    #expect(end.contains("Reviewed 1 of 5: 1 logged, 0 sent, 0 snoozed, 0 skipped."))
    let original = try String(
      contentsOf: Self.fixture.appendingPathComponent("zoe-park.md"), encoding: .utf8)
    #expect(
      run.changedFiles() == [
        "zoe-park.md": original.replacingOccurrences(
          of: "last_contact: 2026-10-20\nnext_follow_up: 2026-11-02\n",
          with: "last_contact: 2026-11-21\nnext_follow_up:\n") + "- 2026-11-21: Coffee\n"
      ])
  }

  @Test func ctrlCAtACardQuits() throws {
    let run = try Run()
    defer { run.close() }
    try run.terminal.waitFor("1 of 5", "Zoe Park")
    try run.terminal.press("C-c")
    let end = try run.end()
    #expect(end.contains("Reviewed 0 of 5: 0 logged, 0 sent, 0 snoozed, 0 skipped."))
    #expect(run.changedFiles() == [:])
  }

  /// A warning told while the screen was fu's is told again once it is gone: the last
  /// card's would not be seen at all.
  @Test func theWarningsOfTheLastCardStayOnTheScreenAfterTheReview() throws {
    let run = try Run()
    defer { run.close() }
    let terminal = run.terminal
    for (position, name) in ["Zoe Park", "Priya Raman", "Dana Lee", "Lena Vogel"].enumerated() {
      try terminal.waitFor("\(position + 1) of 5", name)
      try terminal.press("Enter")
    }
    try terminal.waitFor("5 of 5", "Omar Haddad")
    try terminal.press("z")
    try terminal.answer("Snooze until?", "2026-11-01")
    let end = try run.end()
    #expect(
      end.contains("fu: warning: 2026-11-01 has already passed; the contact stays overdue"),
      "\(end)")
    #expect(end.contains("Reviewed 5 of 5: 0 logged, 0 sent, 1 snoozed, 4 skipped."), "\(end)")
    #expect(run.changedFiles().keys.sorted() == ["omar-haddad.md"])
  }

  /// A terminal set to another encoding: its bytes are refused, as fu log refuses them.
  @Test func aMessageThatIsNotUTF8IsNotLogged() throws {
    let run = try Run()
    defer { run.close() }
    try run.terminal.waitFor("1 of 5", "Zoe Park")
    try run.terminal.press("l")
    try run.terminal.waitFor("What happened?")
    try run.terminal.send(bytes: Array("Caf".utf8) + [0xE9, 0x0D])  // Latin-1 "Café", Enter
    try run.terminal.waitFor("1 of 5", "the text is not UTF-8", "nothing was logged")
    try run.terminal.press("q")
    try run.end()
    #expect(run.changedFiles() == [:])
  }

  @Test func aSignalThatEndsFuLeavesTheTerminalAsItWas() throws {
    let run = try Run()
    defer { run.close() }
    try run.terminal.waitFor("1 of 5", "Zoe Park")
    // At the card, the terminal in raw mode: one key at a time, no echo.
    let deadline = ContinuousClock.now + TmuxTerminal.timeout
    while try !run.terminal.settings().contains("-icanon"), ContinuousClock.now < deadline {
      Thread.sleep(forTimeInterval: 0.05)
    }
    #expect(try run.terminal.settings().contains(" -echo "))
    let fu = try #require(try run.terminal.foregroundProcess())
    kill(fu, SIGTERM)
    let end = try run.end(status: 143)
    #expect(!end.contains("Zoe Park"), "the user's screen is back: \(end)")
    #expect(run.changedFiles() == [:])
  }

  @Test func anEditIsReadBackOnTheCard() throws {
    let run = try Run(environment: "VISUAL='sed -i s/fintech/payments/'")
    defer { run.close() }
    try run.terminal.waitFor("1 of 5", "Met at the fintech meetup")
    try run.terminal.press("e")
    try run.terminal.waitFor("1 of 5", "Met at the payments meetup", "Edited vault/zoe-park.md")
    // The editor's run changed fu's signals for a while: Ctrl-C still ends a question.
    try run.terminal.press("z")
    try run.terminal.waitFor("Snooze until?")
    try run.terminal.type("fri")
    try run.terminal.press("C-c")
    let end = try run.end()
    #expect(
      end.contains("Reviewed 0 of 5: 0 logged, 0 sent, 0 snoozed, 0 skipped, 1 edited."))
    #expect(Array(run.changedFiles().keys) == ["zoe-park.md"])
  }

  @Test func aDraftShowsUnderTheCardUntilTheNextKey() throws {
    let run = try Run()
    defer { run.close() }
    try run.terminal.waitFor("1 of 5", "Zoe Park")
    try run.terminal.press("d")
    let draft = try run.terminal.waitFor("1 of 5", "Draft (check-in):", "Hi Zoe,")
    #expect(Self.overlong(draft) == [], "\(draft)")
    try run.terminal.press("Enter")
    let next = try run.terminal.waitFor("2 of 5", "Priya Raman")
    #expect(!next.contains("Draft ("))
    try run.terminal.press("q")
    let end = try run.end()
    #expect(
      end.contains("Reviewed 1 of 5: 0 logged, 0 sent, 0 snoozed, 1 skipped, 1 drafted."))
    #expect(run.changedFiles() == [:])
  }

  @Test func refusesWithoutATerminalOnStandardInput() throws {
    let run = try Run("< /dev/null")
    defer { run.close() }
    let end = try run.end(status: 1)
    #expect(end.contains("fu: error: fu review needs a terminal"), "\(end)")
    #expect(end.contains("use fu agenda"), "\(end)")
  }
}
