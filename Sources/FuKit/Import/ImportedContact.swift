/// A person read from an address-book export (a vCard or a Google Contacts CSV), before it
/// becomes a contact file.
public struct ImportedContact: Sendable, Equatable {
  public var name: String
  /// Nicknames: the file's `aliases`.
  public var aliases: [String] = []
  /// Email addresses, the preferred one first.
  public var emails: [String] = []
  /// Phone numbers, the preferred one first.
  public var phones: [String] = []
  public var company: String?
  /// The job title.
  public var title: String?
  public var birthday: ImportedDay?
  public var anniversary: ImportedDay?
  /// Postal addresses, each on one line.
  public var addresses: [String] = []
  public var websites: [String] = []
  public var tags: [String] = []
  /// Free text: it goes into the file's body, under the heading.
  public var notes: String?
  /// The 1-based line of the export the person starts on.
  public var line: Int

  public init(name: String, line: Int) {
    self.name = name
    self.line = line
  }

  /// The front-matter keys a contact file for this person gets, in order: one value as a
  /// scalar, several as a list.
  public var fields: [NewContact.Field] {
    var fields: [NewContact.Field] = []
    func add(_ key: String, _ values: [String]) {
      let values = values.filter { !$0.isEmpty }
      switch values.count {
      case 0: break
      case 1: fields.append(.text(key, values[0]))
      default: fields.append(.list(key, values))
      }
    }
    if !aliases.isEmpty { fields.append(.list(ContactKey.aliases.spelling, aliases)) }
    add("email", emails)
    add("phone", phones)
    add("company", company.map { [$0] } ?? [])
    add("title", title.map { [$0] } ?? [])
    if let birthday { fields.append(birthday.field("birthday")) }
    if let anniversary { fields.append(anniversary.field("anniversary")) }
    add("address", addresses)
    add("website", websites)
    if !tags.isEmpty { fields.append(.list(ContactKey.tags.spelling, tags)) }
    return fields
  }

  /// The contact file to create for this person.
  public var newContact: NewContact {
    var contact = NewContact(name: name)
    contact.fields = fields
    contact.notes = notes
    return contact
  }
}

/// A day from an address book: a full date, or a month and day when the year is unknown
/// (`--12-10`), as fu's `birthday` key takes them.
public enum ImportedDay: Sendable, Equatable, CustomStringConvertible {
  case date(CalendarDate)
  case monthDay(month: Int, day: Int)

  /// Reads `1815-12-10`, `18151210`, `--12-10`, `--1210`, with or without a time after a
  /// `T`. With `omitYear` (Apple's `X-APPLE-OMIT-YEAR`), a full date keeps only its day; so
  /// does the year 1604, which Apple and CardBook write for "no year" (a leap year, so that
  /// February 29 fits).
  public init?(parsing text: String, omitYear: Bool = false) {
    var value = Substring(text.trimmingSpaces())
    if let time = value.firstIndex(of: "T") { value = value[..<time] }
    let yearless = value.hasPrefix("--")
    if yearless { value = value.dropFirst(2) }
    let digits = value.filter { $0 != "-" }
    guard digits.allSatisfy({ $0.isASCII && $0.isNumber }),
      value.filter({ $0 == "-" }).count == (value.count == digits.count ? 0 : yearless ? 1 : 2)
    else { return nil }
    let numbers = Array(digits)
    switch (yearless, numbers.count) {
    case (true, 4):
      guard let month = Int(String(numbers[0..<2])), let day = Int(String(numbers[2..<4])),
        CalendarDate(year: 2000, month: month, day: day) != nil
      else { return nil }
      self = .monthDay(month: month, day: day)
    case (false, 8):
      guard let year = Int(String(numbers[0..<4])), let month = Int(String(numbers[4..<6])),
        let day = Int(String(numbers[6..<8])),
        let date = CalendarDate(year: year, month: month, day: day)
      else { return nil }
      self =
        omitYear || year == Self.noYear ? .monthDay(month: month, day: day) : .date(date)
    default:
      return nil
    }
  }

  /// The year address books write for a day whose year is not known.
  static let noYear = 1604

  /// `1815-12-10` or `--12-10`.
  public var description: String {
    switch self {
    case .date(let date): date.description
    case .monthDay(let month, let day):
      "--" + twoDigits(month) + "-" + twoDigits(day)
    }
  }

  private func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }

  /// The front-matter key `key` with this day: a full date unquoted, so that YAML and
  /// Obsidian read it as a date.
  func field(_ key: String) -> NewContact.Field {
    switch self {
    case .date(let date):
      NewContact.Field(key: key, yaml: date.description, value: .text(date.description))
    case .monthDay: .text(key, description)
    }
  }
}
