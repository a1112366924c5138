/// The messages of fu's own commits (`git.autocommit`), written so that `git log
/// --oneline` reads as a journal: the command, who, and what.
public enum CommitMessage {
  /// How long a subject may grow before the entry's text is cut: git's own advice for a
  /// line `git log --oneline` shows whole.
  static let width = 72

  /// `fu log: Ada Lovelace — Coffee; send the deck`: the entry's first line, its runs of
  /// white space as one space, cut after a word with `…` past `width`; the name alone for an empty one.
  public static func log(name: String, message: String) -> String {
    line("fu log: \(name)", text: message)
  }

  /// `fu done: Ada Lovelace — Send the deck`: the task's text, cut as a log's is.
  public static func done(name: String, task: String) -> String {
    line("fu done: \(name)", text: task)
  }

  /// `subject — ` and the first line of `text`, cut to `width`.
  private static func line(_ subject: String, text message: String) -> String {
    let firstLine = message.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
    let text = firstLine.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    guard !text.isEmpty else { return subject }
    let line = "\(subject) — \(text)"
    guard line.count > width else { return line }
    let room = width - subject.count - " — ".count - 1
    guard room >= 8 else { return subject }
    // At a word's end when one is in the second half of the room.
    var cut = text.prefix(room)
    if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) >= room / 2
    {
      cut = cut[..<space]
    }
    return "\(subject) — \(cut.trimmingSpaces())…"
  }

  /// `fu snooze: Ken Thompson to 2026-11-30`; `... to none` for no date at all.
  public static func snooze(name: String, to date: CalendarDate?) -> String {
    "fu snooze: \(name) to \(date?.description ?? "none")"
  }

  /// `fu add: Grace Hopper`.
  public static func add(name: String) -> String { "fu add: \(name)" }

  /// `fu import: 3 contacts from contacts.vcf`: the address book by its file name.
  public static func `import`(_ count: Int, from file: String) -> String {
    let name = file.split(separator: "/").last.map(String.init) ?? file
    return "fu import: \(count) contact\(count == 1 ? "" : "s") from \(name)"
  }
}
