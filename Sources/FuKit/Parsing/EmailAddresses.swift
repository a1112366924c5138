extension FrontMatter {
  /// The email addresses its `email` and `emails` keys hold (a list, or text with commas),
  /// trimmed and lower-cased, as addresses compare.
  public var emailAddresses: Set<String> {
    var found = Set<String>()
    for key in ["email", "emails"] {
      if let field = field(key) { found.formUnion(Self.emailAddresses(in: field.value)) }
    }
    return found
  }

  /// The addresses an `email` value holds, folded (`foldEmail`); an empty one left out.
  public static func emailAddresses(in value: FrontMatter.Value) -> [String] {
    let addresses: [String]
    switch value {
    case .text(let text): addresses = text.split(separator: ",").map(foldEmail)
    case .list(let items): addresses = items.map(foldEmail)
    default: addresses = []
    }
    return addresses.filter { !$0.isEmpty }
  }

  /// An email address as compared: trimmed and lower-cased.
  public static func foldEmail(_ email: some StringProtocol) -> String {
    email.trimmingSpaces().lowercased()
  }
}
