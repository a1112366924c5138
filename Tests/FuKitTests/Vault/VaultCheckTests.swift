import Testing

@testable import FuKit

/// The names two files answer to, which `fu check` reports on the later file at the key's line.
@Suite struct VaultCheckTests {
  /// A file with `frontMatter` (lines between the fences), or with none.
  private func file(_ path: String, _ frontMatter: String? = nil) -> ContactFile {
    let text = frontMatter.map { "---\n\($0)\n---\n# Notes\n" } ?? "# Notes\n"
    return ContactFile(path: path, document: TextDocument(text: text))
  }

  private func shared(_ name: String, _ place: String) -> String {
    "\"\(name)\" is also a name of \(place); `fu log \(name)` cannot tell them apart"
  }

  private func shadowed(_ alias: String, _ place: String) -> String {
    "alias \"\(alias)\" is the name of \(place), so `fu log \(alias)` never means this file"
  }

  // MARK: - Shared names

  @Test func twoFilesWithTheSameNameFoldingCaseAndAccents() {
    let files = [file("a.md", "name: José"), file("b.md", "cadence: 2w\nname: jose")]
    #expect(
      VaultCheck.sharedNames(in: files) == [
        Diagnostic(path: "b.md", line: 3, message: shared("jose", "a.md:2"))
      ])
  }

  @Test func theReportIsOnTheLaterFileInTheOrderGiven() {
    let files = [file("b.md", "cadence: 2w\nname: jose"), file("a.md", "name: José")]
    #expect(
      VaultCheck.sharedNames(in: files) == [
        Diagnostic(path: "a.md", line: 2, message: shared("José", "b.md:3"))
      ])
  }

  @Test func anAliasEqualToALaterFilesNameIsReportedOnTheAlias() {
    let files = [
      file("ada.md", "name: Ada Lovelace\naliases: [Countess]"),
      file("lady.md", "cadence: 2w\nname: countess"),
    ]
    #expect(
      VaultCheck.sharedNames(in: files) == [
        Diagnostic(path: "ada.md", line: 3, message: shadowed("Countess", "lady.md:3"))
      ])
  }

  @Test func anAliasShadowedByANameTwoFilesShare() {
    let files = [
      file("a.md", "name: Countess"), file("b.md", "name: countess"),
      file("c.md", "name: Ada\naliases: [Countess]"),
    ]
    #expect(
      VaultCheck.sharedNames(in: files) == [
        Diagnostic(path: "b.md", line: 2, message: shared("countess", "a.md:2")),
        Diagnostic(path: "c.md", line: 3, message: shadowed("Countess", "a.md:2")),
      ])
  }

  @Test func twoFilesWithTheSameAlias() {
    let files = [
      file("ada.md", "name: Ada\naliases: [Countess]"),
      file("lady.md", "name: Lady\naliases: [COUNTESS]"),
    ]
    #expect(
      VaultCheck.sharedNames(in: files) == [
        Diagnostic(
          path: "lady.md", line: 3,
          message:
            "\"COUNTESS\" is also an alias of ada.md:3; `fu log COUNTESS` cannot tell them apart")
      ])
  }

  @Test func anAliasEqualToAnEarlierFilesName() {
    let files = [
      file("ada.md", "name: Ada Lovelace"),
      file("other.md", "name: Someone\naliases:\n  - Other\n  - ADA LOVELACE"),
    ]
    #expect(
      VaultCheck.sharedNames(in: files) == [
        Diagnostic(path: "other.md", line: 3, message: shadowed("ADA LOVELACE", "ada.md:2"))
      ])
  }

  @Test func aNameTakenFromTheFileNameHasNoLine() {
    let files = [file("grace.md"), file("hopper.md", "name: Grace Hopper\naliases: [Grace]")]
    #expect(
      VaultCheck.sharedNames(in: files) == [
        Diagnostic(path: "hopper.md", line: 3, message: shadowed("Grace", "grace.md"))
      ])
  }

  @Test func theSameStemInTwoFolders() {
    let files = [file("work/sam.md", "name: Sam Smith"), file("home/Sam.md", "name: Sam Jones")]
    #expect(
      VaultCheck.sharedNames(in: files) == [
        Diagnostic(
          path: "home/Sam.md",
          message: "file name `Sam` is also work/sam.md; give the path to tell them apart")
      ])
  }

  @Test func aStemAndANameBothShared() {
    let files = [file("work/sam.md"), file("home/sam.md")]
    #expect(
      VaultCheck.sharedNames(in: files) == [
        Diagnostic(
          path: "home/sam.md",
          message: "file name `sam` is also work/sam.md; give the path to tell them apart"),
        Diagnostic(path: "home/sam.md", message: shared("sam", "work/sam.md")),
      ])
  }

  @Test(arguments: [
    "name: Ada\naliases: [ada, ADA, Áda]",
    "name: Ada Lovelace\naliases: [ada-lovelace, Lovelace]",
  ])
  func anAliasEqualToItsOwnNameIsNoProblem(_ frontMatter: String) {
    let files = [file("ada.md", frontMatter), file("grace.md", "name: Grace")]
    #expect(VaultCheck.sharedNames(in: files).isEmpty)
  }

  @Test func differentNamesAreNoProblem() {
    let files = [
      file("a/ada.md", "name: Ada\naliases: [Countess]"), file("b/bea.md", "name: Bea"),
      file("c/cy.md"),
    ]
    #expect(VaultCheck.sharedNames(in: files).isEmpty)
  }

  // MARK: - All problems

  @Test func problemsMergeTheContentsDiagnosticsSorted() {
    let files = [
      file("a.md", "name: Ada\nlast_contact: soon"),
      file("b.md", "name: ada"),
      file("c.md", "name: Cy"),
    ]
    let badDate = Diagnostic(
      path: "a.md", line: 3,
      message: "`last_contact` is not a date: \"soon\" (expected YYYY-MM-DD); read as unset")
    #expect(files[0].diagnostics == [badDate])
    let unreadable = Diagnostic(path: "b.md", message: "cannot be read: skipped")
    let late = Diagnostic(path: "z.md", line: 1, message: "not valid UTF-8: skipped")
    let contents = VaultFiles(files: files, diagnostics: [late, badDate, unreadable])
    #expect(
      VaultCheck.problems(in: contents) == [
        badDate,
        unreadable,
        Diagnostic(path: "b.md", line: 2, message: shared("ada", "a.md:2")),
        late,
      ])
  }

  @Test func aVaultWithoutProblemsHasNone() {
    let contents = VaultFiles(files: [file("a.md", "name: Ada")], diagnostics: [])
    #expect(VaultCheck.problems(in: contents).isEmpty)
  }
}
