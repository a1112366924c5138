extension Fu.Log {
  /// What `fu help log` teaches: the rules of the follow-up, WHO and WHEN, examples.
  static let discussion = """
    Adds `- YYYY-MM-DD: MESSAGE` to the contact's interaction log (at its place by date), \
    sets last_contact to that day if it is later, and moves next_follow_up on: to --next, \
    else to the new last_contact + cadence (the contact's, else its tags' from the \
    config), else empties it once it has passed. Logging an interaction older than \
    last_contact moves neither date, unless next_follow_up was due by then. Nothing else \
    in the file changes.

    When nobody answers: --sent logs an attempt (the entry ends with #sent). The \
    follow-up then comes from the contact's sequence of waits (its `sequence` key, else \
    the config's follow_up.sequence, else 2d, 4d, 1w, 2w: you write on day 1, 3, 7, 14 \
    and 28). The 5th open attempt (follow_up.max_attempts) is the last try; then the \
    contact rests for follow_up.reengage (3m). After open attempts, a log that is no attempt (no --sent, no #sent in it) is an \
    answer: it ends the run, and the follow-up becomes --next, else last_contact + \
    cadence, else none.

    WHO is a file name, a path, a name, an alias, or a unique prefix of any of their \
    words, case- and accent-insensitive; else an email address in the contact's email. \
    WHEN is YYYY-MM-DD, today, tomorrow, yesterday, +3d, 2w, in 2 weeks, 3d ago, 1m, \
    next monday, friday, dec 1, eom or next week; --next also takes none (or never). A \
    bare weekday or month-day means the past one for --date and the coming one for --next.

    Several people: WHO as one comma-separated argument ("maria, jordan"), or --with WHO \
    for each other person. Everyone must be found, and each file writable, before any is \
    written; each file gets the entry and its own follow-up, and git.autocommit makes one \
    commit. A message whose first word, typed as an argument of its own, is another \
    contact's first name, name, alias or file name is refused (`fu log maria jordan \
    Lunch` is not taken as "jordan Lunch"): quote the message.

    Examples:
      fu log ada "Coffee; send the deck" --next 2w
      fu log zoe "Intro email" --sent --via email   # no answer yet: an attempt
      fu log zoe "She answered" --note "Book the demo"
      fu log "Grace Hopper" "Call about the COBOL talk" --date yesterday
      fu log "maria, jordan" "Group lunch"   # or: --with jordan
      fu log dijkstra - < meeting-notes.txt
      fu log ada "Lunch" --next none --dry-run
      fu log ada "-10% on the renewal"      # text, though it starts with -
      fu log ada -- --help-desk             # -- before text that is an option
    """
}
