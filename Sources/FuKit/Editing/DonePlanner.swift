/// Plans the edit `fu done` makes: one open task ticked as the Obsidian Tasks plugin ticks
/// it, `- [ ]` made `- [x]` and ` ✅ YYYY-MM-DD` added at the end of its line (before a
/// `^block-id`); nothing else.
public enum DonePlanner {
  /// The task of `file` that `text` names: the one whose text is `text`, else the one it
  /// begins (case, accents and spacing aside); without `text`, the file's only open task.
  public static func task(in file: ContactFile, named text: String?) throws(FuError) -> OpenTask {
    let tasks = file.openTasks
    guard let text else {
      guard tasks.count == 1 else {
        throw .noTaskNamed(
          who: file.contact.name, text: nil, path: file.path, tasks: tasks)
      }
      return tasks[0]
    }
    let key = NameFolding.fold(text)
    let folded = tasks.map { NameFolding.fold($0.text) }
    let whole = folded.indices.filter { !key.isEmpty && folded[$0] == key }
    if whole.count == 1 { return tasks[whole[0]] }
    let begun = key.isEmpty ? [] : tasks.indices.filter { folded[$0].hasPrefix(key) }
    guard begun.count == 1 else {
      throw begun.isEmpty
        ? .noTaskNamed(who: file.contact.name, text: text, path: file.path, tasks: tasks)
        : .ambiguousTask(text: text, path: file.path, tasks: begun.map { tasks[$0] })
    }
    return tasks[begun[0]]
  }

  /// The edit that ticks the task of `file` that `text` names (`task(in:named:)`), done
  /// `on` that day. Throws when the file must not be written or names no single task.
  public static func plan(_ file: ContactFile, ticking text: String?, on date: CalendarDate)
    throws(FuError) -> ContactEdit
  {
    if let refusal = file.refusalReason { throw .refusedWrite(refusal) }
    let task = try task(in: file, named: text)
    let line = String(TextDocument.stripTerminator(file.document.lines[task.line]))
    var bytes = Array(line.utf8)
    bytes.replaceSubrange(task.column..<(task.column + 3), with: Array("[x]".utf8))
    bytes.insert(contentsOf: Array(" ✅ \(date)".utf8), at: doneDatePlace(in: bytes))
    let edit = file.document.replacement(
      ofLine: task.line, with: String(decoding: bytes, as: UTF8.self))
    let result = file.document.applying([edit])

    // Read the result back: that task no longer open, every other one as it was.
    let reread = ContactFile(path: file.path, document: result)
    var others = file.openTasks
    others.removeAll { $0 == task }
    guard reread.openTasks == others, reread.frontMatter.fields(except: []) == file.frontMatter.fields(except: [])
    else {
      throw .cannotEdit(
        Diagnostic(
          path: file.path, line: task.line + 1,
          message:
            "fu cannot tick this task without risking other lines (an unusual layout); nothing was written"
        ))
    }
    return ContactEdit(
      path: file.path, original: file.document, edits: [edit], result: result,
      lastContact: file.contact.lastContact, nextFollowUp: file.contact.nextFollowUp,
      followUp: reread.contact.followUp(today: date), attempts: file.contact.attempts)
  }

  /// Where ` ✅ date` goes in a task's line: after its last word, before trailing spaces
  /// and an Obsidian block id (`^abc-123`).
  private static func doneDatePlace(in line: [UInt8]) -> Int {
    var end = line.count
    while end > 0, line[end - 1] == UInt8(ascii: " ") || line[end - 1] == UInt8(ascii: "\t") {
      end -= 1
    }
    var start = end
    while start > 0, line[start - 1] != UInt8(ascii: " ") { start -= 1 }
    let word = line[start..<end]
    let isBlockID =
      word.count > 1 && word.first == UInt8(ascii: "^") && start > 0
      && word.dropFirst().allSatisfy {
        ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || $0 == 0x2D
      }
    guard isBlockID else { return end }
    var before = start
    while before > 0, line[before - 1] == UInt8(ascii: " ") { before -= 1 }
    return before
  }
}
