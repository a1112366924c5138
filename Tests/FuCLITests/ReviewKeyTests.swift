import Testing

@testable import fu

/// `fu review`'s keys: what each byte is, and the hint that fits under a card.
@Suite struct ReviewKeyTests {
  @Test func eachKeyIsItsLetterInEitherCaseAndCtrlCOrCtrlDQuits() {
    for key in ReviewKey.allCases where key != .skip {
      let letter = key.label.utf8.first!
      #expect(ReviewKey(letter) == key)
      if key != .help { #expect(ReviewKey(letter & ~0x20) == key) }
    }
    #expect(ReviewKey(UInt8(ascii: "\r")) == .skip)
    #expect(ReviewKey(UInt8(ascii: "\n")) == .skip)
    #expect(ReviewKey(3) == .quit)
    #expect(ReviewKey(4) == .quit)
    #expect(ReviewKey(UInt8(ascii: "x")) == nil)
  }

  @Test(arguments: [100, 60, 40, 30, 24, 20]) func theHintFitsTheWidth(width: Int) {
    let lines = ReviewKey.hint(width: width)
    #expect(lines.allSatisfy { $0.count <= width }, "\(lines)")
    #expect(lines.joined(separator: " ").contains("? help"))
  }

  @Test func theHelpTellsEveryKeyWithinTheWidth() {
    let help = ReviewKey.help(width: 60)
    #expect(help.allSatisfy { $0.count <= 60 }, "\(help)")
    for key in ReviewKey.allCases {
      #expect(help.contains { $0.hasPrefix("  \(key.label) ") })
    }
  }
}
