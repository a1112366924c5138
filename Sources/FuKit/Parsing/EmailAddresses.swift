extension FrontMatter {
  /// The email addresses its `email` and `emails` keys hold (a list, or text with commas),
  /// trimmed and lower-cased, as addresses compare.
  public var emailAddresses: Set<String> { Set(writtenEmailAddresses.map(Self.foldEmail)) }

  /// The addresses its `email` key holds, then its `emails` key, as written, in order.
  public var writtenEmailAddresses: [String] {
    ["email", "emails"].compactMap { field($0) }.flatMap { Self.writtenAddresses(in: $0.value) }
  }

  /// The addresses an `email` value holds, folded (`foldEmail`); an empty one left out.
  public static func emailAddresses(in value: FrontMatter.Value) -> [String] {
    writtenAddresses(in: value).map(foldEmail)
  }

  /// The addresses an `email` value holds as written, in order: a list's items, or text
  /// split at commas; `Name <address>` gives the address, and a part with no `@` (the
  /// `Chen` of `Chen, May <may@example.org>`) is none.
  public static func writtenAddresses(in value: FrontMatter.Value) -> [String] {
    let parts: [Substring]
    switch value {
    case .text(let text): parts = text.split(separator: ",")
    case .list(let items): parts = items.map { $0[...] }
    default: parts = []
    }
    return parts.compactMap { part in
      var address = part.trimmingSpaces()[...]
      if let open = address.lastIndex(of: "<"), let close = address.lastIndex(of: ">"),
        open < close
      {
        address = address[address.index(after: open)..<close]
      }
      let bare = String(address.trimmingSpaces())
      return bare.contains("@") ? bare : nil
    }
  }

  /// An email address as compared: trimmed and lower-cased.
  public static func foldEmail(_ email: some StringProtocol) -> String {
    email.trimmingSpaces().lowercased()
  }
}
