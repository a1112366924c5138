extension Contact {
  /// Reads the facts in a front matter's `fields` into the contact: its name, dates,
  /// cadence, tags and the rest. A field fu cannot read is left unset, with a warning at
  /// its line in `diagnostics`; of a key written twice, the first counts.
  mutating func read(_ fields: [FrontMatter.Field], diagnostics: inout [Diagnostic]) {
    var reader = FieldReader(path: path, diagnostics: diagnostics)
    // Front matters have a dozen keys: looking back through them costs less than hashing
    // each into a dictionary, which only a long one is worth.
    var seen: [String: Int]? = fields.count > 16 ? [:] : nil
    for (position, field) in fields.enumerated() {
      let first =
        seen.map { $0[field.normalizedKey] }
        ?? fields[..<position].firstIndex { $0.normalizedKey == field.normalizedKey }
      if let first {
        reader.warn(
          field,
          "key `\(field.key)` repeats `\(fields[first].key)` from line \(fields[first].line + 1); fu reads the first"
        )
        continue
      }
      seen?[field.normalizedKey] = position
      if let key = ContactKey.named(field.normalizedKey) {
        if let value = reader.value(field, as: key.kind) { self[key] = value }
        continue
      }
      switch field.normalizedKey {
      case "birthday":
        guard let text = reader.text(field) else { break }
        if let occasion = Occasion(key: "birthday", parsing: text) {
          occasions.append(occasion)
        } else {
          reader.warn(
            field,
            "`\(field.key)` is not a birthday: \"\(text)\" (expected YYYY-MM-DD, --MM-DD or June 23); read as unset"
          )
        }
      default:
        // Any other key holding a day of the year may be an anniversary the config names.
        // Most user values (emails, companies) have no digit: those are not tried.
        if case .text(let text) = field.value, text.utf8.count <= 32,
          text.utf8.contains(where: { (0x30...0x39).contains($0) }),
          let occasion = Occasion(key: field.normalizedKey, parsing: text.trimmingSpaces())
        {
          occasions.append(occasion)
        }
      }
    }
    diagnostics = reader.diagnostics
  }
}

/// Reads one field's value as the kind of value its key wants, and says when it is not.
private struct FieldReader {
  var path: String
  var diagnostics: [Diagnostic]

  /// The field's value read as `kind` wants it; `nil` leaves the contact's as it is.
  mutating func value(_ field: FrontMatter.Field, as kind: ContactKey.Kind) -> ContactKey.Value? {
    switch kind {
    case .name:
      guard case .text(let name) = field.value else { return nil }
      let trimmed = name.trimmingSpaces()
      return trimmed.isEmpty ? nil : .text(trimmed)
    case .text:
      return .text(text(field))
    case .names:
      return .names(strings(field).filter { !$0.isEmpty })
    case .tags:
      // A list keeps its items whole ("new york"); a string splits on commas and spaces.
      let words: [String]
      if case .text(let text) = field.value {
        words = text.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
      } else {
        words = strings(field)
      }
      return .names(words.map { String($0.drop { $0 == "#" }) }.filter { !$0.isEmpty })
    case .date:
      return .date(date(field))
    case .cadence:
      guard let text = text(field) else { return .cadence(nil) }
      if let cadence = Cadence(parsing: text) { return .cadence(cadence) }
      warn(
        field,
        "unknown cadence \"\(text)\": use a count and a unit (10d, 2w, 3m, 1y) or weekly, biweekly, monthly, quarterly, yearly"
      )
      return nil
    case .sequence:
      // Kept whole, empty items and all: a sequence fu cannot read is a problem where it is
      // used (`FollowUpPractice`), never a guess.
      let line = field.line + 1
      switch field.value {
      case .empty: return .sequence(nil)
      case .text(let text):
        let items = text.split(separator: ",", omittingEmptySubsequences: false)
          .map { $0.trimmingSpaces() }
        guard items != [""] else { return .sequence(nil) }
        return .sequence(SequenceSetting(items: items, isList: items.count > 1, line: line))
      case .list(let items):
        return .sequence(SequenceSetting(items: items.map { $0.trimmingSpaces() }, line: line))
      case .structured:
        return .sequence(SequenceSetting(items: nil, line: line))
      }
    }
  }

  mutating func warn(_ field: FrontMatter.Field, _ message: String) {
    diagnostics.append(Diagnostic(path: path, line: field.line + 1, message: message))
  }

  /// A single value, trimmed; `nil` when there is none.
  mutating func text(_ field: FrontMatter.Field) -> String? {
    switch field.value {
    case .empty: return nil
    case .text(let text):
      let trimmed = text.trimmingSpaces()
      return trimmed.isEmpty ? nil : trimmed
    case .list, .structured:
      warn(field, "`\(field.key)` should be a single value")
      return nil
    }
  }

  /// A list, or a single value split at commas, each item trimmed.
  mutating func strings(_ field: FrontMatter.Field) -> [String] {
    switch field.value {
    case .empty: return []
    case .text(let text): return text.split(separator: ",").map { $0.trimmingSpaces() }
    case .list(let items): return items.map { $0.trimmingSpaces() }
    case .structured:
      warn(field, "`\(field.key)` should be a list of names")
      return []
    }
  }

  mutating func date(_ field: FrontMatter.Field) -> CalendarDate? {
    guard let text = text(field) else { return nil }
    if let date = CalendarDate(parsing: text) { return date }
    warn(field, "`\(field.key)` is not a date: \"\(text)\" (expected YYYY-MM-DD); read as unset")
    return nil
  }
}
