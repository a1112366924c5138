/// Plans the edit `fu import --merge` makes: each given key the file lacks (absent, or
/// with no value) is set, and nothing else changes.
public enum MergePlanner {
  /// The edit adding to `file` those of `fields` it lacks (no edit when it lacks none); `today` is the day a contact with a cadence and no last contact is due. Throws when the file must not be written or a key cannot be set in place.
  public static func plan(
    _ file: ContactFile, adding fields: [NewContact.Field], today: CalendarDate
  ) throws(FuError) -> ContactEdit {
    if let refusal = file.refusalReason { throw .refusedWrite(refusal) }
    var present = Set<String>()
    if case .valid(let frontMatter) = file.frontMatter {
      present = Set(frontMatter.fields.filter { $0.value != .empty }.map(\.normalizedKey))
    }
    let missing = fields.filter { !present.contains(FrontMatter.normalize(key: $0.key)) }
    var editor = FrontMatterEditor(file: file)
    for field in missing { try editor.set(field.key, to: field.yaml) }
    let edits = try editor.finished()
    let result = file.document.applying(edits)

    // Read the result back: each added key as planned, every other key as it was.
    let reread = ContactFile(path: file.path, document: result)
    let added = Set(missing.map { FrontMatter.normalize(key: $0.key) })
    guard reread.refusalReason == nil, case .valid(let frontMatter) = reread.frontMatter,
      missing.allSatisfy({ frontMatter.field($0.key)?.value == $0.value }),
      reread.frontMatter.fields(except: added) == file.frontMatter.fields(except: added)
    else {
      throw .cannotEdit(
        Diagnostic(
          path: file.path,
          message:
            "fu cannot add \(missing.map(\.key).joined(separator: ", ")) without risking other lines (an unusual file layout); nothing was written"
        ))
    }
    let contact = reread.contact
    return ContactEdit(
      path: file.path, original: file.document, edits: edits, result: result,
      lastContact: contact.lastContact, nextFollowUp: contact.nextFollowUp,
      followUp: contact.followUp(today: today), attempts: file.contact.attempts)
  }
}
