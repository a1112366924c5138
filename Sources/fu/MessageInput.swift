import Foundation
import FuKit

/// The message of `fu log`: its words as given, or standard input for `-`.
enum MessageInput {
  /// Why a message cannot be logged, found before any file is read.
  enum Problem: Error, CustomStringConvertible {
    /// A message, on standard input or among the arguments, that is not UTF-8 text.
    case notUTF8(onStandardInput: Bool)
    /// `-` asked for the message on standard input, which held none: a failed producer
    /// (`make-notes | fu log ada -`) must not log an empty interaction.
    case emptyStandardInput

    var description: String {
      switch self {
      case .notUTF8(let onStandardInput):
        onStandardInput
          ? "the message on standard input is not UTF-8 text"
          : "the message is not UTF-8 text (is your terminal set to UTF-8?)"
      case .emptyStandardInput:
        "no message on standard input; nothing was logged (to log no message, leave the message out)"
      }
    }
  }

  /// The message `words` give: joined by spaces, or standard input when they are `-`.
  static func read(_ words: [String]) throws(Problem) -> String {
    guard words == ["-"] else {
      // Arguments reach Swift with bytes that are not UTF-8 replaced by U+FFFD: such a
      // message would be written other than it was typed.
      let text = words.joined(separator: " ")
      if text.contains("\u{FFFD}"), !Terminal.argumentsAreUTF8 {
        throw .notUTF8(onStandardInput: false)
      }
      return text
    }
    let data = FileHandle.standardInput.readDataToEndOfFile()
    guard let text = String(data: data, encoding: .utf8) else {
      throw .notUTF8(onStandardInput: true)
    }
    guard !text.allSatisfy(\.isWhitespace) else { throw .emptyStandardInput }
    return text
  }
}
