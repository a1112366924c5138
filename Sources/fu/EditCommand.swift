import ArgumentParser
import FuKit

extension Fu {
  struct Edit: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "edit",
      abstract: "Open a contact's file in your editor.",
      discussion: """
        The editor is $VISUAL, else $EDITOR, else vi. It is split into words the way a \
        shell would (`code --wait` works) and run directly, without a shell, with the file's \
        path as its last argument. When the editor has changed the file, fu reads it again \
        and warns of what is wrong with it now (a YAML error, a date it cannot read), as \
        fu check would.

        Examples:
          fu edit ada
          EDITOR="code --wait" fu edit "Grace Hopper"
        """)

    @OptionGroup var global: GlobalOptions

    @Argument(
      help: "The contact: a file name, a path, a name, an alias or a unique prefix.",
      completion: WhoCompletion.kind)
    var who: String

    func run() throws {
      let workspace = try global.workspace()
      let path: String
      do {
        path = try workspace.file(named: who).path
      } catch FuError.unreadable(let problem) where workspace.vault.isRegularFile(problem.path) {
        // A file fu cannot read is still one the editor can fix: say what is wrong, open it.
        workspace.warn([problem])
        path = problem.path
      } catch {
        throw error.located(in: workspace.vault)
      }
      try workspace.edit(path)
    }
  }
}
