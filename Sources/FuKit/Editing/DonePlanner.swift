/// Plans the edit `fu done` makes: one open task ticked as the Obsidian Tasks plugin ticks
/// it, `- [ ]` made `- [x]` and ` ✅ YYYY-MM-DD` added at the end of its line (before a
/// `^block-id` or a closing `\`; a done date left by an earlier tick is replaced);
/// nothing else. A recurring task (`🔁`) is refused: its next occurrence is the plugin's
/// to write.
public enum DonePlanner {
  /// The task of `file` that `text` names: the one whose text is `text`, else the one it
  /// begins (case, accents and spacing aside), the first of several written alike;
  /// without `text`, the file's only open task.
  public static func task(in file: ContactFile, named text: String?) throws(FuError) -> OpenTask {
    try task(among: file.openTasks, of: file, named: text)
  }

  /// `task(in:named:)` among the file's open `tasks`, found once (cmark reads the body).
  private static func task(among tasks: [OpenTask], of file: ContactFile, named text: String?)
    throws(FuError) -> OpenTask
  {
    guard let text else {
      guard tasks.count == 1 else {
        throw .noTaskNamed(
          who: file.contact.name, text: nil, path: file.path, tasks: tasks)
      }
      return tasks[0]
    }
    let key = NameFolding.fold(text)
    let folded = tasks.map { NameFolding.fold($0.text) }
    if !key.isEmpty, let whole = folded.firstIndex(of: key) { return tasks[whole] }
    let begun = key.isEmpty ? [] : tasks.indices.filter { folded[$0].hasPrefix(key) }
    guard let first = begun.first, begun.allSatisfy({ folded[$0] == folded[first] }) else {
      throw begun.isEmpty
        ? .noTaskNamed(who: file.contact.name, text: text, path: file.path, tasks: tasks)
        : .ambiguousTask(text: text, path: file.path, tasks: begun.map { tasks[$0] })
    }
    return tasks[first]
  }

  /// The edit that ticks the task of `file` that `text` names (`task(in:named:)`), done
  /// `on` that day. Throws when the file must not be written or names no single task.
  public static func plan(_ file: ContactFile, ticking text: String?, on date: CalendarDate)
    throws(FuError) -> ContactEdit
  {
    if let refusal = file.refusalReason { throw .refusedWrite(refusal) }
    let tasks = file.openTasks
    let task = try task(among: tasks, of: file, named: text)
    guard !task.text.contains("🔁") else {
      throw .cannotEdit(
        Diagnostic(
          path: file.path, line: task.line + 1,
          message:
            "the task recurs (🔁): fu done does not write its next occurrence; tick it where the Tasks plugin runs, or remove the 🔁 rule first"
        ))
    }
    let line = String(TextDocument.stripTerminator(file.document.lines[task.line]))
    var bytes = Array(line.utf8)
    bytes.replaceSubrange(task.column..<(task.column + 3), with: Array("[x]".utf8))
    let stamp = Array("✅ \(date)".utf8)
    if let earlier = earlierDoneDate(in: bytes, after: task.column) {
      bytes.replaceSubrange(earlier, with: stamp)
    } else {
      bytes.insert(contentsOf: [UInt8(ascii: " ")] + stamp, at: doneDatePlace(in: bytes))
    }
    let edit = file.document.replacement(
      ofLine: task.line, with: String(decoding: bytes, as: UTF8.self))
    let result = file.document.applying([edit])

    // Read the result back: that task no longer open, every other one as it was.
    let reread = ContactFile(path: file.path, document: result)
    var others = tasks
    others.removeAll { $0 == task }
    guard reread.openTasks == others,
      reread.frontMatter.fields(except: []) == file.frontMatter.fields(except: [])
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

  /// The `✅ YYYY-MM-DD` a task reopened by hand still carries, after `column`.
  private static func earlierDoneDate(in line: [UInt8], after column: Int) -> Range<Int>? {
    let mark = Array("✅ ".utf8)
    var start = column
    while start + mark.count + 10 <= line.count {
      if line[start..<(start + mark.count)].elementsEqual(mark) {
        let date = (start + mark.count)..<(start + mark.count + 10)
        if CalendarDate(parsing: String(decoding: line[date], as: UTF8.self)) != nil {
          return start..<date.upperBound
        }
      }
      start += 1
    }
    return nil
  }

  /// Where ` ✅ date` goes in a task's line: after its last word, before trailing spaces,
  /// a hard break's `\` and an Obsidian block id (`^abc-123`).
  private static func doneDatePlace(in line: [UInt8]) -> Int {
    var end = line.count
    while end > 0, line[end - 1] == UInt8(ascii: " ") || line[end - 1] == UInt8(ascii: "\t") {
      end -= 1
    }
    if end > 1, line[end - 1] == UInt8(ascii: "\\"), line[end - 2] == UInt8(ascii: " ") {
      end -= 1
      while end > 0, line[end - 1] == UInt8(ascii: " ") { end -= 1 }
      return end
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
