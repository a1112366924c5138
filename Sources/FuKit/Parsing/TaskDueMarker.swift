/// The due date an open task carries: `📅 2026-12-01` or `due:2026-12-01`, at the start of
/// the task's text or after white space, optionally followed by a time (`T14:30`, ` 09:00:00`).
///
/// Read by hand rather than with a regex: a task list can have many thousands of items, and
/// a Swift regex literal is compiled again each time it is evaluated.
struct TaskDueMarker {
  /// The whole marker, with the white space before it, so that removing it leaves the label.
  var range: Range<String.Index>
  /// The `YYYY-MM-DD` text (the day may not exist: the caller checks).
  var date: Substring

  /// The first marker in `text`, if any.
  init?(in text: Substring) {
    let scalars = text.unicodeScalars
    var start = scalars.startIndex
    while start < scalars.endIndex {
      if start == scalars.startIndex, let found = TaskDueMarker.match(scalars, from: start) {
        self.init(range: start..<found.end, date: text[found.date])
        return
      }
      if TaskDueMarker.isWhitespace(scalars[start]) {
        let after = scalars.index(after: start)
        if let found = TaskDueMarker.match(scalars, from: after) {
          self.init(range: start..<found.end, date: text[found.date])
          return
        }
      }
      start = scalars.index(after: start)
    }
    return nil
  }

  private init(range: Range<String.Index>, date: Substring) {
    self.range = range
    self.date = date
  }

  /// The marker's date and end when one starts at `index`.
  private static func match(
    _ scalars: Substring.UnicodeScalarView, from index: String.Index
  ) -> (date: Range<String.Index>, end: String.Index)? {
    var cursor = index
    if cursor < scalars.endIndex, scalars[cursor] == "📅" {
      cursor = scalars.index(after: cursor)
      while cursor < scalars.endIndex, isWhitespace(scalars[cursor]) {
        cursor = scalars.index(after: cursor)
      }
    } else if !consume("due:", in: scalars, at: &cursor) {
      return nil
    }
    let dateStart = cursor
    guard consumePattern("dddd-dd-dd", in: scalars, at: &cursor) else { return nil }
    let dateEnd = cursor
    var time = cursor
    if time < scalars.endIndex, scalars[time] == "T" || scalars[time] == " " {
      time = scalars.index(after: time)
      if consumePattern("dd:dd", in: scalars, at: &time) {
        cursor = time
        var seconds = time
        if consumePattern(":dd", in: scalars, at: &seconds) { cursor = seconds }
      }
    }
    return (dateStart..<dateEnd, cursor)
  }

  /// White space as a regex's `\s` reads it; ASCII is decided without a property lookup.
  private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII
      ? scalar == " " || (0x09...0x0D).contains(scalar.value) : scalar.properties.isWhitespace
  }

  /// Moves past `literal` when the text at `cursor` starts with it.
  private static func consume(
    _ literal: String, in scalars: Substring.UnicodeScalarView, at cursor: inout String.Index
  ) -> Bool {
    var probe = cursor
    for expected in literal.unicodeScalars {
      guard probe < scalars.endIndex, scalars[probe] == expected else { return false }
      probe = scalars.index(after: probe)
    }
    cursor = probe
    return true
  }

  /// Moves past text of `pattern`'s shape, where `d` stands for an ASCII digit.
  private static func consumePattern(
    _ pattern: StaticString, in scalars: Substring.UnicodeScalarView,
    at cursor: inout String.Index
  ) -> Bool {
    var probe = cursor
    for index in 0..<pattern.utf8CodeUnitCount {
      let expected = pattern.utf8Start[index]
      guard probe < scalars.endIndex else { return false }
      let value = scalars[probe].value
      if expected == UInt8(ascii: "d") {
        guard (0x30...0x39).contains(value) else { return false }
      } else if value != UInt32(expected) {
        return false
      }
      probe = scalars.index(after: probe)
    }
    cursor = probe
    return true
  }
}
