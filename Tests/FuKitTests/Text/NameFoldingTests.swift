import Testing

@testable import FuKit

@Suite struct NameFoldingTests {
  @Test func caseAccentsAndSeparatorsFoldAway() {
    #expect(NameFolding.fold("Søren  Kierkegaard") == "soren kierkegaard")
    #expect(NameFolding.fold("edsger-dijkstra") == NameFolding.fold("Edsger  Dijkstra"))
    #expect(NameFolding.fold(" _Zoë_ ") == "zoe")
  }

  @Test func theFoldingTableAgreesWithFoundation() {
    var names = [
      "Søren Kierkegaard", "ÆRØ Łukasz", "José  Martínez-López", "Zoë_Añita", "Þóra Đorđe",
    ]
    names.append(String(String.UnicodeScalarView((0xC0...0x17F).compactMap(Unicode.Scalar.init))))
    names.append("Jürgen 日本 e\u{301}")  // outside the table: Foundation folds it all
    for name in names {
      #expect(
        NameFolding.fold(name)
          == NameFolding.collapseSeparators(NameFolding.foldWithFoundation(name)), "\(name)")
    }
  }

  @Test func theLatinLetterTableIsWhatFoundationSays() {
    for value in UInt32(0xC0)...0x17F {
      guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { continue }
      #expect(
        NameFolding.latinLetter(scalar)
          == Array(NameFolding.foldWithFoundation(String(scalar)).utf8), "\(scalar)")
    }
  }
}
