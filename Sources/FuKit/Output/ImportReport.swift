/// `fu import`'s outputs: a line a person as the import goes, a summary at the end, or
/// a JSON array.
public enum ImportReport {
  /// `{action, path, name, line, reason, keys}`: the path relative to the vault, the line
  /// where the person starts in the address book.
  public static func json(_ outcome: ImportOutcome) -> JSONValue {
    .object([
      ("action", .string(outcome.action.rawValue)), ("path", .optional(outcome.path)),
      (ContactKey.name.spelling, .string(outcome.person.name)), ("line", .int(outcome.person.line)),
      ("reason", .optional(outcome.reason)), ("keys", .array(outcome.keys.map(JSONValue.string))),
    ])
  }

  /// One line of the report: what happened, to which file (as `shownPath` shows a
  /// vault-relative path), and to whom; `file` is the address book.
  public static func line(
    _ outcome: ImportOutcome, file: String, shownPath: (String) -> String
  ) -> String {
    let action = outcome.action.rawValue.replacing("_", with: " ")
    let keys = outcome.keys.joined(separator: ", ")
    var detail = outcome.person.name
    switch outcome.action {
    case .exists:
      detail +=
        ": \(outcome.reason ?? ""); "
        + (keys.isEmpty ? "nothing to add" : "it lacks \(keys) (--merge adds them)")
    case .merged, .wouldMerge: detail += ": \(outcome.reason ?? ""); adds \(keys)"
    case .notMerged: detail += ": \(outcome.reason ?? ""); fu cannot add to this file (above)"
    case .skipped: detail += ": \(outcome.reason ?? "")"
    case .created, .wouldCreate: break
    }
    let padded = TextLayout.pad(action, max(action.count, 12))
    let place = outcome.path.map(shownPath) ?? "\(file):\(outcome.person.line)"
    return TextLayout.printable("\(padded) \(place)  \(detail)")
  }

  /// The summary of an import of `people` from `file`: how many were created, merged, found
  /// in the vault, not merged and skipped (`would be` in a dry run).
  public static func summary(
    _ outcomes: [ImportOutcome], people: Int, file: String, dryRun: Bool
  ) -> String {
    func count(_ actions: ImportOutcome.Action...) -> Int {
      outcomes.filter { actions.contains($0.action) }.count
    }
    let would = dryRun ? "would be " : ""
    var summary =
      "\(people == 1 ? "1 person" : "\(people) people") in \(file):"
      + " \(count(.created, .wouldCreate)) \(would)created,"
      + " \(count(.merged, .wouldMerge)) \(would)merged, \(count(.exists)) already in the vault"
    if count(.notMerged) > 0 { summary += ", \(count(.notMerged)) not merged" }
    if count(.skipped) > 0 { summary += ", \(count(.skipped)) skipped" }
    return TextLayout.printable(summary)
  }

  /// How many people created at once make a day worth spreading.
  static let crowdedDay = 10

  /// A hint to spread the first follow-ups (`--spread`) when an import created so many
  /// people with a cadence, and so due today, that they would crowd one day of the agenda.
  public static func spreadHint(
    _ outcomes: [ImportOutcome], cadence: Cadence?, spread: Cadence?
  ) -> String? {
    let created = outcomes.count { $0.action == .created || $0.action == .wouldCreate }
    guard let cadence, spread == nil, created >= crowdedDay else { return nil }
    let are = outcomes.contains { $0.action == .wouldCreate } ? "would be" : "are"
    return "fu: all \(created) people created \(are) due today (a cadence, never contacted);"
      + " --spread \(cadence) spreads their first follow-ups over that time instead"
  }
}
