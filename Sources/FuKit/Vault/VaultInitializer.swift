import Glibc

/// Makes a folder a vault: `.fu/` (which is how fu finds the vault from any folder below
/// it), a commented `.fu/config.yml`, an example template of `fu draft` in `.fu/drafts/`,
/// and a `.fu/.gitignore` that keeps the cache out of git.
/// Existing files are never overwritten.
public enum VaultInitializer {
  /// The files `fu init` writes, relative to the vault, with their content.
  public static let files: [(path: String, content: String)] = [
    (
      ".fu/config.yml",
      """
      # fu vault settings (YAML). This folder, .fu/, marks the vault: fu finds it from
      # any folder below, so `fu agenda` works without --vault.
      #
      # Contacts are the Markdown files anywhere in the vault (hidden folders skipped).
      # Each holds facts in its front matter, for example:
      #
      #   ---
      #   name: Ada Lovelace
      #   cadence: 2w              # 10d, 2w, 3m, 1y, weekly, monthly, quarterly, yearly
      #   last_contact: 2026-11-02
      #   next_follow_up: 2026-11-21
      #   tags: [investor, london]
      #   notes: Send the deck
      #   ---
      #
      # and its interactions under a `## Interactions` heading, one `- YYYY-MM-DD: text`
      # entry each, which `fu log` writes for you.
      #
      # Settings (uncomment to change). They also go in your own
      # ~/.config/fu/config.yml, where `vault: ~/contacts` names your default vault;
      # this file's values win over that one's.
      #
      # agenda:
      #   days: 7                  # how far `fu agenda` looks ahead
      # log:
      #   sections: [Interactions, Log, History]   # headings that hold the log
      # exclude:                   # files that are not contacts (vault-relative globs)
      #   - templates/             # a folder, wherever it is
      #   - "*.draft.md"
      #   - archive/**/*.md
      # dates: short               # short (Nov 14) or iso (2026-11-14)
      # anniversaries: [wedding]   # keys whose day (YYYY-MM-DD or --MM-DD) fu agenda shows
      #                            # every year, like the `birthday` key
      # cadence_by_tag:            # for contacts with the tag and no cadence of their own
      #   family: 2w
      # grace: 3d                  # how long a cadence may be late before it is overdue
      #
      # When nobody answers, `fu log WHO MESSAGE --sent` logs an attempt (`#sent`) and
      # sets the next follow-up from a sequence of waits; a log without --sent (a reply)
      # ends the run.
      # follow_up:
      #   sequence: [2d, 4d, 1w, 2w]   # the waits after the 1st, 2nd... attempt; the
      #                                # last repeats (day 1, day 3, day 7, week 2)
      #   max_attempts: 5              # then the contact rests...
      #   reengage: 3m                 # ...this long, before you try again
      # sequences:                     # named, for a contact's `sequence: interview`;
      #   interview: [1d, 1w, 2w]      # a step may say how to reach out next
      #   sales: [2d email, 4d linkedin, 1w email, 2w call]
      # git:
      #   autocommit: true         # commit each file fu writes: "fu log: Ada Lovelace"
      #
      # New contacts (`fu add`) are made from .fu/template.md when it exists; it may
      # use {{name}} and {{today}}.
      #
      # me: Charles Babbage        # your name, for {{me}} in the templates of `fu draft`
      #                            # (.fu/drafts/NAME.md; see example.md there)

      """
    ),
    (
      ".fu/drafts/example.md",
      """
      ---
      # A template of `fu draft WHO example`. Copy it to .fu/drafts/NAME.md and make it
      # yours; a file named like a built-in template (check-in, thank-you, nudge,
      # value-add, close-the-loop) takes its place. What fu fills in:
      #   {{name}}, {{first_name}}  the contact's name, its first word
      #   {{me}}                    your name: `me:` in .fu/config.yml
      #   {{last_topic}}            the newest log entry, its #tags removed
      #   {{last_contact}}          when you last talked
      #   {{waiting_since}}         the oldest attempt (#sent) still unanswered
      #   {{attempts}}              how many attempts wait for an answer
      #   {{company}}, {{notes}}... any key of the contact's front matter
      # A placeholder with no value stays in the text, and fu warns about it.
      subject: Catching up, {{first_name}}
      ---
      Hi {{first_name}},

      It has been a while since we last spoke ({{last_contact}}: {{last_topic}}), and I wondered how things are going at {{company}}.

      Best,
      {{me}}

      """
    ),
    (
      ".fu/.gitignore",
      "# fu's cache is rebuilt from the contact files; keep it out of git.\ncache/\n"
    ),
  ]

  /// Creates the vault at `path` (and the folder itself, with its parents, when missing).
  /// Returns the files it created, relative to the vault; empty when the vault was already
  /// complete.
  public static func initialize(at path: String) throws(FuError) -> [String] {
    let parents = path.indices.filter { path[$0] == "/" && $0 != path.startIndex }
      .map { String(path[..<$0]) }
    if let info = FileSystem.status(path), (info.st_mode & S_IFMT) != S_IFDIR {
      throw .vaultNotAFolder(path: path)
    }
    for folder in parents + [path, path + "/.fu", path + "/.fu/drafts"]
    where FileSystem.status(folder) == nil {
      guard mkdir(folder, 0o755) == 0 || errno == EEXIST else {
        throw .io(path: folder, action: "create", errno: errno)
      }
    }
    var created: [String] = []
    for file in files {
      let target = path + "/" + file.path
      let fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
      if fd < 0 {
        let code = errno
        // One there already is kept, unless it is no file (a folder of that name).
        if code == EEXIST, let info = FileSystem.status(target) {
          if (info.st_mode & S_IFMT) == S_IFREG { continue }
          throw .io(path: target, action: "use", errno: EISDIR)
        }
        throw .io(path: target, action: "create", errno: code)
      }
      let bytes = Array(file.content.utf8)
      let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
      close(fd)
      guard written == bytes.count else { throw .io(path: target, action: "write", errno: errno) }
      created.append(file.path)
    }
    return created
  }
}
