import FuKit
import Glibc

/// The process's terminal: what is a TTY, how wide it is, where messages go.
enum Terminal {
  /// The process's environment, read once (fu never changes its own) and as ProcessInfo
  /// reads it: split at the first `=`, the last of a repeated name winning, what is not
  /// UTF-8 repaired. ProcessInfo builds it afresh at each call, splitting every entry as
  /// Characters: a tenth of an agenda --count over 1,000 contacts, asked for thrice.
  static let environment: [String: String] = {
    var variables: [String: String] = [:]
    var entry: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = environ
    while let text = entry?.pointee {
      let bytes = UnsafeBufferPointer(
        start: UnsafeRawPointer(text).assumingMemoryBound(to: UInt8.self), count: strlen(text))
      if let equals = bytes.firstIndex(of: UInt8(ascii: "=")) {
        variables[String(decoding: bytes[..<equals], as: UTF8.self)] = String(
          decoding: bytes[(equals + 1)...], as: UTF8.self)
      }
      entry = entry.map { $0 + 1 }
    }
    return variables
  }()

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
}
