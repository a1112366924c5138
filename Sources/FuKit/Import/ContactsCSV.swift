import Foundation

/// Reads an address book exported as CSV, in the layouts fu knows: Google Contacts'
/// ("Google CSV", `GoogleContactsCSV`) and Thunderbird's (`ThunderbirdCSV`). The header
/// tells the layout; a CSV of any other layout is refused, naming the columns fu expects,
/// rather than read without the emails or phones its columns hold.
public enum ContactsCSV {
  /// The layouts fu reads, as a refusal names them.
  static let layouts = "Google Contacts (\"Google CSV\") or Thunderbird"

  /// The people in `text`, read from the file shown as `path`, with a problem per row that
  /// names nobody. Throws when the CSV cannot be read, or is of a layout fu does not know.
  public static func read(_ text: String, path: String) throws(FuError) -> (
    [ImportedContact], [Diagnostic]
  ) {
    var text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    // Lines ended CR CR LF (Thunderbird on Windows) are one line each, not two.
    if text.contains("\r\r\n") { text = text.replacingOccurrences(of: "\r\r\n", with: "\r\n") }
    // A spreadsheet saved where the comma is the decimal mark separates with `;`: told by
    // the header, whose column names hold neither.
    let header = text.prefix { $0 != "\n" && $0 != "\r" && $0 != "\r\n" }
    let separator: Unicode.Scalar = header.contains(";") && !header.contains(",") ? ";" : ","
    let records: [CSVReader.Record]
    do {
      records = try CSVReader.records(text, separator: separator)
    } catch {
      throw .unreadable(
        Diagnostic(path: path, line: error.line, message: "a quoted field is never closed"))
    }
    guard let first = records.first else { return ([], []) }
    let columns = first.fields.map { $0.trimmingSpaces() }
    let person: (Row, Int) -> ImportedContact?
    if columns.contains("E-mail Address") {
      throw .unreadable(
        Diagnostic(
          path: path, line: first.line,
          message:
            "is an Outlook CSV, which fu does not read: export the contacts as a vCard (.vcf), or as a CSV of \(layouts)"
        ))
    } else if ThunderbirdCSV.isLayout(of: columns) {
      person = ThunderbirdCSV.person
    } else if GoogleContactsCSV.isLayout(of: columns) {
      person = GoogleContactsCSV.person
    } else {
      let unread = unreadContactColumns(columns) { _ in false }
      let which =
        unread.isEmpty
        ? "" : " (fu would not read its \(unread.map { "`\($0)`" }.joined(separator: ", ")))"
      throw .unreadable(
        Diagnostic(
          path: path, line: first.line,
          message:
            "is a CSV of a layout fu does not know\(which): fu reads Google Contacts CSV (\(GoogleContactsCSV.columns)...) and Thunderbird's (\(ThunderbirdCSV.columns)...); export the contacts in one of them, or as a vCard (.vcf)"
        ))
    }
    var people: [ImportedContact] = []
    var problems: [Diagnostic] = []
    for record in records.dropFirst() {
      if let found = person(Row(columns: columns, fields: record.fields), record.line) {
        people.append(found)
      } else {
        problems.append(
          Diagnostic(path: path, line: record.line, message: "a row with no name; skipped"))
      }
    }
    return (people, problems)
  }

  /// The columns of `columns` that look like an email or a phone number (`Email`, `Mobile`,
  /// `Work Phone`) and that `readable` does not take: what a layout would lose.
  static func unreadContactColumns(_ columns: [String], readable: (String) -> Bool) -> [String] {
    columns.filter { column in
      let words = column.lowercased().split { !$0.isLetter }
      let isContact = words.contains { word in
        word.contains("mail") || ["phone", "mobile", "tel", "telephone", "cell"].contains(word)
      }
      return isContact && !readable(column)
    }
  }

  /// One data row, its cells by column name.
  struct Row {
    var cells: [String: String] = [:]
    var columns: [String]

    init(columns: [String], fields: [String]) {
      self.columns = columns
      for (column, field) in zip(columns, fields) where cells[column] == nil {
        cells[column] = field
      }
    }

    /// The cell of the first of `names` that has a value, trimmed.
    func value(_ names: String...) -> String? {
      names.lazy.compactMap { cells[$0]?.trimmingSpaces() }.first { !$0.isEmpty }
    }

    /// Every value of the numbered columns `E-mail 1 - Value`, `E-mail 2 - Value`... in
    /// order, cells holding several split on ` ::: `.
    func numbered(_ prefix: String, _ suffix: String) -> [String] {
      columns.filter { column in
        column.hasPrefix(prefix + " ") && column.hasSuffix(" - " + suffix)
          && Int(column.dropFirst(prefix.count + 1).dropLast(suffix.count + 3)) != nil
      }.flatMap { column in
        (cells[column] ?? "").components(separatedBy: " ::: ").map { $0.trimmingSpaces() }
      }.filter { !$0.isEmpty }
    }
  }
}
