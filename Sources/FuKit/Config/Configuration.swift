import Glibc
internal import Yams

/// fu's settings: the user's `config.yml` and the vault's `.fu/config.yml`, the vault's
/// values winning. Every value is optional; a missing one means fu's default.
public struct Configuration: Sendable, Equatable {
  /// The default vault (read from the user's file only).
  public var vault: String?
  /// The 1-based line `vault` is set on, for the warning a vault's own config gets.
  public var vaultLine: Int?
  /// How many days `fu agenda` looks ahead.
  public var agendaDays: Int?
  /// The headings that name the interaction log, as written.
  public var logSections: [String]?
  /// Paths that are not contacts, as patterns over vault-relative paths (`[]` clears what
  /// the user's file excludes).
  public var exclude: [String]?
  /// How human output shows dates.
  public var dates: DateDisplay?
  /// Front-matter keys that hold yearly days `fu agenda` shows beside birthdays.
  public var anniversaries: [String]?
  /// Cadences for contacts with these tags and no cadence of their own.
  public var cadenceByTag: [TagCadence]?
  /// How long after a cadence falls due a contact is still not overdue.
  public var grace: Cadence?
  /// Whether each write is committed to the vault's git repository (`git.autocommit`).
  public var gitAutocommit: Bool?
  /// The sequence of contacts with none of their own (`follow_up.sequence`).
  public var followUpSequence: FollowUpSequence?
  /// How many unanswered attempts before a contact rests (`follow_up.max_attempts`).
  public var maxAttempts: Int?
  /// How long a contact rests after its last try (`follow_up.reengage`).
  public var reengage: Cadence?
  /// Sequences a contact's `sequence` key can name, by name.
  public var sequences: [String: FollowUpSequence]?
  /// Your own name, as your messages sign it (`me:`): `{{me}}` in `fu draft`'s templates.
  public var me: String?
  /// Keys fu does not know, and other things worth a warning.
  public var warnings: [Diagnostic] = []

  public init() {}

  /// The settings in the file at `path`; `nil` when there is no such file. `shownPath` is
  /// how errors name it. A value of the wrong kind is an error naming the file, line and key.
  /// A device (a config linked to /dev/null, to switch it off) sets nothing.
  public static func load(path: String, shownPath: String? = nil) throws(FuError)
    -> Configuration?
  {
    guard let info = FileSystem.status(path) else { return nil }
    if (info.st_mode & S_IFMT) == S_IFCHR { return Configuration() }
    let bytes = try FileSystem.read(path)
    return try parse(bytes, shownPath: shownPath ?? path)
  }

  /// The settings in `bytes`, the content of the file shown as `shownPath`.
  public static func parse(_ bytes: [UInt8], shownPath: String) throws(FuError) -> Configuration {
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let line = TextDocument.firstInvalidUTF8Line(in: bytes).map { ":\($0)" } ?? ""
      throw .config(path: shownPath + line, message: "not valid UTF-8 (save it as UTF-8)")
    }
    let root: Node?
    do {
      root = try Yams.compose(yaml: text, .basic)
    } catch let error as YamlError {
      switch error {
      case .scanner(let context, let problem, let mark, _),
        .parser(let context, let problem, let mark, _),
        .composer(let context, let problem, let mark, _):
        let syntax = YAMLSyntaxError(context: context, problem: problem, mark: mark, yaml: text)
        throw .config(
          path: "\(shownPath):\(syntax.line)", message: "not valid YAML: \(syntax.detail)")
      case .duplicatedKeysInMapping(let duplicates, let context):
        let key = duplicates.first.map { "\($0)" } ?? ""
        // Yams marks the mapping; the line to fix is where the key comes again.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let repeats = lines.indices.dropFirst(max(0, context.mark.line - 1)).filter {
          lines[$0].trimmingSpaces().hasPrefix(key + ":")
        }
        let line = repeats.dropFirst().first.map { $0 + 1 } ?? context.mark.line
        throw .config(path: "\(shownPath):\(line)", message: "the key `\(key)` is set twice")
      default:
        throw .config(path: shownPath, message: "not valid YAML: \(error)")
      }
    } catch {
      throw .config(path: shownPath, message: "not valid YAML: \(error)")
    }
    var reader = ConfigReader(path: shownPath)
    return try reader.read(root)
  }

  /// These settings with every value `other` sets in their place.
  public func overridden(by other: Configuration) -> Configuration {
    var merged = self
    merged.vault = other.vault ?? vault
    merged.agendaDays = other.agendaDays ?? agendaDays
    merged.logSections = other.logSections ?? logSections
    merged.anniversaries = other.anniversaries ?? anniversaries
    merged.cadenceByTag = other.cadenceByTag ?? cadenceByTag
    merged.grace = other.grace ?? grace
    merged.gitAutocommit = other.gitAutocommit ?? gitAutocommit
    merged.followUpSequence = other.followUpSequence ?? followUpSequence
    merged.maxAttempts = other.maxAttempts ?? maxAttempts
    merged.reengage = other.reengage ?? reengage
    merged.sequences = other.sequences ?? sequences
    merged.exclude = other.exclude ?? exclude
    merged.dates = other.dates ?? dates
    merged.me = other.me ?? me
    merged.warnings = warnings + other.warnings
    return merged
  }

  /// How to follow up until there is an answer: these settings, else fu's defaults.
  public var practice: FollowUpPractice {
    var practice = FollowUpPractice()
    practice.defaultSequence = followUpSequence ?? practice.defaultSequence
    practice.maxAttempts = maxAttempts ?? practice.maxAttempts
    practice.reengage = reengage ?? practice.reengage
    practice.sequences = sequences ?? [:]
    return practice
  }
}

/// Reads a configuration document key by key, with errors that name the file, line and key.
private struct ConfigReader {
  let path: String
  var configuration = Configuration()

  init(path: String) {
    self.path = path
  }

  mutating func read(_ root: Node?) throws(FuError) -> Configuration {
    guard let root else { return configuration }  // an empty or all-comment file
    guard let mapping = root.mapping else {
      throw fail(root, "the file should hold `key: value` settings")
    }
    for (keyNode, value) in mapping {
      let key = keyNode.string ?? ""
      switch key {
      case "vault":
        configuration.vault = try path(value, "vault")
        configuration.vaultLine = keyNode.mark?.line
      case "agenda":
        for (subkey, subvalue) in try table(value, "agenda") {
          switch subkey.string ?? "" {
          case "days": configuration.agendaDays = try count(subvalue, "agenda.days")
          default: warnUnknown(subkey, in: "agenda.")
          }
        }
      case "log":
        for (subkey, subvalue) in try table(value, "log") {
          switch subkey.string ?? "" {
          case "sections":
            configuration.logSections = try names(
              subvalue, "log.sections", like: "heading names, like [Interactions, Log]")
          default: warnUnknown(subkey, in: "log.")
          }
        }
      case "exclude":
        configuration.exclude = try patterns(value)
      case "cadence_by_tag":
        var defaults: [TagCadence] = []
        for (tag, cadence) in try table(value, "cadence_by_tag") {
          defaults.append(
            TagCadence(
              tag: tag.string ?? "",
              cadence: try duration(cadence, "cadence_by_tag.\(tag.string ?? "")")))
        }
        configuration.cadenceByTag = defaults
      case "git":
        for (subkey, subvalue) in try table(value, "git") {
          switch subkey.string ?? "" {
          case "autocommit": configuration.gitAutocommit = try flag(subvalue, "git.autocommit")
          default: warnUnknown(subkey, in: "git.")
          }
        }
      case "follow_up":
        for (subkey, subvalue) in try table(value, "follow_up") {
          switch subkey.string ?? "" {
          case "sequence":
            configuration.followUpSequence = try sequence(subvalue, "follow_up.sequence")
          case "max_attempts":
            configuration.maxAttempts = try attempts(subvalue, "follow_up.max_attempts")
          case "reengage": configuration.reengage = try duration(subvalue, "follow_up.reengage")
          default: warnUnknown(subkey, in: "follow_up.")
          }
        }
      case "sequences":
        var sequences: [String: FollowUpSequence] = [:]
        for (name, steps) in try table(value, "sequences") {
          let name = name.string ?? ""
          sequences[name] = try sequence(steps, "sequences.\(name)")
        }
        configuration.sequences = sequences
      case "grace":
        configuration.grace = try duration(value, "grace", allowingZero: true)
      case "anniversaries":
        configuration.anniversaries = try names(
          value, "anniversaries", like: "front-matter keys, like [wedding, started_job]")
      case "me":
        let text = try scalar(value, "me").trimmingSpaces()
        configuration.me = text.isEmpty ? nil : text  // `me:` alone: not set
      case "dates":
        let text = try scalar(value, "dates")
        guard let display = DateDisplay(rawValue: text.trimmingSpaces().lowercased()) else {
          throw fail(
            value, "`dates` should be `short` (Nov 14) or `iso` (2026-11-14), not \"\(text)\"")
        }
        configuration.dates = display
      default:
        warnUnknown(keyNode, in: "")
      }
    }
    return configuration
  }

  private func fail(_ node: Node, _ message: String) -> FuError {
    .config(path: node.mark.map { "\(path):\($0.line)" } ?? path, message: message)
  }

  private mutating func warnUnknown(_ key: Node, in parent: String) {
    configuration.warnings.append(
      Diagnostic(
        path: path, line: key.mark?.line,
        message: "unknown setting `\(parent)\(key.string ?? "?")`; ignored"))
  }

  private func scalar(_ node: Node, _ key: String) throws(FuError) -> String {
    guard let text = node.scalar?.string else {
      throw fail(node, "`\(key)` should be a single value")
    }
    return text
  }

  private func flag(_ node: Node, _ key: String) throws(FuError) -> Bool {
    let text = try scalar(node, key)
    switch text.lowercased() {
    case "true", "yes", "on": return true
    case "false", "no", "off": return false
    default: throw fail(node, "`\(key)` should be true or false, not \"\(text)\"")
    }
  }

  /// A duration such as `3d` or `monthly`; with `allowingZero`, also `0d` (none at all).
  private func duration(_ node: Node, _ key: String, allowingZero: Bool = false) throws(FuError)
    -> Cadence
  {
    let text = try scalar(node, key)
    guard let cadence = Cadence(parsing: text, allowingZero: allowingZero) else {
      throw fail(
        node, "`\(key)` should be a duration such as 3d, 2w, 1m or monthly, not \"\(text)\"")
    }
    return cadence
  }

  /// A follow-up sequence: a list of waits, each maybe with a channel (`[2d, 1w email]`),
  /// or one wait.
  private func sequence(_ node: Node, _ key: String) throws(FuError) -> FollowUpSequence {
    let items = try list(node, key)
    switch FollowUpSequence.parse(items) {
    case .success(let sequence): return sequence
    case .failure(let step):
      let item =
        step.text.flatMap { text in node.sequence?.first { $0.scalar?.string == text } } ?? node
      throw fail(item, "`\(key)`: \(step.explanation)")
    }
  }

  /// How many attempts: a whole number from 1 to 100.
  private func attempts(_ node: Node, _ key: String) throws(FuError) -> Int {
    let text = try scalar(node, key)
    guard let value = Int(text), (1...100).contains(value) else {
      throw fail(
        node, "`\(key)` should be a whole number of attempts from 1 to 100, not \"\(text)\"")
    }
    return value
  }

  private func table(_ node: Node, _ key: String) throws(FuError) -> Node.Mapping {
    guard let mapping = node.mapping else {
      throw fail(
        node, "`\(key)` should hold settings below it, indented (`\(key):` then `  key: value`)")
    }
    return mapping
  }

  private func path(_ node: Node, _ key: String) throws(FuError) -> String {
    let text = try scalar(node, key).trimmingSpaces()
    guard !text.isEmpty else { throw fail(node, "`\(key)` should be the path of a folder") }
    return text
  }

  private func count(_ node: Node, _ key: String) throws(FuError) -> Int {
    let text = try scalar(node, key)
    guard let value = Int(text), value >= 0, value <= 36_600 else {
      throw fail(
        node, "`\(key)` should be a whole number of days from 0 to 36600, not \"\(text)\"")
    }
    return value
  }

  private func names(_ node: Node, _ key: String, like example: String) throws(FuError)
    -> [String]
  {
    let items = try list(node, key).map { $0.trimmingSpaces() }
    guard !items.isEmpty, !items.contains(where: \.isEmpty) else {
      throw fail(node, "`\(key)` should list one or more \(example)")
    }
    return items
  }

  private func patterns(_ node: Node) throws(FuError) -> [String] {
    guard node.scalar == nil, let sequence = node.sequence else {
      return try [pattern(node)]
    }
    var patterns: [String] = []
    for item in sequence { patterns.append(try pattern(item)) }
    return patterns
  }

  private func pattern(_ node: Node) throws(FuError) -> String {
    guard let text = node.scalar?.string else {
      throw fail(node, "each item of `exclude` should be one pattern, like \"archive/\"")
    }
    guard PathGlob(text) != nil else {
      throw fail(node, "`exclude` has an invalid pattern \"\(text)\" (empty, or an unclosed `[`)")
    }
    return text
  }

  /// A list of single values; one value alone counts as a list of one.
  private func list(_ node: Node, _ key: String) throws(FuError) -> [String] {
    if let text = node.scalar?.string { return [text] }
    guard let sequence = node.sequence else {
      throw fail(node, "`\(key)` should be a list, like [a, b]")
    }
    var items: [String] = []
    for item in sequence {
      guard let text = item.scalar?.string else {
        throw fail(item, "each item of `\(key)` should be a single value")
      }
      items.append(text)
    }
    return items
  }
}
