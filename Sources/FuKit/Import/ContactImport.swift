/// Decides, person by person, what `fu import` does: a new contact file, or nothing but a
/// report for a person the vault already has (same name or alias; a shared email when the
/// names fit, as `Margaret H. Hamilton` fits `Margaret Hamilton`, or one of the two is named
/// by nothing but it), with the keys that file lacks, which `--merge` adds. Different names
/// sharing an email (a family's address: Jane Doe and John Doe) are different people.
public struct ContactImport {
  /// What the import does with one person.
  public enum Decision: Equatable, Sendable {
    /// A new file at vault-relative `path`, holding `text`.
    case create(path: String, text: String)
    /// A new file would go to `path`, which the config's `exclude` hides: none is made.
    case excluded(path: String)
    /// The contact at `path` is this person (`reason` says why fu thinks so); `missing` are
    /// the person's keys that file lacks.
    case existing(path: String, reason: String, missing: [NewContact.Field])
  }

  /// A contact the vault has, or that this import creates.
  struct Known {
    var path: String
    /// The name and aliases, folded as `ContactMatcher` compares names.
    var names: [String]
    var emails: Set<String>
    /// Normalised keys with a value.
    var keys: Set<String>
    /// The line of the address book the person starts on, when this import creates the
    /// contact.
    var importedFrom: Int? = nil
  }

  /// The tags and cadence every file created gets (`--tag`, `--cadence`).
  private let tags: [String]
  private let cadence: Cadence?
  /// The paths the vault does not read (the config's `exclude`).
  private let exclude: [PathGlob]
  private var known: [Known] = []
  /// The first known contact with each folded email and each folded name or alias.
  private var byEmail: [String: Int] = [:]
  private var byName: [String: Int] = [:]
  /// Vault-relative paths taken: existing files and the ones planned.
  private var takenPaths: Set<String>

  /// An import into a vault holding the contact `files`, whose files created get `tags`
  /// and `cadence`, and go nowhere `exclude` hides.
  public init(
    files: [ContactFile], tags: [String] = [], cadence: Cadence? = nil, exclude: [PathGlob] = []
  ) {
    self.tags = tags
    self.cadence = cadence
    self.exclude = exclude
    let contacts = files.map { file in
      var keys = Set<String>()
      var emails = Set<String>()
      if case .valid(let frontMatter) = file.frontMatter {
        keys = Self.keysWithValue(frontMatter)
        emails = frontMatter.emailAddresses
      }
      return Known(
        path: file.path,
        names: ([file.contact.name] + file.contact.aliases).map(NameFolding.fold),
        emails: emails,
        keys: keys)
    }
    takenPaths = Set(files.map(\.path))
    contacts.forEach { add($0) }
  }

  /// What to do with `person`: a file in `folder` ("" for the vault's top) named after
  /// them, `-2`, `-3`... added when the name is taken by someone else, with the text
  /// `render` makes of the new contact; `exists` says whether a path is taken outside what
  /// the vault's contacts are (a folder, a link). A later person who is the same as one
  /// created is matched against the keys the rendered file has.
  public mutating func decide(
    _ person: ImportedContact, folder: String, exists: (String) -> Bool,
    render: (NewContact) throws(FuError) -> String
  ) throws(FuError) -> Decision {
    let emails = Set(person.emails.map(FrontMatter.foldEmail)).subtracting([""])
    let name = NameFolding.fold(person.name)
    let byAlias = person.aliases.compactMap { byName[NameFolding.fold($0)] }.first
    if let match = byName[name] ?? byAlias {
      let isName = known[match].names.first == name
      // Someone with work and home emails, or a namesake: said, for the user to judge.
      let namesake =
        emails.isEmpty || known[match].emails.isEmpty
          || !emails.isDisjoint(with: known[match].emails)
        ? "" : ", no email in common"
      return existing(
        known[match], person, reason: (isName ? "same name" : "same alias") + namesake)
    }
    // A card named after its email (it had no name) is whoever has that email; so is a
    // contact of the vault named so, and one whose name fits.
    if let match = emails.compactMap({ byEmail[$0] }).min() {
      let other = known[match].names.first ?? ""
      let isNamedByEmail = { (name: String) in
        emails.contains { NameFolding.fold($0) == name }
      }
      if isNamedByEmail(name) || isNamedByEmail(other) || Self.namesFit(name, other) {
        return existing(known[match], person, reason: "same email")
      }
    }
    let stem = String(try ContactFileName.make(from: person.name).dropLast(3))
    var path = ""
    for number in 1... {
      let name = number == 1 ? stem + ".md" : "\(stem)-\(number).md"
      path = folder.isEmpty ? name : folder + "/" + name
      if !takenPaths.contains(path) && !exists(path) { break }
    }
    if exclude.contains(where: { $0.matches(path, isFolder: false) }) {
      return .excluded(path: path)
    }
    var tagged = person
    tagged.tags += tags.filter { !person.tags.contains($0) }
    var contact = tagged.newContact
    contact.cadence = cadence
    let text = try render(contact)
    var keys: Set<String> = []
    if case .valid(let frontMatter) = FrontMatterBlock(document: TextDocument(text: text)) {
      keys = Self.keysWithValue(frontMatter)
    }
    takenPaths.insert(path)
    add(
      Known(
        path: path, names: ([person.name] + person.aliases).map(NameFolding.fold),
        emails: emails, keys: keys, importedFrom: person.line))
    return .create(path: path, text: text)
  }

  /// Notes that `fields` were added to the contact at `path` (`--merge`), so that a later
  /// person who is the same is not told they lack them, and is found by an email added.
  public mutating func merged(_ fields: [NewContact.Field], into path: String) {
    guard let index = known.firstIndex(where: { $0.path == path }) else { return }
    for field in fields {
      known[index].keys.insert(FrontMatter.normalize(key: field.key))
      guard ["email", "emails"].contains(FrontMatter.normalize(key: field.key)) else { continue }
      for email in FrontMatter.emailAddresses(in: field.value) where byEmail[email] == nil {
        known[index].emails.insert(email)
        byEmail[email] = index
      }
    }
  }

  /// Adds `contact` to the known ones; an email or name already known keeps its first
  /// contact, as a search in file order would find.
  private mutating func add(_ contact: Known) {
    for email in contact.emails where byEmail[email] == nil { byEmail[email] = known.count }
    for name in contact.names where byName[name] == nil { byName[name] = known.count }
    known.append(contact)
  }

  /// `match` as the contact `person` is; `reason` gets the line of the address book the
  /// contact came from when this import creates it (two cards of one name or email).
  private func existing(_ match: Known, _ person: ImportedContact, reason: String) -> Decision {
    .existing(
      path: match.path,
      reason: match.importedFrom.map { "\(reason) as the person on line \($0) of this file" }
        ?? reason,
      missing: person.fields.filter { !match.keys.contains(FrontMatter.normalize(key: $0.key)) })
  }

  /// Whether two folded names can be one person's: the words of one are all in the other,
  /// a single letter standing for a word it starts (`a lovelace`, `ada lovelace`, `ada h
  /// lovelace`). `jane doe` and `john doe` do not fit.
  static func namesFit(_ first: String, _ second: String) -> Bool {
    func words(_ name: String) -> [Substring] {
      name.split { !$0.isLetter && !$0.isNumber }
    }
    var (shorter, longer) = (words(first), words(second))
    if shorter.count > longer.count { swap(&shorter, &longer) }
    guard !shorter.isEmpty else { return false }
    for word in shorter {
      let index = longer.firstIndex { other in
        other == word || (word.count == 1 && other.hasPrefix(word))
          || (other.count == 1 && word.hasPrefix(other))
      }
      guard let index else { return false }
      longer.remove(at: index)
    }
    return true
  }

  /// The normalised keys of `frontMatter` that have a value: those `--merge` leaves alone.
  private static func keysWithValue(_ frontMatter: FrontMatter) -> Set<String> {
    Set(frontMatter.fields.filter { $0.value != .empty }.map(\.normalizedKey))
  }
}
