import Glibc

/// Everything that stops a command, as values with messages a user can act on.
public enum FuError: Error, Equatable, CustomStringConvertible {
  /// No vault was named and none was found.
  case noVault
  /// The vault folder does not exist; `source` says what named it (`--vault`,
  /// `FU_VAULT`, the config's `vault:` at its file and line), when that is known.
  case vaultMissing(path: String, source: String? = nil)
  /// The vault path names something that is not a folder.
  case vaultNotAFolder(path: String)
  /// A path fu reads as a file is a folder, a pipe or a device.
  case notAPlainFile(path: String)
  /// An environment variable holds a value fu cannot use.
  case invalidEnvironment(name: String, value: String, expected: String)
  /// A file operation failed.
  case io(path: String, action: String, errno: Int32)
  /// `WHO` matches no contact; `suggestions` are the closest names.
  case contactNotFound(who: String, suggestions: [String])
  /// `WHO` matches several contacts: `candidates` are `name (path)`.
  case ambiguousContact(who: String, candidates: [String])
  /// Two names of one `fu log` (`first`, then `second`) name the same contact.
  case sameContactTwice(first: String, second: String, contact: String)
  /// The first word of a message given as words of their own names another contact:
  /// `contact` as `name (path)`, `rest` the words after it, `who` as typed.
  case messageStartsWithContact(word: String, contact: String, rest: String, who: String)
  /// `fu done`: `text` names none of the open `tasks` of `who`'s file at `path`, or, when
  /// `nil`, the file has several (or none) and no text chose one.
  case noTaskNamed(who: String, text: String?, path: String, tasks: [OpenTask])
  /// `fu done`: `text` begins several open `tasks` of the file at `path`.
  case ambiguousTask(text: String, path: String, tasks: [OpenTask])
  /// A date expression on the command line could not be read.
  case invalidDate(String)
  /// A follow-up day the date parser cannot read (where `none` is also accepted).
  case invalidFollowUp(String)
  /// A `YYYY-MM-DD` date on the command line that is not a day of the calendar.
  case nonexistentDate(String)
  /// A problem with the value given to a command-line option, such as `--next`.
  indirect case option(String, FuError)
  /// A file fu will not write, with the reason (`path:line: message`).
  case refusedWrite(Diagnostic)
  /// A front-matter value fu cannot update in place.
  case cannotEdit(Diagnostic)
  /// A contact file that cannot be read.
  case unreadable(Diagnostic)
  /// A message holding a control character (other than a tab or a line break), which a
  /// text file should not: `scalar`, on the message's 1-based `line`.
  case controlCharacterInMessage(scalar: Unicode.Scalar, line: Int)
  /// A configuration file problem.
  case config(path: String, message: String)
  /// A file fu would create exists already.
  case fileExists(path: String)
  /// A contact name that cannot become a file name.
  case invalidName(name: String, reason: String)
  /// A folder inside the vault that cannot hold a new contact.
  case invalidFolder(path: String, reason: String)
  /// A cadence on the command line that fu cannot read.
  case invalidCadence(String)
  /// A `--via` channel that cannot be a tag.
  case invalidChannel(String)
  /// A `--note` holding a line break or a control character.
  case invalidNote(Unicode.Scalar)
  /// The vault's contact template cannot be used.
  case badTemplate(Diagnostic)
  /// A draft template (`.fu/drafts/NAME.md`) cannot be read.
  case badDraftTemplate(Diagnostic)
  /// `fu draft` names a template that neither the vault nor fu has.
  case unknownDraftTemplate(name: String, available: [String], suggestion: String?)
  /// The text editor could not be started, or it `ran` and failed.
  case editorFailed(editor: String, reason: String, ran: Bool = false)
  /// `git add` or `git commit` of a file fu wrote failed.
  case gitFailed(command: String, reason: String)

  /// The error with the vault-relative paths of its diagnostics shown as `vault` shows
  /// them to the user.
  public func located(in vault: Vault) -> FuError {
    func relocate(_ diagnostic: Diagnostic) -> Diagnostic {
      var moved = diagnostic
      moved.path = vault.displayPath(of: diagnostic.path)
      return moved
    }
    switch self {
    case .refusedWrite(let diagnostic): return .refusedWrite(relocate(diagnostic))
    case .cannotEdit(let diagnostic): return .cannotEdit(relocate(diagnostic))
    case .unreadable(let diagnostic): return .unreadable(relocate(diagnostic))
    case .badTemplate(let diagnostic): return .badTemplate(relocate(diagnostic))
    case .noTaskNamed(let who, let text, let path, let tasks):
      return .noTaskNamed(who: who, text: text, path: vault.displayPath(of: path), tasks: tasks)
    case .ambiguousTask(let text, let path, let tasks):
      return .ambiguousTask(text: text, path: vault.displayPath(of: path), tasks: tasks)
    case .badDraftTemplate(let diagnostic): return .badDraftTemplate(relocate(diagnostic))
    default: return self
    }
  }

  /// The system's reason for an `io` error, else the description.
  public var reason: String {
    if case .io(_, _, let code) = self { return String(cString: strerror(code)) }
    return description
  }

  public var description: String {
    switch self {
    case .noVault:
      return """
        no vault found: pass --vault PATH, set FU_VAULT, run `fu init` in your contacts folder, \
        or set `vault: PATH` in $XDG_CONFIG_HOME/fu/config.yml (~/.config/fu/config.yml)
        """
    case .vaultMissing(let path, nil):
      return "vault folder \(path) does not exist (check --vault, FU_VAULT or your config)"
    case .vaultMissing(let path, let source?):
      return
        "vault folder \(path), from \(source), does not exist; correct it, or make the vault with"
        + " `fu init \(path)`"
    case .notAPlainFile(let path):
      return "\(path) is not a plain file (a folder, a pipe or a device); fu reads only files there"
    case .vaultNotAFolder(let path):
      return "\(path) is not a folder; the vault is the folder that holds your contact files"
    case .invalidEnvironment(let name, let value, let expected):
      return "\(name) is \"\(value)\"; expected \(expected)"
    case .io(let path, let action, let code):
      return "cannot \(action) \(path): \(String(cString: strerror(code)))"
    case .contactNotFound(let who, let suggestions):
      let hint =
        suggestions.isEmpty
        ? ""
        : "; did you mean "
          + suggestions.map { "\"\($0)\"" }
          .joined(separator: ", ") + "?"
      return "no contact matches \"\(who)\"\(hint)"
    case .ambiguousContact(let who, let candidates):
      return "\"\(who)\" matches \(candidates.count) contacts; be more specific:\n"
        + candidates.map { "  \($0)" }.joined(separator: "\n")
    case .sameContactTwice(let first, let second, let contact):
      return "\"\(first)\" and \"\(second)\" both name \(contact); name each person once"
    case .messageStartsWithContact(let word, let contact, let rest, let who):
      func typed(_ text: String) -> String {
        text.contains(where: { $0 == " " || $0 == "\"" || $0 == "," || $0 == "'" })
          ? "\"\(text)\"" : text
      }
      let together = rest.isEmpty ? "" : " \(typed(rest))"
      let alone =
        rest.isEmpty
        ? "echo \(word) | fu log \(typed(who)) -" : "fu log \(typed(who)) \"\(word) \(rest)\""
      return """
        "\(word)" names \(contact), so fu will not take it as the start of the message; nothing \
        was logged
          to log with both:      fu log "\(who), \(word)"\(together)   (or --with \(typed(word)))
          to log it as written:  \(alone)
        """
    case .noTaskNamed(let who, let text, let path, let tasks):
      guard !tasks.isEmpty else {
        return "\(who) has no open task (a `- [ ] ...` list item) in \(path)"
      }
      let listing = FuError.listing(tasks, in: path)
      guard let text else {
        return "\(who) has \(tasks.count) open tasks; say which with the start of its text:\n"
          + listing
      }
      return "no open task of \(who) starts with \"\(text)\"; the open tasks are:\n" + listing
    case .ambiguousTask(let text, let path, let tasks):
      return "\"\(text)\" starts \(tasks.count) open tasks; give more of the text:\n"
        + FuError.listing(tasks, in: path)
    case .invalidDate(let text):
      return """
        cannot read the date "\(text)"; use YYYY-MM-DD, today, tomorrow, yesterday, +3d, 2w, \
        in 2 weeks, 1m, next monday, this friday, friday, dec 1, eom (end of month), next week, \
        next month, or 3d ago
        """
    case .invalidFollowUp(let text):
      return FuError.invalidDate(text).description + "; or none (no follow-up date)"
    case .nonexistentDate(let text):
      return "\(text) is not a day of the calendar"
    case .option(let name, let error):
      return "\(name): \(error.description)"
    case .refusedWrite(let diagnostic):
      return diagnostic.description
    case .cannotEdit(let diagnostic), .unreadable(let diagnostic):
      return diagnostic.description
    case .controlCharacterInMessage(let scalar, let line):
      return
        "the message holds a control character (\(codePoint(scalar))) on its line \(line); fu writes only text, tabs and line breaks into a contact file"
    case .config(let path, let message):
      return "\(path): \(message)"
    case .fileExists(let path):
      return "\(path) already exists; fu never overwrites a file (choose another name or --folder)"
    case .invalidName(let name, let reason):
      return "cannot make a contact file for \"\(TextLayout.escaped(name))\": \(reason)"
    case .invalidFolder(let path, let reason):
      return "cannot use the folder \"\(TextLayout.escaped(path))\": \(reason)"
    case .invalidChannel(let text):
      return """
        --via "\(text)" cannot be a tag: name the channel in one word of letters and digits, \
        with `-`, `_` or `/` if you like (email, linkedin, call)
        """
    case .invalidNote(let scalar):
      return """
        --note is the one line the agenda shows: it cannot hold a line break or a control \
        character (\(codePoint(scalar)))
        """
    case .invalidCadence(let text):
      return """
        unknown cadence "\(text)": use a count and a unit (10d, 2w, 3m, 1y) or weekly, \
        biweekly, monthly, quarterly, yearly
        """
    case .badTemplate(let diagnostic):
      return "\(diagnostic.description) (the template for new contacts)"
    case .badDraftTemplate(let diagnostic):
      return "\(diagnostic.description) (a template of fu draft)"
    case .unknownDraftTemplate(let name, let available, let suggestion):
      let hint = suggestion.map { " (did you mean \($0)?)" } ?? ""
      return "no draft template \"\(TextLayout.escaped(name))\"\(hint); the templates are "
        + available.joined(separator: ", ") + " (add your own as .fu/drafts/NAME.md)"
    case .gitFailed(let command, let reason):
      return "git \(command) failed: \(reason)"
    case .editorFailed(let editor, let reason, false):
      return "editor `\(editor)` \(reason) (set VISUAL or EDITOR to the editor you use)"
    case .editorFailed(let editor, let reason, true):
      return "editor `\(editor)` \(reason); fu left the file as the editor did"
    }
  }

  /// `scalar` as Unicode writes it: `U+001B`.
  private func codePoint(_ scalar: Unicode.Scalar) -> String {
    let code = String(scalar.value, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - code.count)) + code
  }

  /// `tasks` one a line, as `  path:line: [ ] text`.
  private static func listing(_ tasks: [OpenTask], in path: String) -> String {
    tasks.map { "  \(path):\($0.line + 1): [ ] \($0.text)" }.joined(separator: "\n")
  }
}
