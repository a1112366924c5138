import FuKit
import Glibc

extension Terminal {
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
}
