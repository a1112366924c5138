import Testing

@testable import FuKit

/// The hint to spread an import that would make a crowd due today.
@Suite struct ImportReportTests {
  static func outcomes(_ count: Int, _ action: ImportOutcome.Action) -> [ImportOutcome] {
    (0..<count).map { index in
      ImportOutcome(
        action: action, path: "p\(index).md",
        person: ImportedContact(name: "P\(index)", line: index + 1))
    }
  }

  @Test func aCrowdWithACadenceAndNoSpreadIsToldHowToSpreadIt() {
    let monthly = Cadence(count: 1, unit: .month)
    let hint = ImportReport.spreadHint(Self.outcomes(10, .created), cadence: monthly, spread: nil)
    #expect(hint?.contains("all 10 people created are due today") == true)
    #expect(hint?.contains("--spread 1m") == true)
    #expect(
      ImportReport.spreadHint(Self.outcomes(10, .wouldCreate), cadence: monthly, spread: nil)?
        .contains("would be due today") == true)
    #expect(ImportReport.spreadHint(Self.outcomes(9, .created), cadence: monthly, spread: nil) == nil)
    #expect(ImportReport.spreadHint(Self.outcomes(10, .created), cadence: nil, spread: nil) == nil)
    #expect(
      ImportReport.spreadHint(Self.outcomes(10, .created), cadence: monthly, spread: monthly)
        == nil)
    #expect(ImportReport.spreadHint(Self.outcomes(10, .exists), cadence: monthly, spread: nil) == nil)
  }
}

/// A line of the report says what happened, to which file, and to whom.
@Suite struct ImportReportLineTests {
  @Test func aLineSaysTheActionThePathAndWhy() {
    let person = ImportedContact(name: "Ada Lovelace", line: 3)
    let exists = ImportOutcome(
      action: .exists, path: "ada.md", person: person, reason: "same name", keys: ["phone"])
    #expect(
      ImportReport.line(exists, file: "book.vcf", shownPath: { "vault/" + $0 })
        == "exists       vault/ada.md  Ada Lovelace: same name; it lacks phone (--merge adds them)")
    let skipped = ImportOutcome(action: .skipped, path: nil, person: person, reason: "no name")
    #expect(
      ImportReport.line(skipped, file: "book.vcf", shownPath: { $0 })
        == "skipped      book.vcf:3  Ada Lovelace: no name")
    let json = ImportReport.json(exists).rendered()
    #expect(json.contains("\"action\": \"exists\"") && json.contains("\"line\": 3"))
  }
}
