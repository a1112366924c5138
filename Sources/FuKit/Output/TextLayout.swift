/// Fitting values into columns of terminal text.
public enum TextLayout {
  /// `text` on one line with no control characters: a file's value must not move the
  /// cursor, ring the bell or colour the terminal.
  public static func printable(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
  }

  /// `text` followed by spaces up to `width` characters.
  public static func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
  }

  /// `text` cut to `width` characters, the cut marked with `…`.
  public static func truncate(_ text: String, to width: Int) -> String {
    guard text.count > width else { return text }
    guard width > 1 else { return String(text.prefix(width)) }
    return String(text.prefix(width - 1)) + "…"
  }

  /// `text` with control characters written as escapes (`\u{a}`, `\0`), for messages that
  /// quote what the user typed.
  public static func escaped(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      if scalar.properties.generalCategory == .control {
        out += scalar.value == 0 ? "\\0" : "\\u{\(String(scalar.value, radix: 16))}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}

extension TextLayout {
  /// Column widths that fit `width`: the `natural` widths, with `gap` spaces between
  /// columns, narrowed stage by stage: each `(column, minimum)` of `stages` in turn takes
  /// its column down towards its minimum until the row fits. When every stage is spent, the
  /// row runs over rather than wraps.
  public static func fit(
    natural: [Int], stages: [(column: Int, minimum: Int)], width: Int, gap: Int = 2
  ) -> [Int] {
    var widths = natural
    var excess = widths.reduce(0, +) + gap * max(0, widths.count - 1) - width
    for (column, minimum) in stages where excess > 0 {
      let cut = min(excess, max(0, widths[column] - minimum))
      widths[column] -= cut
      excess -= cut
    }
    return widths
  }
}
