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
    guard let chosen = tagCadence(from: defaults) else { return self }
    var contact = self
    contact.cadence = chosen.cadence
    return contact
  }

  /// The one of `defaults` that gives this contact its cadence: none when it has a cadence
  /// of its own, else the shortest for its tags: the one that brings a follow-up soonest
  /// after its last contact (30d or 1m after January 31 is not the same day).
  public func tagCadence(from defaults: [TagCadence]) -> TagCadence? {
    guard cadence == nil, !defaults.isEmpty else { return nil }
    let own = Set(tags.map(Contact.normalize(tag:)))
    let start = lastContact ?? CalendarDate(year: 2000, month: 1, day: 1) ?? .earliest
    return defaults.filter { own.contains($0.tag) }
      .min { $0.cadence.after(start) < $1.cadence.after(start) }
  }
}
