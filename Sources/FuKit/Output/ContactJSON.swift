/// A contact as the JSON of every listing writes it (`fu agenda`, `fu list`, `fu show`,
/// `fu export`): its name and path, when it is due and why, then its known keys, each
/// encoded by its kind.
enum ContactJSON {
  /// `{name, path, due, status, days, source, KEYS..., MORE..., attempts, waiting_since,
  /// next_step, channel}`: the due fields are null when nothing is planned, the attempt
  /// fields 0 and null when none is open.
  static func object(
    _ contact: Contact, followUp: FollowUp?, status: DueStatus?, days: Int?,
    keys: [ContactKey], more: [(String, JSONValue)] = [], progress: AttemptProgress?
  ) -> JSONValue {
    // One array, made once: a listing makes one of these per contact.
    var fields: [(String, JSONValue)] = []
    fields.reserveCapacity(10 + keys.count + more.count)
    fields.append((ContactKey.name.spelling, .string(contact.name)))
    fields.append(("path", .string(contact.path)))
    fields.append(("due", .optional(followUp?.due.description)))
    fields.append(("status", .optional(status?.rawValue)))
    fields.append(("days", days.map(JSONValue.int) ?? .null))
    fields.append(("source", .optional(followUp?.source.rawValue)))
    for key in keys { fields.append((key.spelling, contact[key].json)) }
    fields.append(contentsOf: more)
    fields.append(("attempts", .int(progress?.attempts ?? 0)))
    fields.append(("waiting_since", .optional(progress?.waitingSince.description)))
    fields.append(("next_step", .optional(progress?.nextStep.rawValue)))
    fields.append(("channel", .optional(progress?.channel)))
    return .object(fields)
  }
}

extension ContactKey.Value {
  /// The value in JSON: a string or null, or an array of strings.
  var json: JSONValue {
    switch self {
    case .text(let text): .optional(text)
    case .names(let names): .array(names.map(JSONValue.string))
    case .date(let date): .optional(date?.description)
    case .cadence(let cadence): .optional(cadence?.description)
    case .sequence(let setting):
      setting.map { .array(($0.items ?? []).map(JSONValue.string)) } ?? .null
    }
  }

  /// The value as a CSV cell: empty when unset, a list joined with `; `.
  var csvCell: String {
    switch self {
    case .text(let text): text ?? ""
    case .names(let names): names.joined(separator: "; ")
    case .date(let date): date?.description ?? ""
    case .cadence(let cadence): cadence?.description ?? ""
    case .sequence(let setting): setting?.items?.joined(separator: "; ") ?? ""
    }
  }
}
