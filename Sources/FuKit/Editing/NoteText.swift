/// What `--note` gives the `notes` key: one line of text, its spaces around trimmed.
public enum NoteText {
  /// `text` trimmed; `nil` when nothing is left (the note is cleared). Throws for a line
  /// break or a control character: `notes` is the one line the agenda shows.
  public static func read(_ text: String) throws(FuError) -> String? {
    if let scalar = text.unicodeScalars.first(where: isBreakOrControl) {
      throw .invalidNote(scalar)
    }
    let trimmed = text.trimmingSpaces()
    return trimmed.isEmpty ? nil : trimmed
  }

  /// Whether `scalar` breaks a line or controls a terminal: C0 and C1 controls (a tab
  /// aside), and the Unicode line and paragraph separators.
  static func isBreakOrControl(_ scalar: Unicode.Scalar) -> Bool {
    scalar != "\t"
      && [.control, .lineSeparator, .paragraphSeparator].contains(
        scalar.properties.generalCategory)
  }
}
