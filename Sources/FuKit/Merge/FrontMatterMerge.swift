/// The front matter of one side of a merge, cut into pieces that merge on their own: the
/// lines before the first key, then each top-level key with the lines up to the next key
/// (its block list, its comments).
struct FrontMatterPieces {
  /// A top-level key and its lines.
  struct Key {
    /// The normalised key with its occurrence (`tags`, or `tags#2` for a second `tags`).
    var id: String
    /// The key as read, with its value.
    var field: FrontMatter.Field
    /// The key's lines, each with its terminator.
    var lines: [String]
  }

  /// The opening and closing `---` lines; `nil` for a file without front matter.
  var fences: (opening: String, closing: String)?
  /// The lines between the opening fence and the first key (comments).
  var prologue: [String] = []
  /// The keys, in file order.
  var keys: [Key] = []

  /// The pieces of `frontMatter` in `document`; `nil` when its keys do not each start a
  /// line of their own below the previous one (a flow mapping), which only a line merge
  /// can take.
  init?(_ frontMatter: FrontMatterBlock, in document: TextDocument) {
    guard case .valid(let block) = frontMatter else { return }
    fences = (document.lines[0], document.lines[block.closingLine])
    let starts = block.fields.map(\.line)
    guard zip(starts, starts.dropFirst()).allSatisfy({ $0 < $1 }),
      starts.allSatisfy({ (1..<block.closingLine).contains($0) })
    else { return nil }
    prologue = Array(document.lines[1..<(starts.first ?? block.closingLine)])
    var seen: [String: Int] = [:]
    for (index, field) in block.fields.enumerated() {
      let end = index + 1 < starts.count ? starts[index + 1] : block.closingLine
      let count = seen[field.normalizedKey, default: 0] + 1
      seen[field.normalizedKey] = count
      keys.append(
        Key(
          id: count == 1 ? field.normalizedKey : "\(field.normalizedKey)#\(count)", field: field,
          lines: Array(document.lines[field.line..<end])))
    }
  }

  func key(_ id: String) -> Key? { keys.first { $0.id == id } }

  /// The front matter's lines, fences included; none without front matter.
  var allLines: [String] {
    guard let fences else { return [] }
    return [fences.opening] + prologue + keys.flatMap(\.lines) + [fences.closing]
  }
}

/// Merges front matter key by key: a key changed on one side takes that side's lines; the
/// same change on both, once. When both changed `last_contact`, the later date wins; when
/// both changed `next_follow_up`, the value of the side whose `last_contact` is later (on a
/// tie, the later date). Any other key changed differently on both sides is left to a line
/// merge of its lines alone, which marks the conflict there.
enum FrontMatterMerge {
  /// The merged front matter's lines (none when no side has front matter), the keys it
  /// should read back as (normalised key and value, in order), and its conflicts. Lines
  /// taken from theirs get `ending`.
  static func merge(
    base: FrontMatterPieces, ours: FrontMatterPieces, theirs: FrontMatterPieces,
    endings: LineEndings
  ) throws(FuError) -> (lines: [String], expected: [ExpectedKey], conflicts: Int) {
    let ending = endings.ours
    if base.fences != nil, ours.fences == nil || theirs.fences == nil {
      // A side took the front matter out: whole blocks merge as lines, so that the other
      // side's changes to it conflict rather than bring it back, or go.
      let merged = try LineMerge.merge(
        base: base.allLines, ours: ours.allLines, theirs: endings.adopting(theirs.allLines),
        ending: ending)
      return (merged.lines, [], merged.conflicts)
    }
    guard let fences = ours.fences ?? theirs.fences.map({ (adopt($0.opening), adopt($0.closing)) })
    else { return ([], [], 0) }
    func adopt(_ line: String) -> String { endings.adopting([line])[0] }
    var conflicts = 0

    let prologue = try piece(
      base: base.prologue, ours: ours.prologue, theirs: theirs.prologue, endings: endings,
      conflicts: &conflicts)

    // Ours' keys in ours' order; a key ours lacks goes after the key before it in theirs.
    var order = ours.keys.map(\.id)
    for (index, key) in theirs.keys.enumerated() where !order.contains(key.id) {
      let before = theirs.keys[..<index].last { order.contains($0.id) }
      let at = before.flatMap { key in order.firstIndex(of: key.id).map { $0 + 1 } } ?? 0
      order.insert(key.id, at: at)
    }
    var lines = [fences.opening] + prologue
    var expected: [ExpectedKey] = []
    func adopted(_ key: FrontMatterPieces.Key) -> FrontMatterPieces.Key {
      FrontMatterPieces.Key(
        id: key.id, field: key.field, lines: endings.adopting(key.lines))
    }
    for id in order {
      let (o, t, b) = (ours.key(id), theirs.key(id), base.key(id))
      let chosen: FrontMatterPieces.Key?
      if same(o, t) || same(b, t) {
        chosen = o
      } else if same(b, o) {
        chosen = t.map(adopted)
      } else if let o, let t, let winner = laterDate(id, o, t, ours: ours, theirs: theirs),
        let merged = try dateMerged(
          base: b, ours: o, theirs: adopted(t), winner: winner == .ours ? o : t, ending: ending)
      {
        // The later date on both sides, then a line merge of what else each changed (a
        // comment added on one side is kept, or a conflict), never one side dropped whole.
        conflicts += merged.conflicts
        lines += merged.lines
        let field = (winner == .ours ? o : t).field
        expected.append(
          ExpectedKey(
            normalizedKey: field.normalizedKey, value: merged.conflicts == 0 ? field.value : nil))
        continue
      } else {
        let merged = try LineMerge.merge(
          base: b?.lines ?? [], ours: o?.lines ?? [],
          theirs: endings.adopting(t?.lines ?? []), ending: ending)
        conflicts += merged.conflicts
        lines += merged.lines
        if let field = o?.field ?? t?.field, !merged.lines.isEmpty {
          // Merged by lines: whatever value that gives.
          expected.append(ExpectedKey(normalizedKey: field.normalizedKey, value: nil))
        }
        continue
      }
      if let chosen {
        lines += chosen.lines
        expected.append(
          ExpectedKey(normalizedKey: chosen.field.normalizedKey, value: chosen.field.value))
      }
    }
    return (lines + [fences.closing], expected, conflicts)
  }

  /// A key the merged front matter must read back with, and its value (`nil`: any).
  struct ExpectedKey: Equatable {
    var normalizedKey: String
    var value: FrontMatter.Value?
  }

  private enum Side { case ours, theirs }

  /// Which side's value wins when both changed `last_contact` or `next_follow_up`; `nil`
  /// for any other key, or a value that is no date.
  private static func laterDate(
    _ id: String, _ o: FrontMatterPieces.Key, _ t: FrontMatterPieces.Key,
    ours: FrontMatterPieces, theirs: FrontMatterPieces
  ) -> Side? {
    func date(_ field: FrontMatter.Field?) -> CalendarDate?? {
      guard let field else { return .some(nil) }
      switch field.value {
      case .empty: return .some(nil)
      case .text(let text): return CalendarDate(parsing: text).map { .some($0) }
      case .list, .structured: return nil
      }
    }
    guard let ourDate = date(o.field), let theirDate = date(t.field) else { return nil }
    switch ContactKey.named(id) {
    case .lastContact?:
      guard let ourDate, let theirDate else { return nil }
      return theirDate > ourDate ? .theirs : .ours
    case .nextFollowUp?:
      let last = ContactKey.lastContact.spelling
      if let ourLast = date(ours.key(last)?.field), let theirLast = date(theirs.key(last)?.field),
        ourLast != theirLast
      {
        return (theirLast ?? .earliest) > (ourLast ?? .earliest) ? .theirs : .ours
      }
      return (theirDate ?? .earliest) > (ourDate ?? .earliest) ? .theirs : .ours
    default:
      return nil
    }
  }

  /// The three versions of a date key merged as lines, once each has `winner`'s value on
  /// its first line (in its own quoting and spacing): what each side changed besides the
  /// date merges as git would. `nil` when a first line is not a plain `key: value`.
  private static func dateMerged(
    base: FrontMatterPieces.Key?, ours: FrontMatterPieces.Key, theirs: FrontMatterPieces.Key,
    winner: FrontMatterPieces.Key, ending: String
  ) throws(FuError) -> (lines: [String], conflicts: Int)? {
    guard let first = winner.lines.first,
      let winning = KeyValueLine(String(TextDocument.stripTerminator(first)))
    else { return nil }
    let value: String? = winning.value.isEmpty && winning.quote == nil ? nil : winning.value
    func withWinningValue(_ lines: [String]) -> [String]? {
      guard let first = lines.first else { return [] }
      guard let line = KeyValueLine(String(TextDocument.stripTerminator(first))) else {
        return nil
      }
      return [line.with(value: value) + TextDocument.terminator(of: first)] + lines.dropFirst()
    }
    guard let b = withWinningValue(base?.lines ?? []), let o = withWinningValue(ours.lines),
      let t = withWinningValue(theirs.lines)
    else { return nil }
    if MergeLines.same(o, t) || MergeLines.same(b, t) { return (o, 0) }
    if MergeLines.same(b, o) { return (t, 0) }
    return try LineMerge.merge(base: b, ours: o, theirs: t, ending: ending)
  }

  /// Whether two sides' versions of a key are the same lines (or both absent).
  private static func same(_ a: FrontMatterPieces.Key?, _ b: FrontMatterPieces.Key?) -> Bool {
    MergeLines.same(a?.lines, b?.lines)
  }

  /// The lines before the first key, merged as lines when both sides changed them.
  private static func piece(
    base: [String], ours: [String], theirs: [String], endings: LineEndings,
    conflicts: inout Int
  ) throws(FuError) -> [String] {
    if MergeLines.same(ours, theirs) || MergeLines.same(base, theirs) { return ours }
    if MergeLines.same(base, ours) { return endings.adopting(theirs) }
    let merged = try LineMerge.merge(
      base: base, ours: ours, theirs: endings.adopting(theirs), ending: endings.ours)
    conflicts += merged.conflicts
    return merged.lines
  }
}
