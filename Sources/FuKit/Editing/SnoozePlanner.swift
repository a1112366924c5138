/// Plans the edit `fu snooze` makes: `next_follow_up` set to a new date, or emptied, on its
/// own line, and with `--note` the `notes` line; nothing else.
public enum SnoozePlanner {
  /// The edit that moves the follow-up of `file` to `next` and, given a `note`, sets the
  /// reason (empty: clears it). Throws when the file must not be written or a key cannot be
  /// changed in place.
  public static func plan(_ file: ContactFile, to next: NextFollowUp, note: String? = nil)
    throws(FuError) -> ContactEdit
  {
    if let refusal = file.refusalReason { throw .refusedWrite(refusal) }
    var frontMatter = FrontMatterEditor(file: file)
    let date = next.date
    if file.contact.nextFollowUp != date {
      try frontMatter.set(ContactKey.nextFollowUp.spelling, to: date?.description)
    }
    let notes =
      try note.map { text throws(FuError) in try NoteText.read(text) } ?? file.contact.notes
    if notes != file.contact.notes {
      try frontMatter.set(ContactKey.notes.spelling, toText: notes)
    }
    let edits = try frontMatter.finished()
    let result = file.document.applying(edits)

    // Read the result back: the date and the note as planned, every other key as it was.
    let reread = ContactFile(path: file.path, document: result)
    let changed: Set = [ContactKey.nextFollowUp.spelling, ContactKey.notes.spelling]
    guard reread.refusalReason == nil, reread.contact.nextFollowUp == date,
      reread.contact.notes == notes,
      reread.frontMatter.fields(except: changed) == file.frontMatter.fields(except: changed)
    else {
      throw .cannotEdit(
        Diagnostic(
          path: file.path,
          message:
            "fu cannot change next_follow_up\(note == nil ? "" : " or notes") without risking other lines (an unusual file layout); nothing was written"
        ))
    }
    var updated = file.contact
    updated.nextFollowUp = date
    updated.notes = notes
    return ContactEdit(
      path: file.path, original: file.document, edits: edits, result: result,
      lastContact: updated.lastContact, nextFollowUp: date,
      followUp: date.map { FollowUp(due: $0, source: .nextFollowUp) },
      attempts: file.contact.attempts)
  }
}
