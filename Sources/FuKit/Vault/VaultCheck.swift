/// Every problem in a vault that `fu check` reports: what reading the files found (front
/// matter, dates, cadences, conflict markers, log dates, encodings, links) and the names that
/// two files answer to, which `WHO` could not tell apart.
public enum VaultCheck {
  /// The problems, sorted by path and line.
  public static func problems(in contents: VaultFiles) -> [Diagnostic] {
    (contents.diagnostics + sharedNames(in: contents.files)).sorted()
  }

  /// A file whose stem, name or alias is also another file's, reported on the later file at
  /// the line of the key that gives the name.
  static func sharedNames(in files: [ContactFile]) -> [Diagnostic] {
    struct Claim {
      var path: String
      var line: Int?
      var written: String
    }
    var stems: [String: Claim] = [:]
    var names: [String: Claim] = [:]
    var problems: [Diagnostic] = []
    for file in files {
      let contact = file.contact
      func line(of key: String) -> Int? {
        guard case .valid(let frontMatter) = file.frontMatter else { return nil }
        return frontMatter.field(key).map { $0.line + 1 }
      }
      let stem = ContactMatcher.fold(contact.stem)
      if let first = stems[stem] {
        problems.append(
          Diagnostic(
            path: contact.path,
            message:
              "file name `\(contact.stem)` is also \(first.path); give the path to tell them apart"
          ))
      } else {
        stems[stem] = Claim(path: contact.path, line: nil, written: contact.stem)
      }
      var claims = [(contact.name, line(of: "name"))]
      claims += contact.aliases.map { ($0, line(of: "aliases")) }
      var claimedHere = Set<String>()
      for (written, line) in claims {
        let key = ContactMatcher.fold(written)
        guard !key.isEmpty, claimedHere.insert(key).inserted else { continue }
        if let first = names[key], first.path != contact.path {
          let place = first.line.map { "\(first.path):\($0)" } ?? first.path
          problems.append(
            Diagnostic(
              path: contact.path, line: line,
              message:
                "\"\(written)\" is also a name of \(place); `fu log \(written)` cannot tell them apart"
            ))
        } else {
          names[key] = Claim(path: contact.path, line: line, written: written)
        }
      }
    }
    return problems
  }
}
