/// Decides, person by person, what `fu import` does: a new contact file, or nothing but a
/// report for a person the vault already has (same name or alias, or a shared email), with
/// the keys that file lacks, which `--merge` adds.
public struct ContactImport {
  /// What the import does with one person.
  public enum Decision: Equatable, Sendable {
    /// A new file at vault-relative `path`.
    case create(path: String, contact: NewContact)
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

  private var known: [Known] = []
  /// The first known contact with each folded email and each folded name or alias.
  private var byEmail: [String: Int] = [:]
  private var byName: [String: Int] = [:]
  /// Vault-relative paths taken: existing files and the ones planned.
  private var takenPaths: Set<String>

  /// An import into a vault holding the contact `files`.
  public init(files: [ContactFile]) {
    let contacts = files.map { file in
      var keys = Set<String>()
      var emails = Set<String>()
      if case .valid(let frontMatter) = file.frontMatter {
        for field in frontMatter.fields where field.value != .empty {
          keys.insert(field.normalizedKey)
        }
        for key in ["email", "emails"] {
          switch frontMatter.field(key)?.value {
          case .text(let text):
            text.split(separator: ",").forEach { emails.insert(Self.fold($0)) }
          case .list(let items): items.forEach { emails.insert(Self.fold($0)) }
          default: break
          }
        }
      }
      return Known(
        path: file.path,
        names: ([file.contact.name] + file.contact.aliases).map(ContactMatcher.fold),
        emails: emails,
        keys: keys)
    }
    takenPaths = Set(files.map(\.path))
    contacts.forEach { add($0) }
  }

  /// What to do with `person`: a file in `folder` ("" for the vault's top) named after
  /// them, `-2`, `-3`... added when the name is taken by someone else; `exists` says
  /// whether a path is taken outside what the vault's contacts are (a folder, a link).
  public mutating func decide(
    _ person: ImportedContact, folder: String, exists: (String) -> Bool
  ) throws(FuError) -> Decision {
    let emails = Set(person.emails.map(Self.fold))
    if let match = emails.compactMap({ byEmail[$0] }).min() {
      return existing(known[match], person, reason: "same email")
    }
    if let match = byName[ContactMatcher.fold(person.name)] {
      let isName = known[match].names.first == ContactMatcher.fold(person.name)
      return existing(known[match], person, reason: isName ? "same name" : "same alias")
    }
    let stem = String(try ContactFileName.make(from: person.name).dropLast(3))
    var path = ""
    for number in 1... {
      let name = number == 1 ? stem + ".md" : "\(stem)-\(number).md"
      path = folder.isEmpty ? name : folder + "/" + name
      if !takenPaths.contains(path) && !exists(path) { break }
    }
    takenPaths.insert(path)
    let contact = person.newContact
    add(
      Known(
        path: path, names: ([person.name] + person.aliases).map(ContactMatcher.fold),
        emails: emails,
        keys: Set(["name"] + contact.fields.map { FrontMatter.normalize(key: $0.key) }),
        importedFrom: person.line))
    return .create(path: path, contact: contact)
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

  /// An email address as compared: trimmed and lower-cased.
  private static func fold(_ email: some StringProtocol) -> String {
    email.trimmingSpaces().lowercased()
  }
}
