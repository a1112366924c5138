internal import Ccmark

/// A line of Markdown as a reader sees it, for text fu puts in a message: emphasis and
/// code spans give their text, a link its text (not where it points), Obsidian's
/// `[[page|shown]]` and `[[page]]` what Obsidian shows, an embed (`![[...]]`) and HTML
/// nothing; line breaks become spaces.
public enum InlineText {
  /// `text` without its markup.
  public static func plain(_ text: String) -> String {
    let markdown = withoutWikilinks(text)
    guard
      let root = markdown.withCString({
        cmark_parse_document($0, markdown.utf8.count, CMARK_OPT_DEFAULT)
      })
    else { return text }
    defer { cmark_node_free(root) }
    return MarkdownOutline.plainText(of: root).split(separator: " ").joined(separator: " ")
  }

  /// `text` with each `[[page|shown]]` as `shown`, `[[page]]` as `page` and `![[...]]` left
  /// out, before cmark reads it (to CommonMark, they are brackets).
  private static func withoutWikilinks(_ text: String) -> String {
    var result = ""
    var rest = text[...]
    while let open = rest.firstRange(of: "[["),
      let close = rest[open.upperBound...].firstRange(of: "]]")
    {
      let isEmbed =
        open.lowerBound > rest.startIndex
        && rest[rest.index(before: open.lowerBound)] == "!"
      result += rest[..<(isEmbed ? rest.index(before: open.lowerBound) : open.lowerBound)]
      let link = rest[open.upperBound..<close.lowerBound]
      if !isEmbed { result += link.split(separator: "|", maxSplits: 1).last ?? link }
      rest = rest[close.upperBound...]
    }
    return result + rest
  }
}
