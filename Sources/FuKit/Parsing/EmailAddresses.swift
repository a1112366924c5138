extension FrontMatter {
  /// The email addresses its `email` and `emails` keys hold (a list, or text with commas),
  /// trimmed and lower-cased, as addresses compare.
  public var emailAddresses: Set<String> {
    var found = Set<String>()
    for key in ["email", "emails"] {
      switch field(key)?.value {
      case .text(let text)?: found.formUnion(text.split(separator: ",").map(Self.foldEmail))
      case .list(let items)?: found.formUnion(items.map(Self.foldEmail))
      default: break
      }
    }
    found.remove("")
    return found
  }

  /// An email address as compared: trimmed and lower-cased.
  public static func foldEmail(_ email: some StringProtocol) -> String {
    email.trimmingSpaces().lowercased()
  }
}
