import Foundation
import FuKit
import Glibc

/// The process's terminal: what is a TTY, how wide it is, where messages go.
enum Terminal {
  static var environment: [String: String] { ProcessInfo.processInfo.environment }

  /// Whether standard output is a terminal, not a pipe or a file.
  static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

  /// Whether every argument the process was given is valid UTF-8, as it was given
  /// (`CommandLine.arguments` has the others repaired).
  static var argumentsAreUTF8: Bool {
    (0..<Int(CommandLine.argc)).allSatisfy { index in
      CommandLine.unsafeArgv[index].map { String(validatingCString: $0) != nil } ?? true
    }
  }

  /// The width to fit human output in: the terminal's, else `$COLUMNS`; else `nil`, and
  /// output to a pipe or a file is cut nowhere (`fu agenda | grep`, cron mail).
  static var width: Int? {
    var size = winsize()
    if outputIsTerminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0,
      size.ws_col > 0
    {
      return Int(size.ws_col)
    }
    if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
    return nil
  }

  /// Writes `text` to standard output as is.
  static func write(_ text: String) {
    var text = text
    text.withUTF8 { write($0, to: STDOUT_FILENO) }
  }

  /// Writes UTF-8 `bytes` to standard output.
  static func write(utf8 bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { write($0, to: STDOUT_FILENO) }
  }

  /// Writes `document` to standard output, with a final newline.
  static func write(_ document: JSONValue) {
    var bytes = document.renderedUTF8()
    bytes.append(UInt8(ascii: "\n"))
    write(utf8: bytes)
  }

  /// Whether this run has changed a file in the vault: from then on, output that cannot be
  /// written no longer makes the command fail, since a script that ran it again on failure
  /// would log twice; nor does a reader that went away (`fu import x.vcf | head -1`) kill fu
  /// before it commits and reports what it wrote.
  nonisolated(unsafe) static var hasWritten = false {
    didSet { if hasWritten { signal(SIGPIPE, SIG_IGN) } }
  }
  /// Whether output was lost after a write, which was said once.
  nonisolated(unsafe) private static var outputLost = false

  /// Writes `bytes` to `descriptor` from where they are (an agenda can be megabytes). When
  /// that fails (a full disk, a closed pipe), says so and exits: output cut short must not
  /// look like success. After a write to the vault, it says so and goes on.
  private static func write(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) {
    var offset = 0
    while offset < bytes.count, !outputLost {
      let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0 {
        let code = errno
        if code == EINTR { continue }
        let reason = String(cString: strerror(code))
        guard hasWritten else {
          note("fu: error: cannot write the output (\(reason))\n")
          exit(1)
        }
        // A reader that went away on purpose needs no word.
        if code != EPIPE {
          printWarning("cannot write the output (\(reason)); the vault's files were written")
        }
        outputLost = true
        return
      }
      offset += written
    }
  }

  /// Opens /dev/null for each of standard input, output and error that is closed (`fu log
  /// ada x >&-`): else the first file fu opens takes its number, and output goes there.
  /// Standard output is opened for reading only, so that writing to it still fails, as it
  /// would have closed: output lost must not look like success.
  static func reopenClosedStreams() {
    for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO]
    where fcntl(descriptor, F_GETFD) == -1 {
      _ = open("/dev/null", descriptor == STDERR_FILENO ? O_WRONLY : O_RDONLY)
    }
  }

  /// `text` on standard error as is: a summary beside what standard output carries. A
  /// message that cannot be written is dropped: there is nowhere left to say so, and fu
  /// goes on (FileHandle would stop the process on a reader gone away).
  static func note(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
      var offset = 0
      while offset < bytes.count {
        let written = Glibc.write(
          STDERR_FILENO, bytes.baseAddress! + offset, bytes.count - offset)
        if written < 0 && errno == EINTR { continue }
        guard written > 0 else { return }
        offset += written
      }
    }
  }

  /// `fu: warning: message` on standard error.
  static func printWarning(_ message: String) {
    note("fu: warning: \(visible(message))\n")
  }

  /// `fu: error: message` on standard error.
  static func printError(_ message: String) {
    note("fu: error: \(visible(message))\n")
  }

  /// A message's lines with any control character from a file or an argument written as
  /// an escape, so that it cannot act on the terminal.
  private static func visible(_ message: String) -> String {
    message.split(separator: "\n", omittingEmptySubsequences: false)
      .map { TextLayout.escaped(String($0)) }.joined(separator: "\n")
  }

  /// Each diagnostic as a warning on one line, its path shown as the user can open it (a
  /// line break in a value it quotes written as an escape).
  static func printWarnings(_ diagnostics: [Diagnostic], in vault: Vault) {
    for diagnostic in diagnostics {
      printWarning(
        TextLayout.escaped(diagnostic.located(at: vault.displayPath(of: diagnostic.path))))
    }
  }
}
