import FuKit
import Glibc

/// The user's text editor, run on a file without a shell and waited for.
enum Editor {
  /// Opens `path` in `$VISUAL`, else `$EDITOR`, else `vi`, and returns once the editor exits.
  /// The editor shares fu's terminal and environment; `path` reaches it as one argument, as
  /// is, but for a leading `./` when it is relative, so that a file named `+cmd` or `-x`
  /// cannot read as an editor command or option.
  static func open(_ path: String, environment: [String: String]) throws(FuError) {
    let path = path.hasPrefix("/") ? path : "./" + path
    var command = "vi"
    var words = ["vi"]
    for name in ["VISUAL", "EDITOR"] {
      guard let value = environment[name], !value.allSatisfy(\.isWhitespace) else { continue }
      let split = try ShellWords.split(value)
      if !split.isEmpty {
        (command, words) = (value, split)
        break
      }
    }
    // Like git: while the editor has the terminal, Ctrl-C and Ctrl-\ are its, not fu's.
    let interrupt = signal(SIGINT, SIG_IGN)
    let quit = signal(SIGQUIT, SIG_IGN)
    defer {
      signal(SIGINT, interrupt)
      signal(SIGQUIT, quit)
    }
    let pid = try spawn(words + [path], command: command)
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 {
      let code = errno
      guard code == EINTR else {
        throw .editorFailed(editor: command, reason: "could not be waited for: \(message(code))")
      }
    }
    let killer = status & 0x7f
    if killer != 0 {
      throw .editorFailed(editor: command, reason: "was killed by signal \(killer)", ran: true)
    }
    let exitStatus = (status >> 8) & 0xff
    if exitStatus != 0 {
      throw .editorFailed(editor: command, reason: "exited with status \(exitStatus)", ran: true)
    }
  }

  /// Starts `arguments` (the program looked up on `PATH`) with fu's standard streams and
  /// environment, and returns its process id.
  private static func spawn(_ arguments: [String], command: String) throws(FuError) -> pid_t {
    var argv = arguments.map { strdup($0) }
    defer { argv.forEach { free($0) } }
    guard let program = argv.first, let program, !argv.contains(where: { $0 == nil }) else {
      throw .editorFailed(editor: command, reason: "could not be started: \(message(ENOMEM))")
    }
    argv.append(nil)
    // The editor gets the default handlers back for the signals fu ignores meanwhile.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGINT)
    sigaddset(&defaults, SIGQUIT)
    sigaddset(&defaults, SIGPIPE)  // ignored once fu has written (`fu add --edit`)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    let code = posix_spawnp(&pid, program, nil, &attributes, argv, environ)
    switch code {
    case 0: return pid
    case ENOENT: throw .editorFailed(editor: command, reason: "was not found")
    default:
      throw .editorFailed(editor: command, reason: "could not be started: \(message(code))")
    }
  }

  /// The system's text for an `errno` value.
  private static func message(_ code: Int32) -> String { String(cString: strerror(code)) }
}
