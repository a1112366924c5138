/// Reads the CSV that Google Contacts exports ("Google CSV"), in its current layout
/// (`First Name`, `Labels`, `E-mail 1 - Value`...) and its older one (`Name`, `Given Name`,
/// `Group Membership`...). A cell holding several values separates them with ` ::: `.
public enum GoogleContactsCSV {
  /// The people in `text`, read from the file shown as `path`, with a problem per row that
  /// names nobody. Throws when the file is not a Google Contacts CSV.
  public static func read(_ text: String, path: String) throws(FuError) -> (
    [ImportedContact], [Diagnostic]
  ) {
    let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    // A spreadsheet saved where the comma is the decimal mark separates with `;`: told by
    // the header, whose column names hold neither.
    let header = text.prefix { $0 != "\n" && $0 != "\r" }
    let separator: Unicode.Scalar = header.contains(";") && !header.contains(",") ? ";" : ","
    let records: [CSVReader.Record]
    do {
      records = try CSVReader.records(text, separator: separator)
    } catch {
      throw .unreadable(
        Diagnostic(path: path, line: error.line, message: "a quoted field is never closed"))
    }
    if let header = records.first, header.fields.contains("E-mail Address") {
      throw .unreadable(
        Diagnostic(
          path: path, line: 1,
          message:
            "is an Outlook CSV, which fu does not read: export the contacts as a vCard (.vcf) or as Google CSV"
        ))
    }
    guard let header = records.first,
      header.fields.contains(where: { ["First Name", "Name", "Given Name"].contains($0) })
        || header.fields.contains("E-mail 1 - Value")
    else {
      throw .unreadable(
        Diagnostic(
          path: path, line: 1,
          message:
            "is not a Google Contacts CSV: its header has no `First Name`, `Name` or `E-mail 1 - Value` column"
        ))
    }
    let columns = header.fields.map { $0.trimmingSpaces() }
    var people: [ImportedContact] = []
    var problems: [Diagnostic] = []
    for record in records.dropFirst() {
      let row = Row(columns: columns, fields: record.fields)
      if let person = person(from: row, line: record.line) {
        people.append(person)
      } else {
        problems.append(
          Diagnostic(path: path, line: record.line, message: "a row with no name; skipped"))
      }
    }
    return (people, problems)
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

  private static func person(from row: Row, line: Int) -> ImportedContact? {
    let parts = [
      row.value("Name Prefix"), row.value("First Name", "Given Name"),
      row.value("Middle Name", "Additional Name"), row.value("Last Name", "Family Name"),
      row.value("Name Suffix"),
    ].compactMap { $0 }
    let emails = row.numbered("E-mail", "Value")
    let company = row.value("Organization Name", "Organization 1 - Name")
    let name =
      row.value("Name") ?? (parts.isEmpty ? nil : parts.joined(separator: " "))
      ?? row.value("File As") ?? company ?? emails.first
    guard let name else { return nil }

    var person = ImportedContact(name: name, line: line)
    person.aliases = row.value("Nickname").map { [$0] } ?? []
    person.emails = emails
    person.phones = row.numbered("Phone", "Value")
    person.company = company
    person.title = row.value("Organization Title", "Organization 1 - Title")
    person.websites = row.numbered("Website", "Value")
    person.addresses = addresses(row)
    person.tags = (row.value("Labels", "Group Membership") ?? "").components(separatedBy: " ::: ")
      .map { $0.trimmingSpaces() }
      .filter { !$0.isEmpty && !$0.hasPrefix("* ") }  // Google's own: `* myContacts`, `* starred`
    var notes: [String] = row.value("Notes").map { [$0] } ?? []
    if let birthday = row.value("Birthday") {
      if let day = ImportedDay(parsing: birthday) {
        person.birthday = day
      } else {
        notes.append("Birthday: \(birthday)")
      }
    }
    // Events: `Event 1 - Label` Anniversary with its `Event 1 - Value`.
    for column in row.columns where column.hasPrefix("Event ") && column.hasSuffix(" - Value") {
      let label = column.dropLast(" - Value".count) + " - Label"
      let type = column.dropLast(" - Value".count) + " - Type"
      let kind = (row.value(String(label), String(type)) ?? "").lowercased()
      guard let value = row.value(column), person.anniversary == nil,
        kind.contains("anniversary")
      else { continue }
      if let day = ImportedDay(parsing: value) {
        person.anniversary = day
      } else {
        notes.append("Anniversary: \(value)")
      }
    }
    person.notes = notes.isEmpty ? nil : notes.joined(separator: "\n\n")
    return person
  }

  /// The postal addresses: each `Address N - Formatted` on one line, else its parts.
  private static func addresses(_ row: Row) -> [String] {
    // `Address 1 - Formatted`: the number between `Address ` and ` - `.
    let numbers = row.columns.compactMap { column -> String? in
      guard column.hasPrefix("Address ") else { return nil }
      let rest = column.dropFirst("Address ".count)
      guard let dash = rest.range(of: " - ") else { return nil }
      let number = rest[..<dash.lowerBound]
      return !number.isEmpty && number.allSatisfy(\.isNumber) ? String(number) : nil
    }
    var seen = Set<String>()
    return numbers.filter { seen.insert($0).inserted }.compactMap { number in
      let prefix = "Address \(number) - "
      if let formatted = row.value(prefix + "Formatted") {
        return formatted.split(whereSeparator: \.isNewline).map { $0.trimmingSpaces() }
          .filter { !$0.isEmpty }.joined(separator: ", ")
      }
      let parts = [
        "PO Box", "Street", "Extended Address", "City", "Region", "Postal Code", "Country",
      ].compactMap { row.value(prefix + $0) }
      return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
  }
}
