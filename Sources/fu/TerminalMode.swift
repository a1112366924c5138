import Glibc

/// The terminal's modes for a full-screen command (`fu review`): raw, to read one key at a
/// time, or as the user had it, to read a line with the terminal's own editing. The
/// user's mode is restored however fu ends: on return, on an error, and on a signal that
/// ends it (the handler restores it, then lets the signal do what it does).
enum TerminalMode {
  /// The mode the terminal was in, restored on the way out.
  nonisolated(unsafe) private static var original = termios()
  /// Whether fu changed the terminal, so that it must be restored.
  nonisolated(unsafe) private static var isChanged: sig_atomic_t = 0
  /// Whether Ctrl-C was pressed during a line (or the process was sent SIGINT).
  nonisolated(unsafe) static var interrupted: sig_atomic_t = 0
  /// Whether the window changed size since this was last cleared.
  nonisolated(unsafe) static var resized: sig_atomic_t = 0

  /// The alternate screen, where full-screen programs draw (the user's screen comes back
  /// on the way out), and the way back.
  static let enterScreen = "\u{1B}[?1049h"
  static let leaveScreen = "\u{1B}[?1049l"

  /// Saves the terminal's mode and switches to the alternate screen; installs the handlers
  /// that restore both. False when standard input is no terminal.
  static func begin() -> Bool {
    guard tcgetattr(STDIN_FILENO, &original) == 0 else { return false }
    // Every static a handler reads is made now, not first in a signal handler.
    _ = leaveScreenBytes.count
    (interrupted, resized, isChanged) = (0, 0, 0)
    installHandlers()
    atexit { TerminalMode.restore() }  // an exit from anywhere (a failed write) restores too
    isChanged = 1
    Terminal.write(enterScreen)
    return true
  }

  /// Installs the handlers again after something changed them (the editor's run sets
  /// SIGINT's back with `signal`, which restarts an interrupted read).
  static func installHandlers() {
    // Those that end fu, a crash's among them: the user is not left typing blind.
    for signal in [SIGTERM, SIGHUP, SIGQUIT, SIGABRT, SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE] {
      handle(signal, with: restoreAndResend)
    }
    handle(SIGINT) { _ in TerminalMode.interrupted = 1 }
    handle(SIGWINCH) { _ in TerminalMode.resized = 1 }
  }

  /// Back to the user's mode and screen.
  static func end() {
    guard isChanged == 1 else { return }
    cooked()
    Terminal.write(leaveScreen)
    isChanged = 0
  }

  /// One key at a time, not echoed; Ctrl-C and Ctrl-\ arrive as bytes (3, 28), not signals.
  static func raw() {
    var mode = original
    mode.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG | IEXTEN)
    mode.c_iflag &= ~tcflag_t(IXON | ICRNL)
    withUnsafeMutableBytes(of: &mode.c_cc) { cc in
      cc[Int(VMIN)] = 1
      cc[Int(VTIME)] = 0
    }
    tcsetattr(STDIN_FILENO, TCSANOW, &mode)
  }

  /// The user's own mode: lines, echoed and edited by the terminal; Ctrl-C a signal.
  static func cooked() {
    tcsetattr(STDIN_FILENO, TCSANOW, &original)
  }

  /// Installs `handler` for `signal`, without SA_RESTART: a read waiting for a key or a line
  /// returns, and fu looks at the flag the handler set.
  private static func handle(
    _ signal: Int32, with handler: @escaping @convention(c) (Int32) -> Void
  ) {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = handler
    sigemptyset(&action.sa_mask)
    action.sa_flags = 0
    sigaction(signal, &action, nil)
  }

  /// A signal that ends fu: the terminal restored (only async-signal-safe calls), then the
  /// signal sent again with its default action.
  private static let restoreAndResend: @convention(c) (Int32) -> Void = { signal in
    restore()
    Glibc.signal(signal, SIG_DFL)
    raise(signal)
  }

  /// Back to the user's mode and screen with async-signal-safe calls only, once.
  private static func restore() {
    guard isChanged == 1 else { return }
    isChanged = 0
    tcsetattr(STDIN_FILENO, TCSANOW, &original)
    _ = leaveScreenBytes.withUnsafeBufferPointer {
      Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count)
    }
  }

  /// `leaveScreen` as bytes made before any signal can come.
  nonisolated(unsafe) private static var leaveScreenBytes: [UInt8] = Array(leaveScreen.utf8)
}
