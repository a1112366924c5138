extension Fu.Review {
  /// What `fu help review` teaches: what is reviewed, the keys, the prompts.
  static let discussion = """
    Follow-Up Friday: fu review shows what fu agenda lists (by default what is due today \
    or earlier; --days and --tag as there), one contact at a time: why it is due, where \
    its attempts stand, its notes and its last log entries. Press a key to deal with it:

    \(ReviewKey.help(width: 76).joined(separator: "\n"))

    A log asks what happened (Enter alone goes back, writing nothing), then the next \
    follow-up: Enter for fu's usual rule (the one fu log follows without --next, named in \
    the question), or a date as fu snooze reads it (friday, 2w, dec 1, none). A date fu \
    cannot read is asked again. Each action writes as its command does (the same checks, \
    the same atomic write, the same commit when git.autocommit is on); a file changed \
    meanwhile is read again. Ctrl-D goes back from a question; Ctrl-C quits, leaving \
    every file as it was or fully written. At the end, fu says what it did: how many \
    contacts were logged, sent, snoozed and skipped.

    fu review needs a terminal; fu agenda gives the same list to read or to pipe.

    Examples:
      fu review                         # what is due today or earlier
      fu review --days 7 --tag investor
    """
}
