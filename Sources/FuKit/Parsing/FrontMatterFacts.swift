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
      switch field.normalizedKey {
      case "name":
        if case .text(let name) = field.value {
          let name = name.trimmingSpaces()
          if !name.isEmpty { self.name = name }
        }
      case "aliases":
        aliases = reader.strings(field).filter { !$0.isEmpty }
      case "next_follow_up":
        nextFollowUp = reader.date(field)
      case "last_contact":
        lastContact = reader.date(field)
      case "cadence":
        guard let text = reader.text(field) else { break }
        if let cadence = Cadence(parsing: text) {
          self.cadence = cadence
        } else {
          reader.warn(
            field,
            "unknown cadence \"\(text)\": use a count and a unit (10d, 2w, 3m, 1y) or weekly, biweekly, monthly, quarterly, yearly"
          )
        }
      case "notes":
        notes = reader.text(field)
      case "tags":
        // A list keeps its items whole ("new york"); a string splits on commas and spaces.
        let words: [String]
        if case .text(let text) = field.value {
          words = text.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
        } else {
          words = reader.strings(field)
        }
        tags = words.map { String($0.drop { $0 == "#" }) }.filter { !$0.isEmpty }
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
