/// A problem found in one file of the vault: shown as `path:line: message`.
public struct Diagnostic: Error, Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The file's path relative to the vault root.
  public var path: String
  /// The 1-based line the problem is on, when there is one.
  public var line: Int?
  /// What is wrong, in words the user can act on.
  public var message: String

  public init(path: String, line: Int? = nil, message: String) {
    self.path = path
    self.line = line
    self.message = message
  }

  /// `path:line: message`, or `path: message` without a line.
  public var description: String { located(at: path) }

  /// The diagnostic with `displayPath` in place of the vault-relative path.
  public func located(at displayPath: String) -> String {
    if let line { return "\(displayPath):\(line): \(message)" }
    return "\(displayPath): \(message)"
  }

  public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
    (lhs.path, lhs.line ?? 0, lhs.message) < (rhs.path, rhs.line ?? 0, rhs.message)
  }
}
