/// What a snooze did, in words: `fu snooze` and `fu review` say it alike. `when` is the new
/// date as `Workspace.describe` writes it; `nil` when the snooze empties the date.
public enum SnoozeWords {
  /// "Snoozed Ada Lovelace to Dec 1 (in 10d)", or "Cleared Ada Lovelace's next follow-up".
  public static func moved(_ name: String, to when: String?) -> String {
    when.map { "Snoozed \(name) to \($0)" } ?? "Cleared \(name)'s next follow-up"
  }

  /// Why the date did not move: "Ada Lovelace's next follow-up is Dec 1 (in 10d)
  /// already", or "Ada Lovelace already has no next follow-up".
  public static func already(_ name: String, at when: String?) -> String {
    when.map { "\(name)'s next follow-up is \($0) already" }
      ?? "\(name) already has no next follow-up"
  }
}
