/// One side's interaction log, cut for a merge: its entries, each with the lines after it
/// up to the next entry (the blank line of a loose list, an undated note), and where in the
/// file the entries stand.
struct LogPieces {
  /// An entry and the lines that follow it.
  struct Unit {
    /// The entry's lines without terminators: two entries are the same when this is.
    var identity: String
    var date: CalendarDate
    /// The entry's lines, each with its terminator.
    var entry: [String]
    /// The lines after it, up to the next entry; none after the last.
    var tail: [String]
  }

  /// The entries, in file order.
  var units: [Unit] = []
  /// The document lines from the first entry through the last; where the entries would go
  /// (an empty range) when there are none.
  var region: Range<Int>
  /// Whether the entries are a loose list (blank lines between them).
  var isLoose = false
  /// Whether the entries run newest first.
  var isNewestFirst = false

  /// The section's heading and what stands between it and the first entry, blank lines
  /// before the heading included, when the section is new (base has none): it goes with
  /// the entries, so that a section `fu log` appended does not collide with text the
  /// other side added at the end of the file.
  var lead: [String] = []

  /// The log of `file`, read with its log; `isNew` when base has no log section.
  init(_ file: ContactFile, isNew: Bool = false) {
    let document = file.document
    guard let section = file.logSection else {
      region = document.lines.count..<document.lines.count
      return
    }
    isLoose = section.isLoose
    isNewestFirst = section.isNewestFirst
    let entries = section.entries
    guard let first = entries.first, let last = entries.last else {
      // Where fu log puts a first entry: after the section's last line that is not blank.
      let end = section.body.last { !document.isBlank(line: $0) } ?? section.heading.upperBound
      region = (end + 1)..<(end + 1)
      return
    }
    region = first.lines.lowerBound..<(last.lines.upperBound + 1)
    if isNew {
      var start = section.heading.lowerBound
      while start > file.frontMatter.bodyStart, document.isBlank(line: start - 1) { start -= 1 }
      lead = Array(document.lines[start..<region.lowerBound])
      region = start..<region.upperBound
    }
    for (index, entry) in entries.enumerated() {
      let tailEnd =
        index + 1 < entries.count ? entries[index + 1].lines.lowerBound : region.upperBound
      let lines = Array(document.lines[entry.lines])
      units.append(
        Unit(
          identity: MergeLines.identity(lines), date: entry.date, entry: lines,
          tail: Array(
            document.lines[(entry.lines.upperBound + 1)..<max(tailEnd, entry.lines.upperBound + 1)])
        ))
    }
  }

  /// How many entries read `identity`.
  func count(_ identity: String) -> Int { units.count { $0.identity == identity } }

  /// The `occurrence`-th (0-based) entry that reads `identity`.
  func unit(_ identity: String, occurrence: Int) -> Unit? {
    units.lazy.filter { $0.identity == identity }.dropFirst(occurrence).first
  }
}

/// Merges interaction logs as the union of both sides' entries: an entry present on both
/// sides, byte for byte, once; an entry deleted on one side and unchanged on the other
/// (its following lines too) deleted; the others kept. Ours' entries stay where ours has
/// them; an entry only theirs has goes where `fu log` would put it, by date, in the order
/// the list keeps (newest first, or oldest first).
enum LogMerge {
  /// The merged lines that take the place of ours' entries, the entries they hold (their
  /// identities, as a multiset in order), and the conflicts marked in them.
  static func merge(base: LogPieces, ours: LogPieces, theirs: LogPieces, endings: LineEndings)
    throws(FuError) -> (lines: [String], identities: [String], conflicts: Int)
  {
    let ending = endings.ours
    var identities: [String] = []
    for unit in ours.units + theirs.units where !identities.contains(unit.identity) {
      identities.append(unit.identity)
    }
    // How many of each entry the result holds.
    var wanted: [String: Int] = [:]
    for identity in identities {
      let (b, o, t) = (base.count(identity), ours.count(identity), theirs.count(identity))
      var count = o == b ? t : t == b ? o : max(o, t)
      // A deletion stands only if the other side left what follows the entry alone.
      if count < max(o, t), changedTail(identity, base: base, in: o > t ? ours : theirs) {
        count = max(o, t)
      }
      wanted[identity] = count
    }

    var result: [(unit: LogPieces.Unit, fromTheirs: Bool)] = []
    var kept: [String: Int] = [:]
    var conflicts = 0
    for unit in ours.units {
      let occurrence = kept[unit.identity, default: 0]
      guard occurrence < wanted[unit.identity, default: 0] else { continue }
      kept[unit.identity] = occurrence + 1
      var merged = unit
      if let other = theirs.unit(unit.identity, occurrence: occurrence) {
        let tail = try mergeTail(
          base: base.unit(unit.identity, occurrence: occurrence)?.tail, ours: unit.tail,
          theirs: endings.adopting(other.tail), ending: ending)
        merged.tail = tail.lines
        conflicts += tail.conflicts
      }
      result.append((merged, false))
    }
    // Theirs' entries beyond those paired with ours' above, in theirs' order.
    let pairedWithOurs = kept
    var seenInTheirs: [String: Int] = [:]
    let newestFirst = [ours, theirs, base].first { $0.units.count >= 2 }?.isNewestFirst ?? false
    for unit in theirs.units {
      let occurrence = seenInTheirs[unit.identity, default: 0]
      seenInTheirs[unit.identity] = occurrence + 1
      guard occurrence >= pairedWithOurs[unit.identity, default: 0],
        kept[unit.identity, default: 0] < wanted[unit.identity, default: 0]
      else { continue }
      kept[unit.identity, default: 0] += 1
      var adopted = unit
      adopted.entry = endings.adopting(unit.entry)
      adopted.tail = endings.adopting(unit.tail)
      let at: Int
      if newestFirst {
        at = result.firstIndex { !$0.fromTheirs && $0.unit.date <= unit.date } ?? result.count
      } else {
        at = result.lastIndex { $0.unit.date <= unit.date }.map { $0 + 1 } ?? 0
      }
      result.insert((adopted, true), at: at)
    }

    let isLoose = [ours, theirs, base].first { $0.units.count >= 2 }?.isLoose ?? false
    // A section both sides started: one heading when they wrote the same, else both, as
    // a conflict.
    var lines = ours.lead.isEmpty ? endings.adopting(theirs.lead) : ours.lead
    let text = { (lines: [String]) in lines.filter { !MergeLines.isBlank($0) } }
    if !ours.lead.isEmpty, !theirs.lead.isEmpty,
      !MergeLines.same(text(ours.lead), text(theirs.lead))
    {
      let merged = try LineMerge.merge(
        base: [], ours: ours.lead, theirs: endings.adopting(theirs.lead), ending: ending)
      lines = merged.lines
      conflicts += merged.conflicts
    }
    for (index, item) in result.enumerated() {
      var tail = item.unit.tail
      if index == result.count - 1 {
        while let last = tail.last, MergeLines.isBlank(last) { tail.removeLast() }
      } else if isLoose && tail.isEmpty {
        tail = [ending]
      }
      lines += item.unit.entry + tail
    }
    return (lines, result.map(\.unit.identity), conflicts)
  }

  /// Whether `side` changed what follows an entry reading `identity` (blank lines aside)
  /// from what base has.
  private static func changedTail(_ identity: String, base: LogPieces, in side: LogPieces)
    -> Bool
  {
    let text = { (unit: LogPieces.Unit?) in unit?.tail.filter { !MergeLines.isBlank($0) } }
    return side.units.indices.contains { index in
      let unit = side.units[index]
      guard unit.identity == identity else { return false }
      let occurrence = side.units[..<index].count { $0.identity == identity }
      return !MergeLines.same(text(unit), text(base.unit(identity, occurrence: occurrence)))
        && base.unit(identity, occurrence: occurrence) != nil
    }
  }

  /// What follows an entry both sides keep: a side that changed it wins; blank lines alone
  /// differing are ours; anything else is merged as lines.
  private static func mergeTail(
    base: [String]?, ours: [String], theirs: [String], ending: String
  ) throws(FuError) -> (lines: [String], conflicts: Int) {
    let base = base ?? []
    if MergeLines.same(ours, theirs) || MergeLines.same(base, theirs) { return (ours, 0) }
    if MergeLines.same(base, ours) { return (theirs, 0) }
    let text = { (lines: [String]) in lines.filter { !MergeLines.isBlank($0) } }
    if MergeLines.same(text(ours), text(theirs)) { return (ours, 0) }
    return try LineMerge.merge(base: base, ours: ours, theirs: theirs, ending: ending)
  }
}
