/// A cadence for the contacts with a tag that have none of their own (the config's
/// `cadence_by_tag`, such as `family: 2w`).
public struct TagCadence: Sendable, Equatable {
  /// The tag, as `Contact.normalize(tag:)` writes it.
  public var tag: String
  public var cadence: Cadence

  public init(tag: String, cadence: Cadence) {
    self.tag = Contact.normalize(tag: tag)
    self.cadence = cadence
  }
}

extension Contact {
  /// The contact with the shortest of `defaults`' cadences for its tags when it has no
  /// cadence of its own; as it is otherwise.
  public func withCadence(from defaults: [TagCadence]) -> Contact {
    guard cadence == nil, !defaults.isEmpty else { return self }
    let own = Set(tags.map(Contact.normalize(tag:)))
    // Shortest: the one that brings a follow-up soonest after the same day.
    let start = CalendarDate(year: 2000, month: 1, day: 1) ?? .earliest
    var contact = self
    let chosen = defaults.filter { own.contains($0.tag) }
      .min { $0.cadence.after(start) < $1.cadence.after(start) }
    contact.cadence = chosen?.cadence
    contact.cadenceTag = chosen?.tag
    return contact
  }
}
