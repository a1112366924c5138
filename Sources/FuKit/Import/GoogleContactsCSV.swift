/// The rows of the CSV that Google Contacts exports ("Google CSV"), in its current layout
/// (`First Name`, `Labels`, `E-mail 1 - Value`...) and its older one (`Name`, `Given Name`,
/// `Group Membership`...). A cell holding several values separates them with ` ::: `.
public enum GoogleContactsCSV {
  /// The columns that tell the layout, as `fu import` names them when it refuses a CSV.
  static let columns = "`First Name`, `Last Name`, `E-mail 1 - Value`, `Phone 1 - Value`"

  /// Whether `columns` (a header) is Google's: a name column or a numbered `E-mail 1 -
  /// Value`, and no column of an email or phone in another form, which fu would not read.
  static func isLayout(of columns: [String]) -> Bool {
    let names = ["First Name", "Last Name", "Name", "Given Name", "Family Name"]
    return columns.contains { names.contains($0) || isNumbered($0) }
      && ContactsCSV.unreadContactColumns(columns, readable: isNumbered).isEmpty
  }

  /// Whether `column` is one of Google's numbered ones: `E-mail 1 - Value`, `Phone 2 - Type`.
  private static func isNumbered(_ column: String) -> Bool {
    for prefix in ["E-mail ", "Phone "] where column.hasPrefix(prefix) {
      let rest = column.dropFirst(prefix.count)
      let number = rest.prefix { $0.isASCII && $0.isNumber }
      return !number.isEmpty && rest.dropFirst(number.count).hasPrefix(" - ")
    }
    return false
  }

  /// The person a row describes, named by its name columns, else `File As`, its company,
  /// email or phone number; `nil` when it has none of them.
  static func person(from row: ContactsCSV.Row, line: Int) -> ImportedContact? {
    let parts = [
      row.value("Name Prefix"), row.value("First Name", "Given Name"),
      row.value("Middle Name", "Additional Name"), row.value("Last Name", "Family Name"),
      row.value("Name Suffix"),
    ].compactMap { $0 }
    let emails = row.numbered("E-mail", "Value")
    let phones = row.numbered("Phone", "Value")
    let company = row.value("Organization Name", "Organization 1 - Name")
    let name =
      row.value("Name") ?? (parts.isEmpty ? nil : parts.joined(separator: " "))
      ?? row.value("File As") ?? company ?? emails.first ?? phones.first
    guard let name else { return nil }

    var person = ImportedContact(name: name, line: line)
    person.aliases = row.value("Nickname").map { [$0] } ?? []
    person.emails = emails
    person.phones = phones
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
  private static func addresses(_ row: ContactsCSV.Row) -> [String] {
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
