import Foundation
import FuTestSupport
import Glibc
import Testing

/// A real terminal for a test: a tmux server of its own (its socket in the test's folder),
/// one window of a given size running a shell command; keys typed into it, its screen read
/// back as text. Reads poll the screen until the text expected shows, so that a slow
/// machine is waited for rather than raced.
struct TmuxTerminal {
  let tmux: String
  let folder: URL
  var socket: String { folder.appendingPathComponent("tmux.sock").path }
  /// The tmux server, run in the foreground (`-D`) so that the test can wait for its end.
  let server: pid_t
  /// How long to wait for text to show before the test fails.
  static let timeout: Duration = .seconds(30)

  /// Starts `command` (run by /bin/sh in `folder`) in a window of `width` × `height`; tmux
  /// itself must be installed (scripts/setup installs it).
  init(_ command: String, in folder: URL, width: Int, height: Int) throws {
    tmux = try #require(
      CompletionSession.find("tmux"), "tmux is missing: run scripts/setup to install it")
    self.folder = folder
    let socket = folder.appendingPathComponent("tmux.sock").path
    server = try TmuxTerminal.spawn(tmux, ["-S", socket, "-D", "-f", "/dev/null"])
    // The server listens once its socket is there.
    let deadline = ContinuousClock.now + TmuxTerminal.timeout
    while !FileManager.default.fileExists(atPath: socket), ContinuousClock.now < deadline {
      Thread.sleep(forTimeInterval: 0.02)
    }
    try run(
      [
        "new-session", "-d", "-s", "review", "-x", "\(width)", "-y", "\(height)", "-c",
        folder.path, "/bin/sh", "-c", command,
      ])
  }

  /// Presses keys as tmux names them: `Enter`, `C-c`, `q`.
  func press(_ keys: String...) throws { try run(["send-keys", "-t", "review"] + keys) }

  /// Types `text` as it is.
  func type(_ text: String) throws { try run(["send-keys", "-t", "review", "-l", text]) }

  /// Sends `bytes` as they are, whatever they encode.
  func send(bytes: [UInt8]) throws {
    try run(["send-keys", "-t", "review", "-H"] + bytes.map { String(format: "%02x", $0) })
  }

  /// Waits for `question`, then types `text` and Enter.
  func answer(_ question: String, _ text: String) throws {
    try waitFor(question)
    try type(text)
    try press("Enter")
  }

  /// The screen as text, a line wrapped by the terminal joined again (`-J`), so that a
  /// line too long for the window shows as one.
  func screen() throws -> String {
    let file = folder.appendingPathComponent("screen.txt")
    try run(["capture-pane", "-p", "-J", "-t", "review"], output: file.path)
    return String(decoding: try Data(contentsOf: file), as: UTF8.self)
  }

  /// The screen once it shows every one of `texts`; the test fails with the screen as it
  /// was when they do not show in time.
  @discardableResult
  func waitFor(_ texts: String..., sourceLocation: SourceLocation = #_sourceLocation) throws
    -> String
  {
    let deadline = ContinuousClock.now + TmuxTerminal.timeout
    var shown = ""
    while ContinuousClock.now < deadline {
      shown = try screen()
      if texts.allSatisfy(shown.contains) { return shown }
      Thread.sleep(forTimeInterval: 0.05)
    }
    Issue.record(
      "waited \(TmuxTerminal.timeout) for \(texts); the screen:\n\(shown)",
      sourceLocation: sourceLocation)
    throw CancellationError()
  }

  /// The process id of the program the window's shell runs now (its first child).
  func foregroundProcess() throws -> pid_t? {
    let file = folder.appendingPathComponent("pid.txt")
    try run(["display-message", "-p", "-t", "review", "#{pane_pid}"], output: file.path)
    let shell = String(decoding: try Data(contentsOf: file), as: UTF8.self)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let children = try? String(
      contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
    return children?.split(separator: " ").first.flatMap { pid_t($0) }
  }

  /// The window's terminal settings now, as `stty -a` prints them.
  func settings() throws -> String {
    let file = folder.appendingPathComponent("tty.txt")
    try run(["display-message", "-p", "-t", "review", "#{pane_tty}"], output: file.path)
    let tty = String(decoding: try Data(contentsOf: file), as: UTF8.self)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let stty = try #require(CompletionSession.find("stty"))
    var status: Int32 = 0
    let pid = try TmuxTerminal.spawn(stty, ["-a", "-F", tty], output: file.path)
    while waitpid(pid, &status, 0) == -1, errno == EINTR {}
    return String(decoding: try Data(contentsOf: file), as: UTF8.self)
  }

  /// Stops the server and what runs in it.
  func close() {
    _ = try? run(["kill-server"])
    var status: Int32 = 0
    waitpid(server, &status, 0)
  }

  /// Runs `tmux -S socket arguments`, its standard output to the file at `output`.
  private func run(_ arguments: [String], output: String = "/dev/null") throws {
    let pid = try TmuxTerminal.spawn(tmux, ["-S", socket] + arguments, output: output)
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1, errno == EINTR {}
  }

  /// Starts `program arguments` with no input, standard output to `output`, and every
  /// signal unblocked and at its default: the test runs on a thread that blocks them all,
  /// and a tmux server that inherits that never hears of its children's end.
  private static func spawn(
    _ program: String, _ arguments: [String], output: String = "/dev/null"
  ) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attributes, &none)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signal in [SIGPIPE, SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGCHLD] {
      sigaddset(&defaults, signal)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let variables: [String] = ["PATH=/usr/bin:/bin", "TERM=xterm-256color", "LANG=C.UTF-8"]
    let environment: [UnsafeMutablePointer<CChar>?] = variables.map { strdup($0) } + [nil]
    defer { environment.forEach { free($0) } }
    var pid: pid_t = 0
    let code = posix_spawn(&pid, program, &actions, &attributes, argv, environment)
    guard code == 0 else {
      throw CocoaError(.executableLoad, userInfo: ["reason": String(cString: strerror(code))])
    }
    return pid
  }
}
