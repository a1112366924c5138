/// The rows of the CSV that Thunderbird's address book exports: `First Name`, `Last Name`,
/// `Display Name`, `Nickname`, `Primary Email`, `Secondary Email`, the phones (`Work Phone`,
/// `Home Phone`, `Fax Number`, `Pager Number`, `Mobile Number`), home and work addresses,
/// `Job Title`, `Department`, `Organization`, `Web Page 1` and `2`, `Birth Year`, `Birth
/// Month`, `Birth Day`, `Custom 1` to `4` and `Notes`.
enum ThunderbirdCSV {
  /// The columns that tell the layout, as `fu import` names them when it refuses a CSV.
  static let columns = "`First Name`, `Last Name`, `Display Name`, `Primary Email`, `Mobile Number`"

  private static let phoneColumns = [
    "Work Phone", "Home Phone", "Fax Number", "Pager Number", "Mobile Number",
  ]

  /// Whether `columns` (a header) is Thunderbird's: it has `Primary Email` or `Display Name`.
  static func isLayout(of columns: [String]) -> Bool {
    columns.contains("Primary Email") || columns.contains("Display Name")
  }

  /// The person a row describes, named by `Display Name`, else the first and last names,
  /// nickname, organisation, email or phone number; `nil` when it has none of them.
  static func person(from row: ContactsCSV.Row, line: Int) -> ImportedContact? {
    let emails = ["Primary Email", "Secondary Email"].compactMap { row.value($0) }
    let phones = phoneColumns.compactMap { row.value($0) }
    let fullName = [row.value("First Name"), row.value("Last Name")].compactMap { $0 }
    let company = row.value("Organization")
    let name =
      row.value("Display Name") ?? (fullName.isEmpty ? nil : fullName.joined(separator: " "))
      ?? row.value("Nickname") ?? company ?? emails.first ?? phones.first
    guard let name else { return nil }

    var person = ImportedContact(name: name, line: line)
    person.aliases = row.value("Nickname").map { [$0] } ?? []
    person.emails = emails
    person.phones = phones
    person.company = company
    person.title = row.value("Job Title")
    person.websites = ["Web Page 1", "Web Page 2"].compactMap { row.value($0) }
    person.addresses = ["Home", "Work"].compactMap { kind in
      let parts = ["Address", "Address 2", "City", "State", "ZipCode", "Country"]
        .compactMap { row.value("\(kind) \($0)") }
      return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
    var notes: [String] = row.value("Notes").map { [$0] } ?? []
    if let birthday = birthday(row) {
      if let day = ImportedDay(parsing: birthday) {
        person.birthday = day
      } else {
        notes.append("Birthday: \(birthday)")
      }
    }
    // What the user kept in the department and custom fields is theirs: in the notes.
    for column in ["Department", "Custom 1", "Custom 2", "Custom 3", "Custom 4"] {
      if let value = row.value(column) { notes.append("\(column): \(value)") }
    }
    person.notes = notes.isEmpty ? nil : notes.joined(separator: "\n\n")
    return person
  }

  /// `Birth Year`, `Birth Month` and `Birth Day` as `1815-12-10`, or `--12-10` with no
  /// year; `nil` with no month or day; as written, for the notes, when not numbers.
  private static func birthday(_ row: ContactsCSV.Row) -> String? {
    guard let month = row.value("Birth Month"), let day = row.value("Birth Day") else {
      return nil
    }
    func padded(_ text: String) -> String {
      text.count == 1 && text.allSatisfy(\.isNumber) ? "0" + text : text
    }
    let year = row.value("Birth Year").map { $0 + "-" } ?? "--"
    return year + padded(month) + "-" + padded(day)
  }
}
