/// The file name and folder of a new contact, made safe from what the user typed: a name
/// becomes a lower-case, dash-separated file name that cannot leave its folder, and a folder
/// must be a plain relative path inside the vault.
public enum ContactFileName {
  /// The longest file name made, in bytes, well under every file system's 255.
  static let maximumBytes = 120

  /// `ada-lovelace.md` for `Ada Lovelace`; letters and digits of any script are kept, every
  /// other run of characters becomes one `-`.
  public static func make(from name: String) throws(FuError) -> String {
    try validate(name)
    // Scalar by scalar, so that no character can swallow a separator or the `.md`.
    var slug = String.UnicodeScalarView()
    var pendingDash = false
    for scalar in name.lowercased().unicodeScalars {
      let category = scalar.properties.generalCategory
      let isWord = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      let isMark = [.nonspacingMark, .spacingMark, .enclosingMark].contains(category)
      if isWord || (isMark && !slug.isEmpty && !pendingDash) {
        if pendingDash && !slug.isEmpty { slug.append("-") }
        pendingDash = false
        slug.append(scalar)
      } else {
        pendingDash = true
      }
    }
    var text = String(slug)
    // A scalar that joins with what follows it (a prepended letter) must not end the name.
    while !text.isEmpty
      && (text.utf8.count > maximumBytes || text.hasSuffix("-") || !(text + ".md").hasSuffix(".md"))
    {
      text.unicodeScalars.removeLast()
    }
    guard !text.isEmpty else {
      throw .invalidName(name: name, reason: "it has no letters or digits to name a file after")
    }
    slug = text.unicodeScalars
    return String(slug) + ".md"
  }

  /// Checks that `name` can be a contact's name: not blank, one line, no control characters.
  public static func validate(_ name: String) throws(FuError) {
    guard !name.allSatisfy({ $0.isWhitespace }) else {
      throw .invalidName(name: name, reason: "the name is empty")
    }
    guard !name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
    else {
      throw .invalidName(
        name: name, reason: "the name has control characters (a line break, a tab, NUL...)")
    }
  }

  /// `folder` as a vault-relative path (`work/clients`), or an error when it is absolute,
  /// climbs out (`..`), is hidden (fu skips hidden folders), or has control characters.
  public static func folder(_ folder: String) throws(FuError) -> String {
    if folder.hasPrefix("/") {
      throw .invalidFolder(path: folder, reason: "give a folder inside the vault, relative to it")
    }
    guard !folder.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
    else {
      throw .invalidFolder(path: folder, reason: "it has control characters")
    }
    var parts: [Substring] = []
    for part in folder.split(separator: "/") where part != "." {
      if part == ".." {
        throw .invalidFolder(path: folder, reason: "`..` would leave the vault")
      }
      if part.hasPrefix(".") {
        throw .invalidFolder(
          path: folder, reason: "fu skips hidden folders, so it would never see the contact")
      }
      parts.append(part)
    }
    return parts.joined(separator: "/")
  }
}
