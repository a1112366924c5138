/// Splits a command line such as `$VISUAL` into words the way a POSIX shell does, without
/// expanding anything: `$VAR`, `$(...)`, `~` and `*` stay as they are written.
public enum ShellWords {
  /// The words of `command`: separated by unquoted spaces, tabs and newlines, with single
  /// quotes, double quotes and backslashes removed as the shell removes them. An unterminated
  /// quote or a trailing lone backslash throws `FuError.editorFailed`.
  public static func split(_ command: String) throws(FuError) -> [String] {
    var words: [String] = []
    var word = String.UnicodeScalarView()
    var inWord = false
    var scalars = command.unicodeScalars.makeIterator()

    func fail(_ problem: String) -> FuError {
      .editorFailed(editor: command, reason: "cannot be split into words: \(problem)")
    }

    while let scalar = scalars.next() {
      switch scalar {
      case " ", "\t", "\n":
        if inWord { words.append(String(word)) }
        word = String.UnicodeScalarView()
        inWord = false
      case "'":
        inWord = true
        while true {
          guard let next = scalars.next() else { throw fail("unterminated single quote") }
          if next == "'" { break }
          word.append(next)
        }
      case "\"":
        inWord = true
        while true {
          guard let next = scalars.next() else { throw fail("unterminated double quote") }
          if next == "\"" { break }
          guard next == "\\" else {
            word.append(next)
            continue
          }
          guard let escaped = scalars.next() else { throw fail("unterminated double quote") }
          switch escaped {
          case "\n": break
          case "\"", "\\", "$", "`": word.append(escaped)
          default: word.append(contentsOf: ["\\", escaped])
          }
        }
      case "\\":
        guard let escaped = scalars.next() else { throw fail("ends with a lone backslash") }
        if escaped != "\n" {
          word.append(escaped)
          inWord = true
        }
      default:
        word.append(scalar)
        inWord = true
      }
    }
    if inWord { words.append(String(word)) }
    return words
  }
}
