extension Fu {
  /// What `fu --help` teaches: what a vault is, examples, the environment, the files, the
  /// exit status.
  static let discussion = """
    A vault is a folder of Markdown files, one per person. Their YAML front matter holds \
    the facts (last_contact, next_follow_up, cadence, notes, tags); their body holds notes \
    and an `## Interactions` log. fu tells you who is due and writes interactions back, \
    changing only the lines it is asked to.

    Examples:
      fu agenda                       # what is overdue, due today and this week
      fu log ada "Coffee; send the deck" --next 2w
      fu show ada                     # everything about Ada, the log newest first
      fu draft ada                    # a message to send Ada, from a template
      fu review                       # what is due, one card at a time, a key each
      fu list --overdue               # everyone you are late with, as a table
      fu stats                        # your year: a calendar of interactions, tags
      fu add "Grace Hopper" --tag advisor --cadence 1m
      fu init ~/contacts              # make a folder a vault
      fu git setup                    # let git merge contacts from two machines

    Every command takes --vault DIR, --today YYYY-MM-DD, --color WHEN and --no-cache, \
    before or after its name (see 'fu help agenda').

    Environment:
      FU_VAULT         the vault, when --vault is not given
      FU_TODAY         today's date, when --today is not given
      VISUAL, EDITOR   the editor of fu edit and fu add --edit (else vi)
      NO_COLOR         no colour, whatever --color says
      FU_DEBUG         when set, how fu used its index, and timings, on stderr
      XDG_CONFIG_HOME  holds fu/config.yml (else ~/.config)
      XDG_CACHE_HOME   holds the index of a vault without .fu/ (else ~/.cache)

    Files:
      VAULT/.fu/config.yml       the vault's settings (fu init writes one)
      VAULT/.fu/template.md      what fu add starts a new contact from
      VAULT/.fu/drafts/NAME.md   a template of fu draft (see 'fu help draft')
      VAULT/.fu/cache/           the index (fu rebuilds it when it is deleted)
      ~/.config/fu/config.yml    your settings; `vault:` names your vault

    Exit status: 0 on success; 1 for a problem with the vault or the input, and from \
    fu check when it found one; 3 from fu agenda --exit-code when something is \
    overdue; 64 for bad usage.
    """
}
