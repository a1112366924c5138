/// Plans the edit `fu snooze` makes: `next_follow_up` set to a new date, on its own line,
/// and nothing else.
public enum SnoozePlanner {
  /// The edit that moves the follow-up of `file` to `date`. Throws when the file must not be
  /// written or the key cannot be changed in place.
  public static func plan(_ file: ContactFile, to date: CalendarDate) throws(FuError)
    -> ContactEdit
  {
    if let refusal = file.refusalReason { throw .refusedWrite(refusal) }
    var frontMatter = FrontMatterEditor(file: file)
    if file.contact.nextFollowUp != date {
      try frontMatter.set(ContactKey.nextFollowUp.spelling, to: date.description)
    }
    let edits = try frontMatter.finished()
    let result = file.document.applying(edits)

    // Read the result back: the date as planned, every other key as it was.
    let reread = ContactFile(path: file.path, document: result)
    let changed: Set = [ContactKey.nextFollowUp.spelling]
    guard reread.refusalReason == nil, reread.contact.nextFollowUp == date,
      reread.frontMatter.fields(except: changed) == file.frontMatter.fields(except: changed)
    else {
      throw .cannotEdit(
        Diagnostic(
          path: file.path,
          message:
            "fu cannot set next_follow_up without risking other lines (an unusual file layout); nothing was written"
        ))
    }
    var updated = file.contact
    updated.nextFollowUp = date
    return ContactEdit(
      path: file.path, original: file.document, edits: edits, result: result,
      lastContact: updated.lastContact, nextFollowUp: date,
      followUp: FollowUp(due: date, source: .nextFollowUp))
  }
}
