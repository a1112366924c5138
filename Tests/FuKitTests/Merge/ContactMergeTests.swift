import Testing

@testable import FuKit

/// `fu merge-file`'s three-way merge of contact files, on small files written out here.
@Suite struct ContactMergeTests {
  static let base = """
    ---
    name: Ada Lovelace
    cadence: 1m
    last_contact: 2026-09-01
    next_follow_up: 2026-10-01
    notes: Send the Q3 update
    ---
    # Ada Lovelace

    Angel investor in London.

    ## Interactions

    - 2026-05-20: Sent the seed deck.
    - 2026-09-01: Coffee in Marylebone.

    """

  /// Merges three texts; the result as text.
  func merge(_ base: String, _ ours: String, _ theirs: String) throws -> (
    text: String, conflicts: Int, method: ContactMerge.Method
  ) {
    let outcome = try ContactMerge.merge(
      base: Array(base.utf8), ours: Array(ours.utf8), theirs: Array(theirs.utf8),
      path: "ada.md")
    return (String(decoding: outcome.bytes, as: UTF8.self), outcome.conflicts, outcome.method)
  }

  /// `text` with `old` replaced by `new`, which must be there.
  func edit(_ text: String, _ old: String, _ new: String) -> String {
    #expect(text.contains(old), "\(old) not in the text")
    return text.replacingOccurrences(of: old, with: new)
  }

  /// `text` after a `fu log` on `date` with `message` and the new dates.
  func logged(_ text: String, _ date: String, _ message: String, next: String) -> String {
    var text = edit(text, "last_contact: 2026-09-01", "last_contact: \(date)")
    text = edit(text, "next_follow_up: 2026-10-01", "next_follow_up: \(next)")
    return edit(
      text, "- 2026-09-01: Coffee in Marylebone.\n",
      "- 2026-09-01: Coffee in Marylebone.\n- \(date): \(message)\n")
  }

  /// A comment one side wrote on or under a date the other side's log moved is kept: the
  /// later date goes into each side's lines, which then merge as lines.
  @Test func aCommentOnADateTheOtherSideMovedIsKept() throws {
    let ours = logged(Self.base, "2026-11-22", "Call from the phone", next: "2026-12-22")
    var theirs = edit(
      Self.base, "last_contact: 2026-09-01\n", "last_contact: 2026-09-01  # met at the conference\n")
    theirs = edit(
      theirs, "next_follow_up: 2026-10-01\n", "next_follow_up: 2026-10-01\n# ask about the grant\n")
    let result = try merge(Self.base, ours, theirs)
    #expect(result.conflicts == 0 && result.method == .structure)
    #expect(result.text.contains("last_contact: 2026-11-22  # met at the conference\n"))
    #expect(result.text.contains("next_follow_up: 2026-12-22\n# ask about the grant\n"))
    #expect(result.text.contains("- 2026-11-22: Call from the phone\n"))
  }

  /// Both sides changed the comment of a date differently: a conflict on that line, as git
  /// would have, rather than one side's comment lost.
  @Test func twoDifferentCommentsOnADateConflict() throws {
    let ours = edit(
      logged(Self.base, "2026-11-22", "Call", next: "2026-12-22"),
      "last_contact: 2026-11-22\n", "last_contact: 2026-11-22  # by phone\n")
    let theirs = edit(
      logged(Self.base, "2026-11-21", "Email", next: "2026-12-21"),
      "last_contact: 2026-11-21\n", "last_contact: 2026-11-21  # by email\n")
    let result = try merge(Self.base, ours, theirs)
    #expect(result.conflicts == 1)
    #expect(result.text.contains("# by phone") && result.text.contains("# by email"))
    #expect(result.text.contains("- 2026-11-21: Email\n") && result.text.contains("- 2026-11-22: Call\n"))
  }

  /// A side that took the front matter out: it stays out when the other did not touch it,
  /// and conflicts when the other changed it.
  @Test func frontMatterTakenOutStaysOutOrConflicts() throws {
    let start = try #require(Self.base.range(of: "# Ada Lovelace\n")).lowerBound
    let body = String(Self.base[start...])
    let theirs = edit(Self.base, "- 2026-09-01: Coffee in Marylebone.\n", "- 2026-09-01: Coffee in Marylebone.\n- 2026-11-21: Call\n")
    let result = try merge(Self.base, body, theirs)
    #expect(result.conflicts == 0)
    #expect(!result.text.contains("---"))
    #expect(result.text.contains("- 2026-11-21: Call\n"))
    let changed = logged(Self.base, "2026-11-21", "Call", next: "2026-12-21")
    let conflicting = try merge(Self.base, body, changed)
    #expect(conflicting.conflicts > 0)
    #expect(conflicting.text.contains("last_contact: 2026-11-21"))
  }

  @Test func bothSidesAddEntriesAndMoveTheDates() throws {
    let ours = logged(Self.base, "2026-11-22", "Call from the phone", next: "2026-12-22")
    let theirs = logged(Self.base, "2026-11-21", "Email from the laptop", next: "2026-12-21")
    let result = try merge(Self.base, ours, theirs)
    #expect(result.conflicts == 0 && result.method == .structure)
    #expect(
      result.text
        == edit(
          ours, "- 2026-11-22: Call from the phone\n",
          "- 2026-11-21: Email from the laptop\n- 2026-11-22: Call from the phone\n"))
    // The same, the other way round: the later last_contact and its follow-up win.
    let swapped = try merge(Self.base, theirs, ours)
    #expect(swapped.conflicts == 0)
    #expect(swapped.text.contains("last_contact: 2026-11-22\nnext_follow_up: 2026-12-22\n"))
    #expect(
      swapped.text.contains(
        "- 2026-11-21: Email from the laptop\n- 2026-11-22: Call from the phone\n"))
  }

  @Test func theSameEntryOnBothSidesIsKeptOnce() throws {
    let ours = logged(Self.base, "2026-11-21", "Coffee", next: "2026-12-21")
    let result = try merge(Self.base, ours, ours)
    #expect(result.conflicts == 0 && result.text == ours)
  }

  @Test func anEntryDeletedOnOneSideAndUnchangedOnTheOtherIsDeleted() throws {
    let ours = edit(Self.base, "- 2026-05-20: Sent the seed deck.\n", "")
    let theirs = logged(Self.base, "2026-11-21", "Coffee", next: "2026-12-21")
    let result = try merge(Self.base, ours, theirs)
    #expect(result.conflicts == 0)
    #expect(result.text == edit(theirs, "- 2026-05-20: Sent the seed deck.\n", ""))
  }

  @Test func anEntryEditedOnOneSideKeepsTheEditAndTheOthersEntries() throws {
    let ours = edit(Self.base, "Sent the seed deck.", "Sent the seed deck (v2).")
    let theirs = logged(Self.base, "2026-11-21", "Coffee", next: "2026-12-21")
    let result = try merge(Self.base, ours, theirs)
    #expect(result.conflicts == 0)
    #expect(result.text == edit(theirs, "Sent the seed deck.", "Sent the seed deck (v2)."))
  }

  @Test func sameDayEntriesWithDifferentTextAreBothKept() throws {
    let ours = logged(Self.base, "2026-11-21", "Call", next: "2026-12-21")
    let theirs = logged(Self.base, "2026-11-21", "Email", next: "2026-12-21")
    let result = try merge(Self.base, ours, theirs)
    #expect(result.conflicts == 0)
    #expect(
      result.text == edit(ours, "- 2026-11-21: Call\n", "- 2026-11-21: Call\n- 2026-11-21: Email\n")
    )
    // An entry written twice on one side stays twice.
    let twice = edit(ours, "- 2026-11-21: Call\n", "- 2026-11-21: Call\n- 2026-11-21: Call\n")
    let again = try merge(Self.base, twice, theirs)
    #expect(again.conflicts == 0)
    #expect(again.text.components(separatedBy: "- 2026-11-21: Call\n").count == 3)
    #expect(again.text.contains("- 2026-11-21: Email\n"))
  }

  @Test func aNewestFirstListStaysNewestFirst() throws {
    let base = edit(
      Self.base, "- 2026-05-20: Sent the seed deck.\n- 2026-09-01: Coffee in Marylebone.\n",
      "- 2026-09-01: Coffee in Marylebone.\n- 2026-05-20: Sent the seed deck.\n")
    let ours = edit(
      base, "- 2026-09-01: Coffee", "- 2026-11-22: Call\n- 2026-09-01: Coffee")
    let theirs = edit(
      base, "- 2026-09-01: Coffee", "- 2026-11-21: Email\n- 2026-09-01: Coffee")
    let result = try merge(base, ours, theirs)
    #expect(result.conflicts == 0)
    #expect(
      result.text == edit(ours, "- 2026-11-22: Call\n", "- 2026-11-22: Call\n- 2026-11-21: Email\n")
    )
  }

  @Test func aLooseListStaysLoose() throws {
    let base = edit(Self.base, "deck.\n- 2026-09-01", "deck.\n\n- 2026-09-01")
    let ours = edit(base, "Marylebone.\n", "Marylebone.\n\n- 2026-11-21: Call\n")
    let theirs = edit(base, "Marylebone.\n", "Marylebone.\n\n- 2026-11-22: Email\n")
    let result = try merge(base, ours, theirs)
    #expect(result.conflicts == 0)
    #expect(result.text == edit(ours, "Call\n", "Call\n\n- 2026-11-22: Email\n"))
  }

  @Test func notesOnOneSideAndALogOnTheOtherMergeCleanly() throws {
    let ours = edit(Self.base, "Angel investor in London.", "Angel investor in London.\nLikes tea.")
    let theirs = logged(Self.base, "2026-11-21", "Coffee", next: "2026-12-21")
    let result = try merge(Self.base, ours, theirs)
    #expect(result.conflicts == 0)
    #expect(
      result.text
        == edit(theirs, "Angel investor in London.", "Angel investor in London.\nLikes tea."))
  }

  @Test func aParagraphEditedDifferentlyIsAConflictAndEveryEntryIsKept() throws {
    let ours = logged(
      edit(Self.base, "Angel investor in London.", "Angel investor, London."), "2026-11-22",
      "Call", next: "2026-12-22")
    let theirs = logged(
      edit(Self.base, "Angel investor in London.", "Investor in Paris."), "2026-11-21", "Email",
      next: "2026-12-21")
    let result = try merge(Self.base, ours, theirs)
    #expect(result.conflicts == 1 && result.method == .structure)
    #expect(
      result.text.contains(
        "<<<<<<< ours\nAngel investor, London.\n=======\nInvestor in Paris.\n>>>>>>> theirs\n"))
    #expect(result.text.contains("- 2026-11-21: Email\n- 2026-11-22: Call\n"))
    #expect(result.text.contains("last_contact: 2026-11-22\n"))
  }

  @Test func anotherKeyChangedDifferentlyIsAConflictOnThatLineOnly() throws {
    let ours = edit(Self.base, "notes: Send the Q3 update", "notes: Send the Q4 update")
    let theirs = logged(
      edit(Self.base, "notes: Send the Q3 update", "notes: Call in January"), "2026-11-21",
      "Coffee", next: "2026-12-21")
    let result = try merge(Self.base, ours, theirs)
    #expect(result.conflicts == 1)
    #expect(
      result.text.hasPrefix(
        """
        ---
        name: Ada Lovelace
        cadence: 1m
        last_contact: 2026-11-21
        next_follow_up: 2026-12-21
        <<<<<<< ours
        notes: Send the Q4 update
        =======
        notes: Call in January
        >>>>>>> theirs
        ---

        """))
  }

  @Test func keysChangedOnOneSideAddedOrRenamedAreTaken() throws {
    let ours = edit(
      Self.base, "last_contact: 2026-09-01\n", "Last-Contact: 2026-09-01\nphone: 555\n")
    let theirs = logged(
      edit(Self.base, "cadence: 1m\n", "cadence: 2w\n"), "2026-11-21", "Coffee",
      next: "2026-12-05")
    let result = try merge(Self.base, ours, theirs)
    // Both changed the last_contact line, ours its spelling and theirs its date: the later
    // date, in ours' spelling, as a line merge of the two changes gives.
    #expect(result.conflicts == 0)
    #expect(
      result.text.hasPrefix(
        "---\nname: Ada Lovelace\ncadence: 2w\nLast-Contact: 2026-11-21\nphone: 555\nnext_follow_up: 2026-12-05\n"
      ))
    // A key renamed on one side only, to another key: the rename is taken.
    let renamed = edit(Self.base, "notes: Send", "remarks: Send")
    let other = logged(Self.base, "2026-11-21", "Coffee", next: "2026-12-21")
    let second = try merge(Self.base, renamed, other)
    #expect(second.conflicts == 0)
    #expect(second.text == edit(other, "notes: Send", "remarks: Send"))
  }

  @Test func lineEndingsByteOrderMarkAndFinalNewlineAreOurs() throws {
    func crlf(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: "\r\n") }
    let ours = "\u{FEFF}" + crlf(logged(Self.base, "2026-11-22", "Call", next: "2026-12-22"))
    let theirs = logged(Self.base, "2026-11-21", "Email", next: "2026-12-21")
    let base = "\u{FEFF}" + crlf(Self.base)
    let result = try merge(base, ours, theirs)
    #expect(result.conflicts == 0)
    #expect(
      result.text
        == edit(ours, "- 2026-11-22: Call\r\n", "- 2026-11-21: Email\r\n- 2026-11-22: Call\r\n"))

    // No final newline on ours: the last line still has none.
    let bare = String(Self.base.dropLast())
    let oursBare = String(logged(Self.base, "2026-11-22", "Call", next: "2026-12-22").dropLast())
    let last = try merge(bare, oursBare, theirs)
    #expect(last.conflicts == 0)
    #expect(
      last.text
        == oursBare.replacingOccurrences(
          of: "- 2026-11-22: Call", with: "- 2026-11-21: Email\n- 2026-11-22: Call"))
  }

  @Test func aFileWithoutALogOrFrontMatterGetsBothSidesEntries() throws {
    let base = "# Grace\n\nNotes.\n"
    func withLog(_ date: String, _ text: String) -> String {
      "---\nlast_contact: \(date)\n---\n# Grace\n\nNotes.\n\n## Interactions\n\n- \(date): \(text)\n"
    }
    let result = try merge(base, withLog("2026-11-22", "Call"), withLog("2026-11-21", "Email"))
    #expect(result.conflicts == 0)
    #expect(
      result.text
        == "---\nlast_contact: 2026-11-22\n---\n# Grace\n\nNotes.\n\n## Interactions\n\n- 2026-11-21: Email\n- 2026-11-22: Call\n"
    )
    // Added on both sides with nothing in common (git's add/add): the log still merges.
    let added = try merge("", withLog("2026-11-22", "Call"), withLog("2026-11-21", "Email"))
    #expect(added.text.contains("- 2026-11-21: Email\n- 2026-11-22: Call\n"))
  }

  @Test func aFileFuCannotReadIsMergedAsGitWould() throws {
    let marked = Self.base + "<<<<<<< HEAD\nx\n=======\ny\n>>>>>>> b\n"
    let ours = logged(marked, "2026-11-22", "Call", next: "2026-12-22")
    let theirs = logged(marked, "2026-11-21", "Email", next: "2026-12-21")
    let result = try merge(marked, ours, theirs)
    #expect(result.conflicts > 0)
    guard case .text = result.method else {
      Issue.record("merged by structure: \(result.method)")
      return
    }
    let git = try LineMerge.merge(
      base: Array(marked.utf8), ours: Array(ours.utf8), theirs: Array(theirs.utf8))
    #expect(Array(result.text.utf8) == git.bytes)
    // Not UTF-8: git's binary merge keeps ours, with a conflict.
    let binary = try ContactMerge.merge(
      base: [0xFF, 0, 1], ours: [0xFF, 0, 2], theirs: [0xFF, 0, 3], path: "x.md")
    #expect(binary.bytes == [0xFF, 0, 2] && binary.conflicts == 1)
    // UTF-8 with a NUL: git calls it binary, so the same.
    let nul = try merge(Self.base + "\u{0}\n", ours + "\u{0}\n", theirs + "\u{0}\n")
    #expect(nul.text == ours + "\u{0}\n" && nul.conflicts == 1)
  }

  @Test func aLogSectionAddedOnBothSidesMergesWithTheNotes() throws {
    // fu log appends a section where there was none: notes added at the end on the other
    // side do not collide with it.
    let base = "# Grace\n\nNotes.\n"
    func withLog(_ text: String) -> String { "\(base)\n## Interactions\n\n- \(text)\n" }
    let notes = try merge(base, base + "More notes.\n", withLog("2026-11-21: Email"))
    #expect(notes.conflicts == 0)
    #expect(notes.text == base + "More notes.\n\n## Interactions\n\n- 2026-11-21: Email\n")
    let both = try merge(base, withLog("2026-11-22: Call"), withLog("2026-11-21: Email"))
    #expect(both.conflicts == 0)
    #expect(
      both.text == base + "\n## Interactions\n\n- 2026-11-21: Email\n- 2026-11-22: Call\n")

    // Under different headings: a conflict on the headings alone, every entry after it.
    let ours = "# Grace\n\nNotes.\n\n## Interactions\n\n- 2026-11-22: Call\n"
    let theirs = "# Grace\n\nOther notes.\n\n## Log\n\n- 2026-11-21: Email\n"
    let result = try merge(base, ours, theirs)
    #expect(result.conflicts == 1)
    #expect(
      result.text == """
        # Grace

        Other notes.

        <<<<<<< ours
        ## Interactions
        =======
        ## Log
        >>>>>>> theirs

        - 2026-11-21: Email
        - 2026-11-22: Call

        """)
  }

  @Test func theVaultsOwnLogHeadingIsTheLog() throws {
    let base = "## Journal\n\n- 2026-11-01: a\n"
    let ours = base + "- 2026-11-02: b\n"
    let theirs = base + "- 2026-11-03: c\n"
    let outcome = try ContactMerge.merge(
      base: Array(base.utf8), ours: Array(ours.utf8), theirs: Array(theirs.utf8), path: "x.md",
      logSectionNames: ["Journal"])
    #expect(outcome.conflicts == 0)
    #expect(String(decoding: outcome.bytes, as: UTF8.self) == ours + "- 2026-11-03: c\n")
    // Without it, the same files are plain text to fu: both appended, a conflict.
    #expect(try merge(base, ours, theirs).conflicts == 1)
  }
}
