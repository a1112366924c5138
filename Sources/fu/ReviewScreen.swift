import FuKit

/// What `fu review` shows: a card at a time on a cleared screen, what happened under it,
/// then the keys; the `?` screen; the questions of a prompt.
struct ReviewScreen {
  var style: Style
  var dates: DateDisplay

  /// The terminal's width now (it may change between cards).
  var width: Int { max(20, Terminal.width ?? 80) }

  /// Clears the screen and puts the cursor at its top.
  private static let clear = "\u{1B}[H\u{1B}[2J"

  /// Draws `card` (or why it cannot be read), `messages` below it, then the keys.
  func draw(_ card: Result<ReviewCard?, FuError>, messages: [String], vault: Vault) {
    var lines: [String]
    switch card {
    case .success(let card?): lines = card.lines(width: width, style: style, dates: dates)
    case .success(nil): lines = []
    case .failure(let error):
      lines = wrapped(error: error.located(in: vault).description)
      lines += ["", "e edits the file, Enter skips it."]
    }
    lines +=
      [""]
      + messages.flatMap { message in
        message.isEmpty ? [""] : TextLayout.wrap(TextLayout.printable(message), width: width)
      }
    if !messages.isEmpty { lines.append("") }
    lines += ReviewKey.hint(width: width).map(style.dim)
    Terminal.write(ReviewScreen.clear + lines.joined(separator: "\n") + "\n")
  }

  /// Draws the keys and what each does.
  func drawHelp() {
    let lines =
      [style.bold("fu review: the keys"), ""] + ReviewKey.help(width: width)
      + ["", style.dim("Press any key to go back to the card.")]
    Terminal.write(ReviewScreen.clear + lines.joined(separator: "\n") + "\n")
  }

  /// Writes `question`, wrapped, then the prompt `> ` on a line of its own.
  func ask(_ question: String) {
    let lines = TextLayout.wrap(TextLayout.printable(question), width: width)
    Terminal.write("\n" + lines.joined(separator: "\n") + "\n" + style.bold("> "))
  }

  /// Writes `message` (an error at a prompt), wrapped.
  func say(_ message: String) {
    Terminal.write(
      TextLayout.wrap(TextLayout.printable(message), width: width).joined(separator: "\n") + "\n")
  }

  /// `fu: error: ...` for `error`, wrapped.
  func wrapped(error: String) -> [String] {
    TextLayout.wrap(TextLayout.printable("fu: error: " + error), width: width)
  }
}
