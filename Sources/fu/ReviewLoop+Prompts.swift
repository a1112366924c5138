import FuKit

extension ReviewLoop {
  /// What a question about a date came to.
  enum Reply: Equatable {
    /// A day, or none; `nil` for fu's usual rule.
    case next(NextFollowUp?)
    /// Back to the card, nothing done (Ctrl-D, or Enter where it means that).
    case back
    /// Ctrl-C: the review stops.
    case stop
  }

  /// Asks `question` until the answer is a date or `none`, saying what is wrong with one
  /// that is not; Enter alone is `onEnter`, or, when that is `nil`, `enterProblem` said
  /// again and the question asked again.
  func askDate(_ question: String, onEnter: Reply?, enterProblem: String?) -> Reply {
    while true {
      screen.ask(question)
      switch TerminalInput.line() {
      case .interrupted: return .stop
      case .cancelled: return .back
      case .notUTF8: screen.say("fu: error: " + TerminalInput.notUTF8)
      case .text(let text) where text.allSatisfy(\.isWhitespace):
        if let onEnter { return onEnter }
        screen.say(enterProblem ?? "")
      case .text(let text):
        do {
          return .next(try NextFollowUp.parse(text, today: review.workspace.today))
        } catch {
          screen.say(describe(error))
        }
      }
    }
  }

  /// Opens the current contact's file in the user's editor, as `fu edit` does, and counts
  /// the edit when the file changed; the next card reads it again.
  mutating func edit() {
    guard let path = review.path else { return }
    let vault = review.workspace.vault
    let before = vault.bytes(of: path)
    TerminalMode.cooked()
    Terminal.write(TerminalMode.leaveScreen)
    defer {
      TerminalMode.installHandlers()
      Terminal.write(TerminalMode.enterScreen)
    }
    do {
      try review.workspace.edit(path)
    } catch {
      messages = [describe(error)]
      return
    }
    if vault.bytes(of: path) != before {
      review.noteEdited()
      messages = ["Edited \(vault.displayPath(of: path)); the card is read again."]
    }
  }

  /// Shows the keys until a key is pressed; false when that key quits.
  func showHelp() -> Bool {
    screen.drawHelp()
    switch TerminalInput.key() {
    case .end: return false
    case .byte(let byte): return ReviewKey(byte) != .quit
    case .sequence, .resized: return true
    }
  }

  /// Puts the draft `fu draft` gives under the card; the card stays.
  mutating func showDraft() {
    do {
      let draft = try review.draft()
      let lines = draft.text.split(separator: "\n", omittingEmptySubsequences: false)
      messages =
        ["Draft (\(draft.template)\(draft.to.map { ", to \($0)" } ?? "")):", ""]
        + lines.dropLast().map(String.init)
    } catch {
      messages = [describe(error)]
    }
  }

  /// `fu: error: ...`, its file named as the user can open it.
  func describe(_ error: any Error) -> String {
    let text =
      (error as? FuError)?.located(in: review.workspace.vault).description ?? "\(error)"
    return "fu: error: " + text
  }
}
