import FuKit

/// The keys of `fu review` and what each does: the hint under a card, the `?` screen and
/// `fu help review` say it from this one table.
enum ReviewKey: CaseIterable {
  case log, sent, snooze, draft, edit, skip, quit, help

  /// The key a byte read in raw mode is: a letter in either case, Enter, Ctrl-C or Ctrl-D
  /// (quit); `nil` for any other.
  init?(_ byte: UInt8) {
    switch byte {
    case UInt8(ascii: "l"), UInt8(ascii: "L"): self = .log
    case UInt8(ascii: "s"), UInt8(ascii: "S"): self = .sent
    case UInt8(ascii: "z"), UInt8(ascii: "Z"): self = .snooze
    case UInt8(ascii: "d"), UInt8(ascii: "D"): self = .draft
    case UInt8(ascii: "e"), UInt8(ascii: "E"): self = .edit
    case UInt8(ascii: "\r"), UInt8(ascii: "\n"): self = .skip
    case UInt8(ascii: "q"), UInt8(ascii: "Q"), 3, 4: self = .quit
    case UInt8(ascii: "?"), UInt8(ascii: "h"), UInt8(ascii: "H"): self = .help
    default: return nil
    }
  }

  /// The key as the user presses it.
  var label: String {
    switch self {
    case .log: "l"
    case .sent: "s"
    case .snooze: "z"
    case .draft: "d"
    case .edit: "e"
    case .skip: "Enter"
    case .quit: "q"
    case .help: "?"
    }
  }

  /// What it does, in a word.
  var word: String {
    switch self {
    case .log: "log"
    case .sent: "sent"
    case .snooze: "snooze"
    case .draft: "draft"
    case .edit: "edit"
    case .skip: "skip"
    case .quit: "quit"
    case .help: "help"
    }
  }

  /// What it does, in a sentence.
  var explanation: String {
    switch self {
    case .log:
      "log: asks what happened, then the next follow-up (Enter: fu's usual rule), as fu log does"
    case .sent:
      "log as sent, an attempt with no answer yet (#sent), as fu log --sent does; a tag in the message (#email, #linkedin) says how"
    case .snooze: "snooze: asks when (friday, 2w, dec 1, or none), as fu snooze does"
    case .draft:
      "draft: shows the message fu draft gives (the template the contact's state calls for) under the card, then asks again"
    case .edit: "edit the file in $VISUAL or $EDITOR, as fu edit does; the card reads it again"
    case .skip: "skip: leave this contact as it is"
    case .quit: "quit (Ctrl-C too): the summary says what was done"
    case .help: "these keys"
    }
  }

  /// The keys in lines of at most `width` columns (20 or more): `l log  s sent  ...  ?
  /// help` on one line, else on two, else the keys alone, on one line or two.
  static func hint(width: Int) -> [String] {
    let words = allCases.map { "\($0.label) \($0.word)" }
    let half = (words.count + 1) / 2
    let keys = allCases.filter { $0 != .help }.map(\.label)
    let keysHalf = (keys.count + 1) / 2
    for lines in [
      [words.joined(separator: "  ")],
      [words[..<half].joined(separator: "  "), words[half...].joined(separator: "  ")],
      [keys.joined(separator: " ") + "  ? help"],
    ] where lines.allSatisfy({ TextLayout.width($0) <= width }) {
      return lines
    }
    return [
      keys[..<keysHalf].joined(separator: " "),
      keys[keysHalf...].joined(separator: " ") + "  ? help",
    ]
  }

  /// Every key with its sentence, wrapped at `width` columns.
  static func help(width: Int) -> [String] {
    let labelWidth = allCases.map { $0.label.count }.max() ?? 0
    return allCases.flatMap { key in
      TextLayout.wrap(key.explanation, width: width - 4 - labelWidth).enumerated().map {
        "  " + TextLayout.pad($0.offset == 0 ? key.label : "", labelWidth) + "  " + $0.element
      }
    }
  }
}
