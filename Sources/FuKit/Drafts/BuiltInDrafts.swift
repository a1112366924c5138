/// The templates fu has when the vault has no file of their name: short, plain messages in
/// the spirit of the follow-up guides. Each is personal (it names the last conversation),
/// asks for little, and reads well once edited by hand.
public enum BuiltInDrafts {
  /// A check-in after a while, referring to the last conversation: for a contact with no
  /// attempt waiting.
  public static let checkIn = DraftTemplate(
    name: "check-in", subject: "Catching up",
    body: """
      Hi {{first_name}},

      I was thinking back to our last conversation ({{last_topic}}) and wondered how things have moved on since.

      No agenda on my side: if you have twenty minutes in the coming weeks, I'd love to hear what you're working on.

      Best,
      {{me}}
      """)

  /// Thanks for a meeting or a favour, best sent within a day.
  public static let thankYou = DraftTemplate(
    name: "thank-you", subject: "Thank you",
    body: """
      Hi {{first_name}},

      Thank you for taking the time to talk. I really enjoyed it, and came away with plenty to think about ({{last_topic}}).

      If there's anything I can do on my side, just say the word.

      Thanks again,
      {{me}}
      """)

  /// A short, friendly reminder after an attempt with no answer yet.
  public static let nudge = DraftTemplate(
    name: "nudge", subject: "Following up",
    body: """
      Hi {{first_name}},

      I'm following up on my note from {{waiting_since}} ({{last_topic}}), in case it got buried. I know how full inboxes get.

      Is this still of interest? A one-line reply, even a "not now", would help me a lot.

      Best,
      {{me}}
      """)

  /// Something useful, with nothing asked in return.
  public static let valueAdd = DraftTemplate(
    name: "value-add", subject: "Thought of you",
    body: """
      Hi {{first_name}},

      I came across this and thought of you:

      [the article, the tool or the introduction]

      It made me think of our last conversation ({{last_topic}}). No need to reply; I just thought you'd find it useful.

      All the best,
      {{me}}
      """)

  /// The last try: says so politely and leaves the door open.
  public static let closeTheLoop = DraftTemplate(
    name: "close-the-loop", subject: "Closing the loop",
    body: """
      Hi {{first_name}},

      I've written a few times since {{waiting_since}} without hearing back, so I'll take it that now isn't the right time, and this is my last note on it.

      If things change, my door is open: just reply to this email, even months from now.

      Wishing you all the best,
      {{me}}
      """)

  /// Every built-in template, by name.
  public static let all = [checkIn, thankYou, nudge, valueAdd, closeTheLoop]

  /// The template fu drafts when none is named: `close-the-loop` when the next attempt is
  /// the last try, `nudge` while attempts wait for an answer, `value-add` after the last
  /// try, to re-engage when the rest is over (a nudge "in case it got buried" would not do,
  /// months after closing the loop), else `check-in`.
  public static func defaultName(for progress: AttemptProgress?) -> String {
    switch progress?.nextStep {
    case .lastTry?: closeTheLoop.name
    case .tryAgain?: nudge.name
    case .reengage?: valueAdd.name
    case nil: checkIn.name
    }
  }
}
