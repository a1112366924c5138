/// `fu list`'s outputs: a table that fits the terminal for people, a JSON array for scripts.
public enum ContactTable {
  /// The list as aligned columns no wider than `width` (long cells cut with `…`, rows never
  /// wrapped; `nil`: as wide as they take), then a count.
  public static func text(
    _ list: ContactList, width: Int?, style: Style, dates: DateDisplay = .short
  ) -> String {
    let count =
      list.rows.count == list.total
      ? "\(list.total) \(list.total == 1 ? "contact" : "contacts")"
      : "\(list.rows.count) of \(list.total) contacts"
    if list.total == 0 { return "No contacts yet: fu add \"Ada Lovelace\" makes one.\n" }
    guard !list.rows.isEmpty else { return "No contacts match (\(count)).\n" }

    let headers = ["NAME", "DUE", "", "LAST", "CADENCE", "TAGS"]
    let cells: [[String]] = list.rows.map { row in
      let contact = row.contact
      return [
        TextLayout.printable(contact.name),
        row.followUp.map { dates.format($0.due, today: list.today) } ?? "-",
        relativeDue(of: row),
        row.progress.map {
          AttemptWords.waited($0, today: list.today, isDue: (row.days ?? 1) <= 0)
        }
          ?? contact.lastContact.map { RelativeDate.ago(days: $0.days(to: list.today)) } ?? "never",
        contact.cadence?.description ?? "-",
        TextLayout.printable(contact.tags.joined(separator: ", ")),
      ]
    }
    let natural = headers.indices.map { column in
      max(headers[column].count, cells.map { TextLayout.width($0[column]) }.max() ?? 0)
    }
    var shown = Array(headers.indices)
    var widths = natural
    if let width {
      (shown, widths) = fitted(natural, to: width)
    }
    func columns(_ values: [String]) -> [String] { shown.map { values[$0] } }

    func line(_ values: [String], paint: (Int, String) -> String) -> String {
      var parts: [String] = []
      for (column, value) in values.enumerated() {
        let cell = TextLayout.truncate(value, to: widths[column])
        let isLast = column == values.count - 1
        parts.append(paint(column, isLast ? cell : TextLayout.pad(cell, widths[column])))
      }
      var text = parts.joined(separator: "  ")
      while text.hasSuffix(" ") { text.removeLast() }
      return text
    }
    var lines = [line(columns(headers)) { _, text in style.bold(text) }]
    for (row, values) in zip(list.rows, cells) {
      lines.append(
        line(columns(values)) { index, text in
          let column = shown[index]
          guard let status = row.status else { return column == 0 ? text : style.dim(text) }
          switch column {
          case 1, 2: return style.status(status, text)
          case 0: return text
          default: return style.dim(text)
          }
        })
    }
    lines.append(style.dim(count))
    return lines.joined(separator: "\n") + "\n"
  }

  /// When `row` is due, in words; a cadence late but within the config's grace is not
  /// called overdue (its status is today): it says how long ago, as `fu agenda` does.
  private static func relativeDue(of row: ContactList.Row) -> String {
    guard let days = row.days else { return "" }
    return days < 0 && row.status == .today
      ? RelativeDate.ago(days: -days) : RelativeDate.describe(days: days)
  }

  /// The columns to show, and their widths, for a table of columns `natural` columns wide
  /// to fit in `width`.
  private static func fitted(_ natural: [Int], to width: Int) -> (shown: [Int], widths: [Int]) {
    // Narrow the tags, and long names, first; when that is not enough, leave out the
    // columns that matter least (cadence, then last contact, then tags) rather than wrap,
    // and only then cut names short: the name is what a reader scans the table for.
    var (shown, widths): ([Int], [Int]) = ([], [])
    let hiding = [[], [4], [4, 3], [4, 3, 5]]
    for hidden in hiding {
      shown = natural.indices.filter { !hidden.contains($0) }
      let stages = [(5, 16), (0, 20), (5, 6)] + (hidden == hiding.last ? [(0, 8), (0, 4)] : [])
      let fitted = TextLayout.fit(
        natural: shown.map { natural[$0] },
        stages: stages.compactMap { stage in
          shown.firstIndex(of: stage.0).map { ($0, stage.1) }
        }, width: width)
      widths = fitted
      if fitted.reduce(0, +) + 2 * (fitted.count - 1) <= width { break }
    }
    // Narrower still: cut the columns from the right, down to one cell each.
    var excess = widths.reduce(0, +) + 2 * (widths.count - 1) - width
    for index in widths.indices.reversed() where excess > 0 {
      let cut = min(excess, widths[index] - 1)
      widths[index] -= cut
      excess -= cut
    }
    return (shown, widths)
  }

  /// The list as a JSON array of contacts, with the fields of `fu agenda --json` (less
  /// `task`) and `aliases`; `due`, `status` and `days` are null for a contact with no date.
  public static func json(_ list: ContactList) -> JSONValue {
    .array(
      list.rows.map { row in
        ContactJSON.object(
          row.contact, followUp: row.followUp, status: row.status, days: row.days,
          keys: ContactKey.listJSON, progress: row.progress)
      })
  }
}
