/// Dates as people type them on the command line: `2026-12-01`, `today`, `tomorrow`,
/// `yesterday`, `+3d`, `2w`, `in 2 weeks`, `3d ago`, `1m`, `next monday`, `this friday`,
/// `friday`, `dec 1`, `eom` (end of month), `next week` (its Monday), `next month` (its
/// first day).
public enum DateExpression {
  /// Which way a form that could mean either goes (`friday`, `dec 1`): a follow-up date looks
  /// ahead, the date of an interaction looks back.
  public enum Direction: Sendable {
    case future
    case past
  }

  /// The date `text` means, seen from `today`.
  public static func parse(
    _ text: String, today: CalendarDate, direction: Direction = .future
  ) throws(FuError) -> CalendarDate {
    let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" })
      .map(String.init)
    guard let date = date(words, today: today, direction: direction) else {
      if text.wholeMatch(of: /\s*\d{4}-\d{2}-\d{2}\s*/) != nil { throw .nonexistentDate(text) }
      throw .invalidDate(text)
    }
    return date
  }

  private static func date(_ words: [String], today: CalendarDate, direction: Direction)
    -> CalendarDate?
  {
    switch words.count {
    case 0:
      return nil
    case 1:
      let word = words[0]
      switch word {
      case "today", "now": return today
      case "tomorrow", "tmr": return today.adding(days: 1)
      case "yesterday": return today.adding(days: -1)
      case "eom": return today.endOfMonth
      case "eow": return today.adding(days: 7 - today.weekday)
      case "eoy": return CalendarDate(year: today.year, month: 12, day: 31)
      default: break
      }
      if let date = CalendarDate(parsing: word) { return date }
      if let weekday = weekdays[word] {
        return direction == .future
          ? next(weekday, after: today) : last(weekday, onOrBefore: today)
      }
      if let match = word.wholeMatch(of: /([+-]?)(\d{1,4})([a-z]+)/) {
        return offset(String(match.2), String(match.3), from: today, sign: match.1 == "-" ? -1 : 1)
      }
      return nil
    default:
      if words.count == 3, words[0] == "in" {
        return offset(words[1], words[2], from: today, sign: 1)
      }
      if words.count == 3, words[2] == "ago" {
        return offset(words[0], words[1], from: today, sign: -1)
      }
      if words.count == 2, words[1] == "ago",
        let match = words[0].wholeMatch(of: /(\d{1,4})([a-z]+)/)
      {
        return offset(String(match.1), String(match.2), from: today, sign: -1)
      }
      switch words.joined(separator: " ") {
      case "next week": return next(1, after: today)  // its Monday
      case "next month": return today.endOfMonth.adding(days: 1)
      case "next year": return CalendarDate(year: today.year + 1, month: 1, day: 1)
      case "end of week": return date(["eow"], today: today, direction: direction)
      case "end of month": return date(["eom"], today: today, direction: direction)
      case "end of year": return date(["eoy"], today: today, direction: direction)
      default: break
      }
      if words.count == 2, let weekday = weekdays[words[1]] {
        switch words[0] {
        case "this": return today.weekday == weekday ? today : next(weekday, after: today)
        case "next", "coming": return next(weekday, after: today)
        case "last", "past": return last(weekday, onOrBefore: today.adding(days: -1))
        default: break
        }
      }
      if words.count == 2, let number = Int(words[0]), Cadence.unit(named: words[1]) != nil {
        return offset(String(number), words[1], from: today, sign: 1)
      }
      return monthDay(words, today: today, direction: direction)
    }
  }

  private static func offset(_ count: String, _ unit: String, from today: CalendarDate, sign: Int)
    -> CalendarDate?
  {
    guard let count = Int(count), count <= 99_999, let unit = Cadence.unit(named: unit) else {
      return nil
    }
    let date = Cadence(count: sign * count, unit: unit).after(today)
    return date == .latest || date == .earliest ? nil : date
  }

  private static func next(_ weekday: Int, after today: CalendarDate) -> CalendarDate {
    let ahead = (weekday - today.weekday + 7) % 7
    return today.adding(days: ahead == 0 ? 7 : ahead)
  }

  private static func last(_ weekday: Int, onOrBefore day: CalendarDate) -> CalendarDate {
    day.adding(days: -((day.weekday - weekday + 7) % 7))
  }

  /// The month, day and year of lower-case `words` such as `dec 1`, `december 1st`,
  /// `1 dec`, with an optional year after (`dec 1, 2026`); the day is not checked.
  static func monthDay(_ words: [String]) -> (month: Int, day: Int, year: Int?)? {
    guard words.count == 2 || words.count == 3 else { return nil }
    var year: Int?
    if words.count == 3 {
      guard let value = Int(words[2]), words[2].count == 4 else { return nil }
      year = value
    }
    func dayNumber(_ word: String) -> Int? {
      Int(word.prefix { $0.isNumber }).flatMap { day in
        let suffix = word.drop { $0.isNumber }
        return ["", "st", "nd", "rd", "th", ","].contains(String(suffix)) ? day : nil
      }
    }
    let monthWord = words[0].hasSuffix(",") ? String(words[0].dropLast()) : words[0]
    guard
      let (month, day) = months[monthWord].flatMap({ month in
        dayNumber(words[1]).map { (month, $0) }
      })
        ?? months[words[1].trimmingCharacters(",")].flatMap({ month in
          dayNumber(words[0]).map { (month, $0) }
        })
    else { return nil }
    return (month, day, year)
  }

  /// `parse` for the value of command-line option `option` (`--next`), whose name its
  /// errors then carry.
  public static func parse(
    _ text: String, option: String, today: CalendarDate, direction: Direction
  ) throws(FuError) -> CalendarDate {
    do {
      return try parse(text, today: today, direction: direction)
    } catch {
      throw .option(option, error)
    }
  }

  /// `dec 1`, `december 1st`, `1 dec`, with an optional year after. Without a year, the
  /// nearest such day on or after today (`.future`) or on or before it (`.past`): for
  /// `feb 29`, that can be years away.
  private static func monthDay(_ words: [String], today: CalendarDate, direction: Direction)
    -> CalendarDate?
  {
    guard let (month, day, year) = monthDay(words) else { return nil }
    if let year { return CalendarDate(year: year, month: month, day: day) }
    // Leap days come at most 8 years apart (2096, then 2104).
    return (0...8).lazy.compactMap { step in
      CalendarDate(
        year: today.year + (direction == .future ? step : -step), month: month, day: day)
    }.first { direction == .future ? $0 >= today : $0 <= today }
  }

  private static let weekdays: [String: Int] = {
    var table: [String: Int] = [:]
    let names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    for (index, name) in names.enumerated() {
      table[name] = index + 1
      table[String(name.prefix(3))] = index + 1
    }
    table["tues"] = 2
    table["thur"] = 4
    table["thurs"] = 4
    return table
  }()

  private static let months: [String: Int] = {
    var table: [String: Int] = [:]
    let names = [
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december",
    ]
    for (index, name) in names.enumerated() {
      table[name] = index + 1
      table[String(name.prefix(3))] = index + 1
    }
    table["sept"] = 9
    return table
  }()
}

extension String {
  fileprivate func trimmingCharacters(_ character: Character) -> String {
    hasSuffix(String(character)) ? String(dropLast()) : self
  }
}
