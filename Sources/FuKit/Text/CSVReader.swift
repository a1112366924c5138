/// Reads comma-separated values as RFC 4180 writes them: fields in double quotes may hold
/// commas, line breaks and doubled quotes; lines end in CRLF or LF.
enum CSVReader {
  /// A record: its fields and the 1-based line it starts on.
  struct Record: Equatable {
    var fields: [String]
    var line: Int
  }

  /// The records of `text`, their fields split at `separator` (`;` is how spreadsheets
  /// write CSV where the comma is the decimal mark); blank lines are skipped. Throws the
  /// line of a quote that is never closed.
  static func records(_ text: String, separator: Unicode.Scalar = ",") throws(CSVError)
    -> [Record]
  {
    var records: [Record] = []
    var fields: [String] = []
    var field = ""
    var line = 1
    var start = 1
    var inQuotes = false
    var quoteLine = 1
    var iterator = text.unicodeScalars.makeIterator()
    var pending = iterator.next()
    func endRecord() {
      fields.append(field)
      field = ""
      if !(fields.count == 1 && fields[0].isEmpty) {
        records.append(Record(fields: fields, line: start))
      }
      fields = []
    }
    while let scalar = pending {
      pending = iterator.next()
      if inQuotes {
        if scalar == "\"" {
          if pending == "\"" {
            field.unicodeScalars.append("\"")
            pending = iterator.next()
          } else {
            inQuotes = false
          }
        } else {
          if scalar == "\n" { line += 1 }
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"" where field.isEmpty:
        inQuotes = true
        quoteLine = line
      case separator:
        fields.append(field)
        field = ""
      case "\r" where pending == "\n":
        break
      case "\n", "\r":
        endRecord()
        line += 1
        start = line
      default:
        field.unicodeScalars.append(scalar)
      }
    }
    if inQuotes { throw CSVError(line: quoteLine) }
    if !field.isEmpty || !fields.isEmpty { endRecord() }
    return records
  }

  /// A quoted field that is never closed.
  struct CSVError: Error, Equatable {
    /// The line the quote opens on.
    var line: Int
  }
}
