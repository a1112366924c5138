/// Every contact at once, for other tools: `fu export`'s JSON (each contact as `fu show
/// --json` prints it) and CSV (one row a contact, a column a key).
public enum ContactExport {
  /// A JSON array of the contacts' cards.
  public static func json(_ cards: [ContactCard]) -> JSONValue {
    .array(cards.map { $0.json() })
  }

  /// RFC 4180 CSV with CRLF line endings: the known keys, then every other key any contact
  /// has (in the order first met; `Email` and `email` are one column, named as first met,
  /// and a key named like another column, in any case, is `fields.KEY`), then the log, one
  /// `YYYY-MM-DD: text` line per entry, newest first. Lists are joined with `; `.
  public static func csv(_ cards: [ContactCard]) -> String {
    let known =
      [ContactKey.name.spelling, "path"] + ContactKey.exportColumns.map(\.spelling) + [
        "due", "source",
      ]
    // Each user key (normalized) with its column's name, in the order first met.
    var userKeys: [(key: String, column: String)] = []
    var seen = Set<String>()
    var columns = Set(known + ["log"])
    for card in cards {
      for field in card.fields {
        let key = FrontMatter.normalize(key: field.key)
        guard seen.insert(key).inserted else { continue }
        var column = field.key
        while !columns.insert(column.lowercased()).inserted { column = "fields." + column }
        userKeys.append((key, column))
      }
    }
    let header = known + userKeys.map(\.column) + ["log"]
    var lines = [header.map(quote).joined(separator: ",")]
    for card in cards {
      let contact = card.contact
      var cells = [contact.name, contact.path]
      cells += ContactKey.exportColumns.map { contact[$0].csvCell }
      cells += [card.followUp?.due.description ?? "", card.followUp?.source.rawValue ?? ""]
      let values = Dictionary(card.fields.map { (FrontMatter.normalize(key: $0.key), $0.value) }) {
        first, _ in first
      }
      for (key, _) in userKeys {
        switch values[key] {
        case .text(let text): cells.append(text)
        case .list(let items): cells.append(items.joined(separator: "; "))
        case .yaml(let yaml): cells.append(yaml)
        case .empty, nil: cells.append("")
        }
      }
      // An entry's lines below its first keep an indent, as in the file.
      cells.append(
        card.log.map { entry in
          "\(entry.date): "
            + entry.markdown.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated().map { $0 == 0 || $1.isEmpty ? String($1) : "  " + $1 }
            .joined(separator: "\n")
        }.joined(separator: "\n"))
      lines.append(cells.map(quote).joined(separator: ","))
    }
    return lines.joined(separator: "\r\n") + "\r\n"
  }

  /// A CSV cell, quoted when it holds a comma, a quote or a line break.
  static func quote(_ cell: String) -> String {
    guard cell.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return cell }
    return "\"" + cell.replacing("\"", with: "\"\"") + "\""
  }
}
