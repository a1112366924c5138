/// Every problem in a vault that `fu check` reports: what reading the files found (front
/// matter, dates, cadences, conflict markers, log dates, encodings, links) and the names that
/// two files answer to, which `WHO` could not tell apart.
public enum VaultCheck {
  /// The problems, sorted by path and line.
  public static func problems(in contents: VaultFiles) -> [Diagnostic] {
    (contents.diagnostics + sharedNames(in: contents.files)).sorted()
  }

  /// A file whose stem, name or alias is also another file's, reported on the later file at
  /// the line of the key that gives the name; an alias that is another file's name, on the
  /// alias's file (WHO finds a name before an alias, so it never means the alias's file).
  static func sharedNames(in files: [ContactFile]) -> [Diagnostic] {
    struct Claim {
      var path: String
      var line: Int?
      var written: String
      var isAlias: Bool
    }
    /// Each file's names and aliases, folded, each once (a name before an alias).
    let claims: [[(key: String, claim: Claim)]] = files.map { file in
      let contact = file.contact
      func line(of key: String) -> Int? {
        guard case .valid(let frontMatter) = file.frontMatter else { return nil }
        return frontMatter.field(key).map { $0.line + 1 }
      }
      var written = [(contact.name, line(of: ContactKey.name.spelling), false)]
      written += contact.aliases.map { ($0, line(of: ContactKey.aliases.spelling), true) }
      var claimedHere = Set<String>()
      return written.compactMap { text, line, isAlias in
        let key = NameFolding.fold(text)
        guard !key.isEmpty, claimedHere.insert(key).inserted else { return nil }
        return (key, Claim(path: contact.path, line: line, written: text, isAlias: isAlias))
      }
    }
    var firstName: [String: Claim] = [:]
    for case let (key, claim) in claims.joined() where !claim.isAlias && firstName[key] == nil {
      firstName[key] = claim
    }
    func place(_ claim: Claim) -> String { claim.line.map { "\(claim.path):\($0)" } ?? claim.path }

    var stems: [String: String] = [:]
    var firstAlias: [String: Claim] = [:]
    var problems: [Diagnostic] = []
    for (file, claims) in zip(files, claims) {
      let contact = file.contact
      let stem = NameFolding.fold(contact.stem)
      if let first = stems[stem] {
        problems.append(
          Diagnostic(
            path: contact.path,
            message:
              "file name `\(contact.stem)` is also \(first); give the path to tell them apart"))
      } else {
        stems[stem] = contact.path
      }
      for (key, claim) in claims {
        let written = claim.written
        if let name = firstName[key], name.path != contact.path {
          guard claim.isAlias else {
            problems.append(
              Diagnostic(
                path: contact.path, line: claim.line,
                message:
                  "\"\(written)\" is also a name of \(place(name)); `fu log \(written)` cannot tell them apart"
              ))
            continue
          }
          problems.append(
            Diagnostic(
              path: contact.path, line: claim.line,
              message:
                "alias \"\(written)\" is the name of \(place(name)), so `fu log \(written)` never means this file"
            ))
        } else if claim.isAlias {
          if let alias = firstAlias[key], alias.path != contact.path {
            problems.append(
              Diagnostic(
                path: contact.path, line: claim.line,
                message:
                  "\"\(written)\" is also an alias of \(place(alias)); `fu log \(written)` cannot tell them apart"
              ))
          } else if firstAlias[key] == nil {
            firstAlias[key] = claim
          }
        }
      }
    }
    return problems
  }
}
