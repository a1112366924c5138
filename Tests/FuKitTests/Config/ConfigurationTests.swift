import Testing

@testable import FuKit

/// Reading `config.yml`: each setting, defaults, warnings for unknown keys, errors that name
/// the file, line and key, and how the vault's file overrides the user's.
@Suite struct ConfigurationTests {
  static let shown = ".fu/config.yml"

  private func parse(_ text: String) throws(FuError) -> Configuration {
    try Configuration.parse(Array(text.utf8), shownPath: Self.shown)
  }

  /// The `(path, message)` of the config error `bytes` give, or nil when they parse.
  private func failure(_ bytes: [UInt8]) -> (path: String, message: String)? {
    do {
      _ = try Configuration.parse(bytes, shownPath: Self.shown)
      return nil
    } catch {
      guard case .config(let path, let message) = error else {
        Issue.record("not a config error: \(error)")
        return nil
      }
      return (path, message)
    }
  }

  private func failure(_ text: String) -> (path: String, message: String)? {
    failure(Array(text.utf8))
  }

  private static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
    CalendarDate(year: year, month: month, day: day)!
  }

  // MARK: - Settings

  @Test func readsEverySetting() throws {
    let text = """
      # fu settings
      vault: ~/contacts
      agenda:
        days: 14
      log:
        sections: [Interactions, Journal]
      exclude:
        - archive/**
        - "*.tmp.md"
      dates: iso

      """
    let configuration = try parse(text)
    #expect(configuration.vault == "~/contacts")
    #expect(configuration.agendaDays == 14)
    #expect(configuration.logSections == ["Interactions", "Journal"])
    #expect(configuration.exclude == ["archive/**", "*.tmp.md"])
    #expect(configuration.dates == .iso)
    #expect(configuration.warnings.isEmpty)
  }

  @Test(arguments: [("short", DateDisplay.short), ("iso", .iso), ("ISO", .iso), ("Short", .short)])
  func readsTheDateDisplay(_ written: String, _ display: DateDisplay) throws {
    #expect(try parse("dates: \(written)\n").dates == display)
  }

  @Test func readsTheYearlyDaysTagCadencesGraceAndGit() throws {
    let configuration = try parse(
      "anniversaries: [wedding]\ncadence_by_tag:\n  Family: 2w\ngrace: 3d\ngit:\n  autocommit: yes\n"
    )
    #expect(configuration.anniversaries == ["wedding"])
    #expect(
      configuration.cadenceByTag == [
        TagCadence(tag: "family", cadence: Cadence(count: 2, unit: .week))
      ])
    #expect(configuration.grace == Cadence(count: 3, unit: .day))
    #expect(configuration.gitAutocommit == true)
  }

  @Test func readsHowToFollowUp() throws {
    let config = try parse(
      """
      follow_up:
        sequence: [1d, 3d email]
        max_attempts: 3
        reengage: 6w
      sequences:
        interview: [1d, 1w, 2w]
        nudge: 5d
      """)
    let practice = config.practice
    #expect(practice.defaultSequence.steps.map(\.description) == ["1d", "3d email"])
    #expect(practice.maxAttempts == 3)
    #expect(practice.reengage == Cadence(count: 6, unit: .week))
    #expect(practice.sequences.keys.sorted() == ["interview", "nudge"])
    #expect(practice.sequences["nudge"]?.steps.count == 1)
    // The vault's values win, key by key; the defaults fill the rest.
    let user = try parse("follow_up:\n  max_attempts: 8\n")
    let merged = config.overridden(by: user).practice
    #expect(merged.maxAttempts == 8 && merged.reengage == Cadence(count: 6, unit: .week))
    #expect(Configuration().practice == FollowUpPractice())
  }

  @Test func aGraceOfZeroIsNone() throws {
    #expect(try parse("grace: 0d\n").grace == Cadence(count: 0, unit: .day))
    #expect(try parse("grace: 00 weeks\n").grace == Cadence(count: 0, unit: .week))
    // A cadence of zero means nothing: it stays an error.
    #expect(throws: FuError.self) { try parse("cadence_by_tag:\n  family: 0d\n") }
    // And none it is: a cadence due yesterday is overdue today.
    let followUp = FollowUp(due: CalendarDate(year: 2026, month: 11, day: 20)!, source: .cadence)
    let today = CalendarDate(year: 2026, month: 11, day: 21)!
    #expect(!followUp.isInGrace(today: today, grace: Cadence(count: 0, unit: .day)))
    #expect(followUp.isInGrace(today: today, grace: Cadence(count: 1, unit: .day)))
  }

  @Test(arguments: [("0", 0), ("7", 7), ("36600", 36_600)])
  func readsAgendaDays(_ written: String, _ days: Int) throws {
    #expect(try parse("agenda:\n  days: \(written)\n").agendaDays == days)
  }

  @Test func tooManyDaysSaysTheLimit() {
    #expect(
      failure("agenda:\n  days: 36601\n")?.message
        == "`agenda.days` should be a whole number of days from 0 to 36600, not \"36601\"")
  }

  @Test func excludeMayBeASingleString() throws {
    #expect(try parse("exclude: drafts/\n").exclude == ["drafts/"])
  }

  @Test func aSingleLogSectionNameIsAListOfOne() throws {
    #expect(try parse("log:\n  sections: Journal\n").logSections == ["Journal"])
  }

  @Test func sectionNamesAreTrimmed() throws {
    let configuration = try parse("log:\n  sections: [\" Journal \", Log]\n")
    #expect(configuration.logSections == ["Journal", "Log"])
  }

  @Test(arguments: ["", "\n\n", "# only a comment\n", "# one\n\n  # two\n"])
  func anEmptyOrCommentOnlyFileGivesTheDefaults(_ text: String) throws {
    let configuration = try parse(text)
    #expect(configuration == Configuration())
    #expect(configuration.vault == nil)
    #expect(configuration.agendaDays == nil)
    #expect(configuration.logSections == nil)
    #expect(configuration.exclude == nil)
    #expect(configuration.dates == nil)
  }

  // MARK: - Warnings

  @Test func unknownKeysAreWarningsWithTheirLines() throws {
    let text = """
      colour: always
      agenda:
        days: 3
        weeks: 2
      log:
        heading: Log
      dates: short

      """
    let configuration = try parse(text)
    #expect(configuration.agendaDays == 3)
    #expect(configuration.dates == .short)
    let warnings = configuration.warnings
    #expect(warnings.map(\.path) == [Self.shown, Self.shown, Self.shown])
    #expect(warnings.map(\.line) == [1, 4, 6])
    #expect(warnings.count == 3)
    if warnings.count == 3 {
      #expect(warnings[0].message.contains("`colour`"))
      #expect(warnings[1].message.contains("`agenda.weeks`"))
      #expect(warnings[2].message.contains("`log.heading`"))
    }
  }

  // MARK: - Errors

  @Test(arguments: [
    ("agenda:\n  days: soon\n", 2, "agenda.days"),
    ("agenda:\n  days: -3\n", 2, "agenda.days"),
    ("agenda:\n  days: 1.5\n", 2, "agenda.days"),
    ("agenda:\n  days: 36601\n", 2, "agenda.days"),
    ("agenda:\n  days: [1]\n", 2, "agenda.days"),
    ("vault: x\nagenda: 14\n", 2, "agenda"),
    ("dates: long\n", 1, "dates"),
    ("# settings\ndates: long\n", 2, "dates"),
    ("dates: [iso]\n", 1, "dates"),
    ("log:\n  sections: []\n", 2, "log.sections"),
    ("git:\n  autocommit: maybe\n", 2, "git.autocommit"),
    ("grace: soon\n", 1, "grace"),
    ("cadence_by_tag:\n  family: often\n", 2, "cadence_by_tag.family"),
    ("anniversaries: []\n", 1, "anniversaries"),
    ("log:\n  sections: [Log, \"  \"]\n", 2, "log.sections"),
    ("log:\n  sections:\n    first: Log\n", 3, "log.sections"),
    ("exclude: \"[abc\"\n", 1, "exclude"),
    ("exclude:\n  drafts: yes\n", 2, "exclude"),
    ("exclude:\n  - drafts\n  - [a, b]\n", 3, "exclude"),
    ("vault: \"\"\n", 1, "vault"),
    ("follow_up:\n  sequence: [2d, soon]\n", 2, "follow_up.sequence"),
    ("follow_up:\n  sequence:\n    - 2d\n    - soon\n", 4, "follow_up.sequence"),
    ("follow_up:\n  max_attempts: 0\n", 2, "follow_up.max_attempts"),
    ("follow_up:\n  max_attempts: many\n", 2, "follow_up.max_attempts"),
    ("follow_up:\n  reengage: later\n", 2, "follow_up.reengage"),
    ("follow_up: 2d\n", 1, "follow_up"),
    ("sequences:\n  sales: [2d email, 4d by linkedin]\n", 2, "sequences.sales"),
    ("sequences:\n  sales: []\n", 2, "sequences.sales"),
  ])
  func aBadValueNamesTheFileLineAndKey(_ text: String, _ line: Int, _ key: String) throws {
    let (path, message) = try #require(failure(text))
    #expect(path == "\(Self.shown):\(line)")
    #expect(message.contains("`\(key)`"), "\(message)")
  }

  /// libyaml's error, at the line to fix: in a block, the problem's own line; and the
  /// two mistakes people make most, explained.
  @Test(arguments: [
    (
      "dates: iso\nagenda:\n  days: 14\n\n\n grace: 3d\n", ".fu/config.yml:6",
      "not valid YAML: did not find expected key (while parsing a block mapping from line 1)"
    ),
    (
      "exclude:\n  - *.draft.md\n", ".fu/config.yml:2",
      "not valid YAML: did not find expected alphabetic or numeric character while scanning an"
        + " alias; quote a value that starts with *, & or ! (\"*.draft.md\")"
    ),
    (
      "agenda:\n\tdays: 3\n", ".fu/config.yml:2",
      "not valid YAML: found character that cannot start any token while scanning for the next"
        + " token; YAML indents with spaces, not tabs"
    ),
    (
      "agenda:\r\n  days: 3\r\n\tgrace: 3d\r\n", ".fu/config.yml:3",
      "not valid YAML: found a tab character that violates indentation (while scanning a plain"
        + " scalar from line 2); YAML indents with spaces, not tabs"
    ),
    (
      "exclude: [drafts/,\n  archive/\nagenda:\n  days: 3\n", ".fu/config.yml:1",
      "not valid YAML: did not find expected ',' or ']' while parsing a flow sequence"
    ),
  ])
  func syntaxErrorsNameTheLineToFix(text: String, path: String, message: String) throws {
    let found = try #require(failure(text))
    #expect(found.path == path)
    #expect(found.message == message)
  }

  @Test func anInvalidPatternNamesThePattern() throws {
    let (_, message) = try #require(failure("exclude: \"[abc\"\n"))
    #expect(message.contains("[abc"))
  }

  @Test func anInvalidPatternInAListNamesItsOwnLine() throws {
    let (path, message) = try #require(failure("exclude:\n  - drafts/\n  - \"[abc\"\n"))
    #expect(path == "\(Self.shown):3", "the line of the bad item, not of the list")
    #expect(message.contains("[abc"))
  }

  @Test(arguments: [
    ("dates: iso\nexclude: [a, b\n", 2),
    ("dates: iso\nvault: \"never closed\n", 2),
    ("dates: iso\n\nvault: 'never closed\n", 3),
    ("vault: x\ndates: iso: now\n", 2),
    ("vault: x\n  days: 3\n", 2),
  ])
  func invalidYAMLNamesTheLineOfTheProblem(_ text: String, _ line: Int) throws {
    let (path, message) = try #require(failure(text))
    #expect(path == "\(Self.shown):\(line)")
    #expect(message.contains("YAML"))
  }

  @Test func nonUTF8BytesNameTheFileAndLine() throws {
    let bytes = Array("dates: iso\nvault: caf".utf8) + [0xE9] + Array("\n".utf8)
    let (path, message) = try #require(failure(bytes))
    #expect(path == "\(Self.shown):2")
    #expect(message.contains("UTF-8"))
  }

  @Test(arguments: [("- vault: x\n- dates: iso\n", 1), ("# settings\n\n- a\n", 3)])
  func aTopLevelListIsAnError(_ text: String, _ line: Int) throws {
    let (path, message) = try #require(failure(text))
    #expect(path == "\(Self.shown):\(line)")
    #expect(message.contains("key: value"))
  }

  @Test(arguments: [
    ("dates: iso\nvault: ~/c\ndates: short\n", 3, "dates"),
    ("agenda:\n  days: 3\n  days: 4\n", 3, "days"),
  ])
  func aDuplicatedKeyNamesTheKeyAndTheRepeat(_ text: String, _ line: Int, _ key: String) throws {
    let (path, message) = try #require(failure(text))
    #expect(path == "\(Self.shown):\(line)", "the line of the repeated key")
    #expect(message.contains("`\(key)`"))
  }

  // MARK: - Overriding

  @Test func theOthersSetValuesWinAndUnsetOnesKeepOurs() {
    var user = Configuration()
    user.vault = "~/contacts"
    user.agendaDays = 7
    user.logSections = ["Log"]
    user.exclude = ["archive/**"]
    user.dates = .short
    user.warnings = [Diagnostic(path: "user.yml", line: 1, message: "a")]

    var vault = Configuration()
    vault.agendaDays = 30
    vault.dates = .iso
    vault.warnings = [Diagnostic(path: "vault.yml", line: 2, message: "b")]

    let merged = user.overridden(by: vault)
    #expect(merged.vault == "~/contacts")
    #expect(merged.agendaDays == 30)
    #expect(merged.logSections == ["Log"])
    #expect(merged.exclude == ["archive/**"])
    #expect(merged.dates == .iso)
    #expect(merged.warnings.map(\.message) == ["a", "b"])

    var other = Configuration()
    other.vault = "/elsewhere"
    other.logSections = ["Journal"]
    other.exclude = ["drafts/"]
    let second = user.overridden(by: other)
    #expect(second.vault == "/elsewhere")
    #expect(second.agendaDays == 7)
    #expect(second.logSections == ["Journal"])
    #expect(second.exclude == ["drafts/"])
    #expect(second.dates == .short)
    #expect(second.warnings.map(\.message) == ["a"])
  }

  @Test func overridingWithDefaultsChangesNothing() {
    var user = Configuration()
    user.agendaDays = 7
    user.exclude = ["a"]
    #expect(user.overridden(by: Configuration()) == user)
    #expect(Configuration().overridden(by: user) == user)
  }

  @Test func anEmptyExcludeInTheVaultClearsTheUsers() throws {
    var user = Configuration()
    user.exclude = ["archive/"]
    let vault = try parse("exclude: []\n")
    #expect(vault.exclude == [])
    #expect(user.overridden(by: vault).exclude == [])
  }

  // MARK: - Date display

  @Test(arguments: [
    (date(2026, 11, 14), "Nov 14"),
    (date(2026, 1, 5), "Jan  5"),
    (date(2026, 12, 31), "Dec 31"),
    (date(2027, 1, 5), "Jan  5 2027"),
    (date(2025, 3, 10), "Mar 10 2025"),
  ])
  func shortDates(_ day: CalendarDate, _ shown: String) {
    #expect(DateDisplay.short.format(day, today: Self.date(2026, 11, 21)) == shown)
  }

  @Test(arguments: [date(2026, 11, 14), date(2027, 1, 5), date(1999, 12, 31)])
  func isoDates(_ day: CalendarDate) {
    #expect(DateDisplay.iso.format(day, today: Self.date(2026, 11, 21)) == day.description)
    #expect(DateDisplay.iso.format(Self.date(2027, 1, 5), today: day) == "2027-01-05")
  }
}
