import Glibc

/// What the user types at a full-screen command: one key (in raw mode), or a line (in the
/// user's own mode, with the terminal's editing: backspace, Ctrl-U, Ctrl-W).
enum TerminalInput {
  /// A key, as the bytes it sent: one byte, or an escape sequence (an arrow, a function key).
  enum Key: Equatable {
    case byte(UInt8)
    case sequence
    /// The window changed size: draw again.
    case resized
    /// Standard input is closed.
    case end
  }

  /// A line typed at a prompt.
  enum Line: Equatable {
    case text(String)
    /// Ctrl-D on an empty line: back out of the prompt.
    case cancelled
    /// Bytes that are not UTF-8 text (a terminal set to another encoding): never written.
    case notUTF8
    /// Ctrl-C: stop.
    case interrupted
  }

  /// The next key pressed; the terminal must be in raw mode. A SIGINT reads as Ctrl-C.
  static func key() -> Key {
    var byte: UInt8 = 0
    while true {
      if TerminalMode.interrupted == 1 {
        TerminalMode.interrupted = 0
        return .byte(3)
      }
      if TerminalMode.resized == 1 {
        TerminalMode.resized = 0
        return .resized
      }
      let count = read(STDIN_FILENO, &byte, 1)
      if count == 1 { break }
      if count < 0, errno == EINTR { continue }
      return .end
    }
    guard byte == 0x1B else { return .byte(byte) }
    // Escape alone, or the start of a sequence: what follows it within 30 ms is its rest.
    var pending = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
    var rest = [UInt8](repeating: 0, count: 16)
    while poll(&pending, 1, 30) == 1, read(STDIN_FILENO, &rest, rest.count) > 0 {}
    return .sequence
  }

  /// The next line typed, without its line break; the terminal must be in the user's mode.
  static func line() -> Line {
    TerminalMode.interrupted = 0
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1024)
    while true {
      let count = read(STDIN_FILENO, &chunk, chunk.count)
      if TerminalMode.interrupted == 1 {
        TerminalMode.interrupted = 0
        return .interrupted
      }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { return bytes.isEmpty ? .cancelled : text(bytes[...]) }
      bytes += chunk[..<count]
      if let end = bytes.firstIndex(of: UInt8(ascii: "\n")) { return text(bytes[..<end]) }
    }
  }

  /// Why a line that is not text is refused, as `fu log` refuses such a message.
  static let notUTF8 = "the text is not UTF-8 (is your terminal set to UTF-8?)"

  /// `bytes` as a line of text, or `notUTF8`.
  private static func text(_ bytes: ArraySlice<UInt8>) -> Line {
    String(validating: bytes, as: UTF8.self).map(Line.text) ?? .notUTF8
  }
}
