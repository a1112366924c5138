/// An open task of a contact's body: a list item whose text starts with the checkbox
/// `[ ]` (`- [ ] Send the deck 📅 2026-12-01`), as Obsidian and GitHub write tasks.
public struct OpenTask: Sendable, Equatable {
  /// The item's text after the checkbox, as written (a due marker kept), its lines
  /// joined by single spaces.
  public var text: String
  /// The 0-based document line of the checkbox.
  public var line: Int
  /// The UTF-8 column of the checkbox's `[` on that line.
  public var column: Int
}

extension MarkdownOutline {
  /// The open tasks among the outline's items, in the order of the file.
  func openTasks(in document: TextDocument) -> [OpenTask] {
    items.compactMap { item in
      guard let start = item.textStart, let text = MarkdownOutline.text(of: item, in: document),
        text.hasPrefix("[ ]")
      else { return nil }
      return OpenTask(
        text: String(text.dropFirst(3).trimmingSpaces()), line: start.line, column: start.column)
    }
  }
}

extension ContactFile {
  /// The open tasks of the body, in the order of the file: none in a file whose body fu
  /// does not read (over the size limit).
  public var openTasks: [OpenTask] {
    guard !isOversized else { return [] }
    return MarkdownOutline(document: document, from: frontMatter.bodyStart).openTasks(in: document)
  }
}
