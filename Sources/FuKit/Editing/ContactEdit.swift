/// A planned change to one contact file: the edits, the resulting text and the new values.
public struct ContactEdit: Sendable {
  /// The file's path relative to the vault root.
  public var path: String
  public var original: TextDocument
  public var edits: [LineEdit]
  public var result: TextDocument
  /// `last_contact` after the edit.
  public var lastContact: CalendarDate?
  /// `next_follow_up` after the edit (`nil` when unset).
  public var nextFollowUp: CalendarDate?
  /// When the contact is due after the edit, by the due rules.
  public var followUp: FollowUp?
  /// The log's attempts waiting for an answer after the edit (`fu log` counts them); a
  /// planner that leaves the log alone gives the file's own.
  public var attempts: OpenAttempts
}
