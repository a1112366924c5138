import Testing

@testable import FuKit

@Suite struct ContactKeyTests {
  @Test func eachKeyIsSpelledOnceAndTheNamesComeFirst() {
    let spellings = ContactKey.all.map(\.spelling)
    #expect(Set(spellings).count == spellings.count)
    #expect(Array(ContactKey.all.prefix(ContactKey.identity.count)) == ContactKey.identity)
    for key in ContactKey.all { #expect(ContactKey.named(key.spelling) == key) }
    #expect(ContactKey.named("email") == nil)
  }

  @Test func everyListingShowsOnlyKnownKeysOnce() {
    for keys in [
      ContactKey.agendaJSON, ContactKey.listJSON, ContactKey.cardJSON, ContactKey.exportColumns,
    ] {
      #expect(keys.allSatisfy(ContactKey.all.contains))
      #expect(Set(keys.map(\.spelling)).count == keys.count)
    }
  }

  /// Every key's accessors read back what they set, for a value of its kind.
  @Test(arguments: ContactKey.all.map(\.spelling))
  func aKeySetsAndGetsItsOwnValue(_ spelling: String) throws {
    let key = try #require(ContactKey.named(spelling))
    var contact = Contact(path: "a.md", name: "a")
    let value = Self.sampleValue(of: key.kind)
    contact[key] = value
    #expect(contact[key] == value)
    // No other key moved.
    let blank = Contact(path: "a.md", name: "a")
    for other in ContactKey.all where other != key {
      #expect(contact[other] == blank[other], "\(other.spelling)")
    }
  }

  /// A value of `kind` that no new contact has.
  static func sampleValue(of kind: ContactKey.Kind) -> ContactKey.Value {
    switch kind {
    case .name, .text: .text("a value: with # and \"quotes\"")
    case .names, .tags: .names(["one", "two words", "Zoë"])
    case .date: .date(CalendarDate(daysSinceEpoch: 20_512))
    case .cadence: .cadence(Cadence(count: 3, unit: .month))
    case .sequence: .sequence(SequenceSetting(items: ["2d email", "1w"], line: 7))
    }
  }
}
