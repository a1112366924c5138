import ArgumentParser
import FuKit

extension Fu {
  struct Draft: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "draft",
      abstract: "Print a message to send to a contact, from a template. Writes nothing.",
      discussion: """
        Without TEMPLATE, the contact's state chooses: close-the-loop when the next attempt \
        is the last try, nudge while attempts (#sent) wait for an answer, value-add (no \
        ask) after the last try, to re-engage when the rest is over, else check-in. The \
        other built-in template is thank-you.

        A file .fu/drafts/NAME.md makes a template of your own, or replaces the built-in \
        one of its name: an optional front matter with `subject:`, then the body. \
        Placeholders:
          {{name}}, {{first_name}}  the contact's name, its first word (or the
                                    contact's own first_name key)
          {{me}}                    your name: `me:` in the config
          {{last_topic}}            your newest log entry, as plain text: its
                                    links, markup, #tags and final full stop
                                    removed (it is your own note: read it
                                    before you send)
          {{last_contact}}          when you last talked
          {{waiting_since}}         the oldest attempt still unanswered
          {{attempts}}              how many attempts wait for an answer
          {{company}}, {{notes}}... any key of the contact's front matter
        Dates read as elsewhere (`dates:` in the config: Sep 1, or 2026-09-01). A \
        placeholder with no value for the contact stays in the text as written, and a \
        warning names it. fu check reports a broken front matter, and a placeholder no \
        contact could fill: none of the above, nor a key fu writes (email, phone, \
        company...) or any contact file has.

        Examples:
          fu draft ada                       # the template ada's state calls for
          fu draft ada thank-you
          fu draft ada --mailto | xargs xdg-open   # open it in your mail program
          fu draft ada --json | jq -r .body
          fu draft --list                    # the templates, and where each comes from
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(
      help: "The contact: a file name, a path, a name, an alias, a unique prefix or an email.",
      completion: WhoCompletion.kind)
    var who: String?

    @Argument(
      help: ArgumentHelp(
        "The template (default: by the contact's state; see --list).", valueName: "template"),
      completion: TemplateCompletion.kind)
    var template: String?

    @Flag(help: "Print {to, subject, body, template} as JSON (with --list, the templates).")
    var json = false

    @Flag(help: "Print one mailto: URL (RFC 6068) to the contact's first email.")
    var mailto = false

    @Flag(help: "List the templates and where each comes from.")
    var list = false

    func validate() throws {
      if list, who != nil { throw ValidationError("--list takes no contact") }
      if !list, who == nil { throw ValidationError("name the contact: fu draft WHO [TEMPLATE]") }
      if json, mailto { throw ValidationError("choose --json or --mailto") }
      if list, mailto { throw ValidationError("--mailto needs a contact, not --list") }
    }

    func run() throws {
      let workspace = try global.workspace()
      if list { return printList(workspace.draftTemplates(), in: workspace.vault) }
      let draft: FuKit.Draft
      do {
        let file = try workspace.file(named: who ?? "")
        workspace.warn(file.diagnostics)
        draft = try workspace.draft(for: file, template: template)
        if mailto, draft.to == nil {
          workspace.warn("\(file.contact.name) has no email: the message has no recipient")
        }
      } catch {
        throw error.located(in: workspace.vault)
      }
      if json {
        Terminal.write(draft.json)
      } else {
        // A file's values must not act on the terminal: each line's controls made spaces.
        let text = draft.text.split(separator: "\n", omittingEmptySubsequences: false)
          .map { TextLayout.printable(String($0)) }.joined(separator: "\n")
        Terminal.write(mailto ? draft.mailto + "\n" : text)
      }
    }

    private func printList(_ templates: [Workspace.DraftTemplateEntry], in vault: Vault) {
      if json {
        Terminal.write(
          JSONValue.array(
            templates.map {
              .object([
                ("name", .string($0.name)), ("path", $0.path.map(JSONValue.string) ?? .null),
              ])
            }))
        return
      }
      let width = templates.map(\.name.count).max() ?? 0
      for template in templates {
        let source =
          template.path.map {
            vault.displayPath(of: $0) + (template.replacesBuiltIn ? " (replaces the built-in)" : "")
          }
          ?? "built-in"
        let padding = String(repeating: " ", count: width - template.name.count)
        Terminal.write("\(TextLayout.escaped(template.name))\(padding)  \(source)\n")
      }
    }
  }
}
