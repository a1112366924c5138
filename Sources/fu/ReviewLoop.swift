import FuKit

/// `fu review` at the terminal: a card, a key, the action (its questions asked in the
/// user's own terminal mode), until every card is done or the user quits. What each key
/// does is `Review`'s; this only reads and shows.
struct ReviewLoop {
  var review: Review
  let screen: ReviewScreen
  /// What to show under the next card: what the last action did, errors, warnings.
  var messages: [String] = []

  init(review: Review, screen: ReviewScreen) {
    self.review = review
    self.screen = screen
    self.review.workspace.reporter = ReviewWarnings.reporter
  }

  /// Runs until every card is done, or the user quits.
  mutating func run() {
    while !review.isFinished {
      let card = Result { () throws(FuError) in try review.card() }
      screen.draw(
        card, messages: messages + ReviewWarnings.takeNew(), vault: review.workspace.vault)
      TerminalMode.raw()
      let pressed = TerminalInput.key()
      if pressed == .resized { continue }  // drawn again at the new width, as it was
      messages = []
      switch pressed {
      case .resized, .end: return
      case .sequence: messages = ["That key does nothing here; ? shows the keys."]
      case .byte(let byte):
        guard let key = ReviewKey(byte) else {
          messages = ["That key does nothing here; ? shows the keys."]
          continue
        }
        switch key {
        case .quit: return
        case .skip: review.skip()
        case .help: if !showHelp() { return }
        case .log, .sent: if !log(sent: key == .sent) { return }
        case .snooze: if !snooze() { return }
        case .edit: edit()
        case .draft: showDraft()
        }
      }
    }
  }

  /// Asks for the message, then the next follow-up, and logs; false when the user stopped
  /// (Ctrl-C). Ctrl-D, or no message, goes back to the card with nothing written.
  private mutating func log(sent: Bool) -> Bool {
    TerminalMode.cooked()
    screen.ask(
      sent
        ? "What did you send? A tag says how (#email, #linkedin). Enter alone goes back."
        : "What happened? Enter alone goes back.")
    let message: String
    switch TerminalInput.line() {
    case .interrupted: return false
    case .cancelled: return true
    case .notUTF8:
      messages = ["fu: error: " + TerminalInput.notUTF8 + "; nothing was logged"]
      return true
    case .text(let text):
      guard !text.allSatisfy(\.isWhitespace) else { return true }
      message = text
    }
    // Enter takes fu's usual rule, said in the question; when it cannot be known (a
    // sequence fu cannot read), a date must be given.
    var question = "Next follow-up? Enter: "
    var enter: Reply? = .next(nil)
    var problem: String?
    do {
      let usual = try review.usualNextFollowUp(message: message, sent: sent)
      question +=
        usual.map { "\(review.workspace.describe($0)); or a date, or none." }
        ?? "none; or a date (friday, 2w, dec 1)."
    } catch {
      problem = describe(error)
      screen.say(problem ?? "")
      (question, enter) = ("Next follow-up? A date (friday, 2w, dec 1), or none.", nil)
    }
    let reply = askDate(question, onEnter: enter, enterProblem: problem)
    guard case .next(let next) = reply else { return reply != .stop }
    do {
      messages = [try review.log(message: message, next: next, sent: sent)]
      review.workspace.warnIfPassed(next)
    } catch {
      messages = [describe(error)]
    }
    return true
  }

  /// Asks when, and snoozes; false when the user stopped (Ctrl-C).
  private mutating func snooze() -> Bool {
    TerminalMode.cooked()
    let question = "Snooze until? A date (friday, 2w, dec 1), or none. Enter alone goes back."
    switch askDate(question, onEnter: .back, enterProblem: nil) {
    case .stop: return false
    case .back: return true
    case .next(let next):
      do {
        messages = [try review.snooze(to: next ?? .none)]
        review.workspace.warnIfPassed(next)
      } catch {
        messages = [describe(error)]
      }
      return true
    }
  }
}
