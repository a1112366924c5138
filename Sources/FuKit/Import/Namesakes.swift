/// Cards of one name in one address book: one person written several times (a phone's
/// export keeps a card per account), whose values are all kept.
extension ImportedContact {
  /// `people` with every later card of an earlier one's name (as `NameFolding` compares
  /// names) folded into that one, in the order of the first cards.
  public static func combiningNamesakes(_ people: [ImportedContact]) -> [ImportedContact] {
    var combined: [ImportedContact] = []
    var byName: [String: Int] = [:]
    for person in people {
      let name = NameFolding.fold(person.name)
      if let index = byName[name] {
        combined[index].absorb(person)
      } else {
        byName[name] = combined.count
        combined.append(person)
      }
    }
    return combined
  }

  /// Adds `other`'s values to this person's: lists get what they lack; a single value this
  /// person has (company, title, a day) stays, and a different one goes into the notes, so
  /// that nothing of either card is lost.
  mutating func absorb(_ other: ImportedContact) {
    func merge(_ list: inout [String], _ more: [String], key: (String) -> String) {
      var seen = Set(list.map(key))
      for value in more where seen.insert(key(value)).inserted { list.append(value) }
    }
    let folded = { (text: String) in NameFolding.fold(text) }
    merge(&aliases, other.aliases.filter { folded($0) != folded(name) }, key: folded)
    merge(&emails, other.emails, key: FrontMatter.foldEmail)
    merge(&phones, other.phones) { number in
      let digits = number.filter { $0.isNumber || $0 == "+" }
      return digits.isEmpty ? number : String(digits)
    }
    merge(&addresses, other.addresses, key: folded)
    merge(&websites, other.websites) { $0 }
    merge(&tags, other.tags, key: folded)

    var extra: [String] = []
    func keep(_ value: inout String?, _ more: String?, label: String) {
      guard let more else { return }
      guard let current = value else {
        value = more
        return
      }
      if folded(current) != folded(more) { extra.append("\(label): \(more)") }
    }
    func keep(_ value: inout ImportedDay?, _ more: ImportedDay?, label: String) {
      guard let more else { return }
      switch (value, more) {
      case (nil, _): value = more
      case (.monthDay(let month, let day), .date(let date))
      where date.month == month && date.day == day:
        value = more  // the same day, with its year
      case (.date(let date), .monthDay(let month, let day))
      where date.month == month && date.day == day:
        break
      case (let current?, _) where current != more: extra.append("\(label): \(more)")
      default: break
      }
    }
    keep(&company, other.company, label: "Company")
    keep(&title, other.title, label: "Title")
    keep(&birthday, other.birthday, label: "Birthday")
    keep(&anniversary, other.anniversary, label: "Anniversary")

    var paragraphs = notes.map { [$0] } ?? []
    for paragraph in (other.notes.map { [$0] } ?? []) + extra
    where !paragraphs.contains(where: { $0.contains(paragraph) }) {
      paragraphs.append(paragraph)
    }
    notes = paragraphs.isEmpty ? nil : paragraphs.joined(separator: "\n\n")
  }
}
