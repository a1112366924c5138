/// What `fu log` is asked to record.
public struct LogRequest: Sendable {
  /// The day of the interaction.
  public var date: CalendarDate
  /// The entry's text; lines after the first continue the entry, indented.
  public var message: String
  /// An explicit next follow-up (`--next`): a day, or none at all.
  public var next: NextFollowUp?
  /// The config's `cadence_by_tag`: a contact with none of its own moves on by its tags'.
  public var cadenceByTag: [TagCadence]
  /// Whether this is an attempt with no answer yet (`--sent`): the entry is tagged `#sent`.
  public var sent = false
  /// The channel used (`--via`), tagged on the entry: `linkedin` for `#linkedin`.
  public var channel: String?
  /// A new one-line reason for the follow-up (`--note`): the `notes` key; empty clears it.
  public var note: String?
  /// The sequences, attempts and rest that set the follow-up after an attempt.
  public var practice = FollowUpPractice()

  public init(
    date: CalendarDate, message: String, next: NextFollowUp? = nil,
    cadenceByTag: [TagCadence] = []
  ) {
    self.date = date
    self.message = message
    self.next = next
    self.cadenceByTag = cadenceByTag
  }

  /// The message's first line that is not blank: where an entry's tags are.
  var firstLine: Substring {
    message.split(whereSeparator: \.isNewline).first { !$0.trimmingSpaces().isEmpty } ?? ""
  }

  /// The entry's first line after its date, as written: the message's, then its tags
  /// (what `fu log`'s commit subject says).
  public var writtenFirstLine: String {
    ([String(firstLine.trimmingSpaces())] + tags).filter { !$0.isEmpty }.joined(separator: " ")
  }

  /// The tags the entry's first line ends with: `#sent` for an attempt, `#CHANNEL` for
  /// `--via`, each unless the message already carries it, or the other is the same tag
  /// (`--sent --via sent`); tags are compared ignoring case, as `Hashtag` reads them.
  var tags: [String] {
    var tags: [String] = []
    for tag in [sent ? LogEntry.sentTag : nil, channel].compactMap({ $0 })
    where !Hashtag.contains(tag, in: firstLine)
      && !tags.contains(where: { $0.lowercased() == tag.lowercased() })
    {
      tags.append(tag)
    }
    return tags.map { "#" + $0 }
  }
}

/// Plans the edit `fu log` makes: an entry in the interaction log, `last_contact` moved to
/// the interaction's day when that is later, and `next_follow_up` moved on.
///
/// After an attempt (`--sent`, or `#sent` in the message): to `--next`, else the newest
/// open attempt's day + the sequence's wait while fewer than `max_attempts` are open, else
/// + `reengage`; an attempt older than an answer leaves it as it was. After a two-way entry that
/// answers open attempts: to `--next`, else the new `last_contact` + cadence, else emptied.
/// Otherwise: to `--next`, else to the new `last_contact` + cadence (its own, else its
/// tags'), else emptied once it has passed; an interaction older than `last_contact`
/// changes neither date, unless `--next` is given or `next_follow_up` was due by its day.
public enum LogPlanner {
  /// The edit that records `request` in `file` (read with its log). Throws when the file
  /// must not be written, a value cannot be changed in place, or an attempt's follow-up
  /// cannot be known (a sequence fu cannot read).
  public static func plan(_ file: ContactFile, _ request: LogRequest) throws(FuError) -> ContactEdit
  {
    if let refusal = file.refusalReason { throw .refusedWrite(refusal) }
    try refuseControlCharacters(in: request.message)
    if let channel = request.channel { try checkChannel(channel) }
    let contact = file.contact
    var frontMatter = FrontMatterEditor(file: file)

    let lastContact = max(request.date, contact.lastContact ?? request.date)
    if lastContact != contact.lastContact {
      try frontMatter.set(ContactKey.lastContact.spelling, to: lastContact.description)
    }
    // The contact as it will read: its tags' cadence is chosen from the new last contact.
    var updated = contact
    updated.lastContact = lastContact
    updated = updated.withCadence(from: request.cadenceByTag)

    let timeline = Timeline(file, adding: request)
    let nextFollowUp = try self.nextFollowUp(
      of: file, updated: updated, lastContact: lastContact, timeline: timeline, request)
    if nextFollowUp != contact.nextFollowUp {
      try frontMatter.set(ContactKey.nextFollowUp.spelling, to: nextFollowUp?.description)
    }
    let note = try request.note.map { text throws(FuError) in try NoteText.read(text) }
    if let note, note != contact.notes {
      try frontMatter.set(ContactKey.notes.spelling, toText: note)
      updated.notes = note
    }

    let edits = try frontMatter.finished() + [entryInsertion(in: file, request)]
    let result = file.document.applying(edits)
    if result.bytes.count > ContactFile.bodySizeLimit {
      throw .cannotEdit(
        Diagnostic(
          path: file.path,
          message:
            "the entry would take the file past fu's \(ContactFile.bodySizeLimit >> 20) MiB limit for a contact file; nothing was written"
        ))
    }
    try verify(
      result, of: file, lastContact: lastContact, nextFollowUp: nextFollowUp,
      notes: note ?? contact.notes, isAttempt: timeline.addsAttempt, request)
    updated.nextFollowUp = nextFollowUp
    return ContactEdit(
      path: file.path, original: file.document, edits: edits, result: result,
      lastContact: lastContact, nextFollowUp: nextFollowUp,
      followUp: updated.followUp(today: lastContact), attempts: timeline.openAttempts)
  }

  /// The log oldest first, as a day and whether it is an attempt per entry, with the new
  /// entry where it goes: after every entry of its day or earlier.
  private struct Timeline {
    var entries: [(date: CalendarDate, isAttempt: Bool)]
    /// Where the new entry is.
    var position: Int

    init(_ file: ContactFile, adding request: LogRequest) {
      entries = LogEntry.timeline(file.contact.log).map { ($0.date, $0.isAttempt) }
      position = entries.lastIndex { $0.date <= request.date }.map { $0 + 1 } ?? 0
      // What makes the entry an attempt is its first line as written: `--sent`, a `#sent`
      // in the message, or `--via sent`.
      entries.insert(
        (request.date, Hashtag.contains(LogEntry.sentTag, in: request.writtenFirstLine[...])),
        at: position)
    }

    /// Whether the new entry is an attempt.
    var addsAttempt: Bool { entries[position].isAttempt }
    /// Whether the new entry is one of the open attempts.
    var addsOpenAttempt: Bool {
      addsAttempt && entries[position...].allSatisfy(\.isAttempt)
    }
    /// The day of the newest entry.
    var newest: CalendarDate { entries[entries.count - 1].date }

    /// The attempts open after the edit.
    var openAttempts: OpenAttempts {
      let count = entries.reversed().prefix { $0.isAttempt }.count
      return OpenAttempts(
        count: count, waitingSince: count > 0 ? entries[entries.count - count].date : nil)
    }
  }

  /// The `next_follow_up` the entry leaves, by the rules of `plan`.
  private static func nextFollowUp(
    of file: ContactFile, updated: Contact, lastContact: CalendarDate, timeline: Timeline,
    _ request: LogRequest
  ) throws(FuError) -> CalendarDate? {
    let contact = file.contact
    if let next = request.next { return next.date }
    let openAfter = timeline.openAttempts.count
    if timeline.addsAttempt {
      let sequence: FollowUpSequence
      switch request.practice.sequence(for: updated) {
      case .success(let found): sequence = found
      case .failure(let problem):
        var refusal = problem
        refusal.message += "; fu cannot tell when to follow up (give --next, or fix it)"
        throw .cannotEdit(refusal)
      }
      // An attempt older than an answer is history: the follow-up stays as it was. One
      // among the open attempts moves it on from the newest of them.
      guard timeline.addsOpenAttempt else { return contact.nextFollowUp }
      return request.practice.nextFollowUp(
        after: timeline.newest, attempts: openAfter, sequence: sequence)
    }
    if contact.attempts.count > 0, openAfter == 0 {
      // A reply ends the run of attempts, and the follow-up the run had set.
      return updated.cadence?.after(lastContact)
    }
    // An interaction older than the last contact adds history, not news: it leaves the
    // follow-up as it was, unless the follow-up was due by that day (the interaction
    // answered it). Then it moves on from the last contact, not from the older day, which
    // would put it before what the later interaction already asks for.
    let isOlder = contact.lastContact.map { request.date < $0 } ?? false
    let isAnswered = contact.nextFollowUp.map { $0 <= request.date } ?? false
    if !isOlder || isAnswered, let cadence = updated.cadence { return cadence.after(lastContact) }
    return isAnswered ? nil : contact.nextFollowUp
  }

  /// Throws unless `channel` can be a tag: letters, digits, `_`, `-`, `/`, with a letter.
  private static func checkChannel(_ channel: String) throws(FuError) {
    guard channel.allSatisfy(Hashtag.isTagCharacter), channel.contains(where: \.isLetter) else {
      throw .invalidChannel(channel)
    }
  }

  /// Throws for a control character in `message` other than a tab or a line break (NUL,
  /// an escape sequence, a form feed): git would call the file binary, and a terminal
  /// showing it would obey it.
  private static func refuseControlCharacters(in message: String) throws(FuError) {
    var line = 1
    for scalar in message.unicodeScalars {
      switch scalar.value {
      case 0x0A: line += 1
      case 0x09, 0x0D: continue
      case 0x00...0x1F, 0x7F...0x9F:
        throw .controlCharacterInMessage(scalar: scalar, line: line)
      default: continue
      }
    }
  }

  /// Reads the planned result back and checks it says what was meant and nothing else: a
  /// front matter that parses, the other keys as they were, the two dates as planned, and
  /// one entry more, as many lines long as written. A file shape the editor misjudged, or a
  /// message Markdown reads as something else, is refused rather than written.
  private static func verify(
    _ result: TextDocument, of file: ContactFile, lastContact: CalendarDate,
    nextFollowUp: CalendarDate?, notes: String?, isAttempt: Bool, _ request: LogRequest
  ) throws(FuError) {
    let reread = ContactFile(
      path: file.path, document: result, readLog: true, logSectionNames: file.logSectionNames)
    let changed: Set = [
      ContactKey.lastContact.spelling, ContactKey.nextFollowUp.spelling, ContactKey.notes.spelling,
    ]
    let ok =
      reread.refusalReason == nil
      && reread.frontMatter.fields(except: changed) == file.frontMatter.fields(except: changed)
      && reread.contact.lastContact == lastContact
      && reread.contact.nextFollowUp == nextFollowUp
      && reread.contact.notes == notes
      && (!isAttempt || reread.contact.log.contains { $0.date == request.date && $0.isAttempt })
      && reread.contact.log.count == file.contact.log.count + 1
      && reread.contact.log.contains {
        $0.date == request.date && $0.lines.count == entryLines(request).count
      }
    guard ok, keepsListSpacing(file, reread, request) else {
      if ok {
        throw .cannotEdit(
          Diagnostic(
            path: file.path,
            message:
              "fu cannot add this entry without changing how the log renders: a blank line inside an entry (before a link reference definition?) would make its tight list loose; nothing was written"
          ))
      }
      if !readsBackAlone(request, logSectionNames: file.logSectionNames) {
        throw .cannotEdit(
          Diagnostic(
            path: file.path,
            message:
              "the message cannot be a log entry as it is: Markdown reads some of its lines as something else (a `---` or `===` line under another makes it a heading); reword them. Nothing was written"
          ))
      }
      throw .cannotEdit(
        Diagnostic(
          path: file.path,
          message:
            "fu cannot add this entry without risking other lines (an unusual file layout); nothing was written"
        ))
    }
  }

  /// Whether every entry of `file` is in a list as tight or as loose, as cmark renders it,
  /// in `reread` (the file with one entry more): a blank line inside an entry that only a
  /// link reference definition follows leaves a list tight until an item comes after it.
  /// A message of several paragraphs loosens its list itself, as the user wrote it.
  private static func keepsListSpacing(
    _ file: ContactFile, _ reread: ContactFile, _ request: LogRequest
  ) -> Bool {
    if entryLines(request).contains("") { return true }
    func tightness(_ file: ContactFile) -> [Bool] {
      guard let section = file.logSection else { return [] }
      let outline = MarkdownOutline(document: file.document, from: file.frontMatter.bodyStart)
      return section.entries.map { entry in
        outline.items.first { $0.lines == entry.lines }?.isInTightList ?? true
      }
    }
    let before = file.logSection?.entries ?? []
    let after = reread.logSection?.entries ?? []
    guard after.count == before.count + 1 else { return false }
    // The added entry is where the two lists first differ.
    let added =
      before.indices.first {
        before[$0].date != after[$0].date || before[$0].text != after[$0].text
      }
      ?? before.count
    var spacing = tightness(reread)
    spacing.remove(at: added)
    return spacing == tightness(file)
  }

  /// The marker of the item after one marked `marker`: `2. ` after `1. `, `10) ` after
  /// `9) `; a bullet stays as it is.
  static func marker(following marker: String) -> String {
    let indent = marker.prefix { $0 == " " || $0 == "\t" }
    let digits = marker.dropFirst(indent.count).prefix { $0.isASCII && $0.isNumber }
    let rest = marker.dropFirst(indent.count + digits.count)
    guard let number = Int(digits), let delimiter = rest.first, delimiter == "." || delimiter == ")"
    else { return marker }
    return indent + String(number + 1) + rest
  }

  /// Whether the entry for `request` reads back whole as the one entry of a file holding
  /// nothing else: when it does not, the message is at fault, not the file it goes in.
  private static func readsBackAlone(_ request: LogRequest, logSectionNames: [String]) -> Bool {
    let entry = entryLines(request)
    let text = (["## " + (logSectionNames.first ?? "Interactions"), ""] + entry)
      .map { $0 + "\n" }.joined()
    let file = ContactFile(
      path: "", document: TextDocument(text: text), readLog: true,
      logSectionNames: logSectionNames)
    return file.contact.log.count == 1 && file.contact.log[0].lines.count == entry.count
  }

  /// The entry's lines: `- YYYY-MM-DD: first line` (with `marker` in place of `- ` and
  /// `separator` in place of `:`; an entry with no text takes `:`), further lines indented
  /// to line up with the text.
  static func entryLines(_ request: LogRequest, marker: String = "- ", separator: String = ":")
    -> [String]
  {
    var lines = request.message.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .map(String.init)
    while let last = lines.last, last.trimmingSpaces().isEmpty { lines.removeLast() }
    while let first = lines.first, first.trimmingSpaces().isEmpty { lines.removeFirst() }
    let tags = request.tags.joined(separator: " ")
    if !tags.isEmpty {
      if lines.isEmpty { lines = [tags] } else { lines[0] = lines[0].trimmingSpaces() + " " + tags }
    }
    let head =
      marker + "\(request.date)"
      + (lines.first.map { (separator.isEmpty ? ":" : separator) + " " + $0.trimmingSpaces() }
        ?? ":")
    // Up to where the marker's text starts, a tab reaching the next multiple of 4 as in
    // Markdown: `-\t` needs four spaces, not two, to keep a line inside the entry.
    let indent = String(repeating: " ", count: LogSection.column(after: marker))
    return [head] + lines.dropFirst().map { $0.trimmingSpaces().isEmpty ? "" : indent + $0 }
  }

  /// Where the entry goes: among the log's entries by date, in the order the list keeps;
  /// at the end of an empty log section; else in a new section at the end, under the first
  /// log heading name (`## Interactions` unless the config says otherwise).
  private static func entryInsertion(in file: ContactFile, _ request: LogRequest) -> LineEdit {
    let document = file.document
    let entry = entryLines(request)
    guard let section = file.logSection else {
      let endsBlank =
        document.lines.indices.last.map(document.isBlank(line:))
        ?? true
      return document.insertion(
        of: (endsBlank ? [] : [""]) + ["## " + (file.logSectionNames.first ?? "Interactions"), ""]
          + entry, at: document.lines.count)
    }
    let entries = section.entries
    guard let first = entries.first, let last = entries.last else {
      var end = section.heading.upperBound
      for index in section.body
      where !document.isBlank(line: index) {
        end = index
      }
      let followedByText =
        end + 1 < document.lines.count
        && !document.isBlank(line: end + 1)
      return document.insertion(of: [""] + entry + (followedByText ? [""] : []), at: end + 1)
    }
    // The entry takes its neighbour's bullet and indentation, so it joins the same list;
    // after the last item of a numbered list, the next number.
    let gap = section.isLoose ? [""] : []
    func entryLike(_ neighbour: LogEntry, after: Bool = false) -> [String] {
      // After the list's last item: none follows, undated or not.
      let next = document.lines.indices.dropFirst(neighbour.lines.upperBound + 1).first {
        !document.isBlank(line: $0)
      }
      let itemFollows = next.map { index in
        let text = document.content(ofLine: index)
        return LogSection.startsListItem(text.drop { $0 == " " || $0 == "\t" })
      }
      let isAfterLast = after && neighbour.lines == last.lines && itemFollows != true
      return entryLines(
        request, marker: isAfterLast ? marker(following: neighbour.marker) : neighbour.marker,
        separator: neighbour.separator)
    }
    if section.isNewestFirst {
      if let target = entries.first(where: { $0.date <= request.date }) {
        return document.insertion(of: entryLike(target) + gap, at: target.lines.lowerBound)
      }
      return document.insertion(
        of: gap + entryLike(last, after: true), at: last.lines.upperBound + 1)
    }
    if let target = entries.last(where: { $0.date <= request.date }) {
      return document.insertion(
        of: gap + entryLike(target, after: true), at: target.lines.upperBound + 1)
    }
    return document.insertion(of: entryLike(first) + gap, at: first.lines.lowerBound)
  }
}
