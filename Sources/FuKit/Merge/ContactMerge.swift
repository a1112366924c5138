/// Merges three versions of a contact file, as git's merge driver: the front matter key by
/// key (`FrontMatterMerge`), the log as the union of both sides' entries (`LogMerge`), and
/// the rest of the file as a normal three-way line merge (`LineMerge`, git's own). A file
/// fu cannot read as a contact on any side is merged as plain text, exactly as git would.
/// Line endings, byte-order mark and final newline are ours'.
public enum ContactMerge {
  /// How a file was merged.
  public enum Method: Sendable, Equatable {
    /// By its structure: front matter, log, the rest.
    case structure
    /// As plain text, the way git merges without the driver, for `reason`.
    case text(reason: String)
  }

  /// A merge's result.
  public struct Outcome: Sendable, Equatable {
    /// The merged file, conflicts marked as git marks them.
    public var bytes: [UInt8]
    /// How many conflicts are marked in it (0: a clean merge).
    public var conflicts: Int
    public var method: Method
  }

  /// Merges `ours` and `theirs`, both changed from `base`. `path` names the file in
  /// messages; `logSectionNames` are the headings that hold the log. Throws only when git
  /// cannot be run.
  public static func merge(
    base: [UInt8], ours: [UInt8], theirs: [UInt8], path: String,
    logSectionNames: [String] = ContactFile.defaultLogSectionNames
  ) throws(FuError) -> Outcome {
    do {
      return try byStructure(
        base: base, ours: ours, theirs: theirs, path: path, logSectionNames: logSectionNames)
    } catch {
      // git refused a part (a NUL byte makes it binary): the whole file goes to git.
      guard case .gitFailed(_, let reason) = error, reason != gitMissing else { throw error }
      return try asText(base, ours, theirs, reason: reason)
    }
  }

  /// What `LineMerge` says when there is no git to run.
  static let gitMissing = "git could not be started"

  private static func byStructure(
    base: [UInt8], ours: [UInt8], theirs: [UInt8], path: String, logSectionNames: [String]
  ) throws(FuError) -> Outcome {
    let sides = [base, ours, theirs].map { bytes in
      TextDocument(bytes: bytes).map {
        ContactFile(path: path, document: $0, readLog: true, logSectionNames: logSectionNames)
      }
    }
    guard let baseFile = sides[0], let ourFile = sides[1], let theirFile = sides[2] else {
      return try asText(base, ours, theirs, reason: "not UTF-8")
    }
    for file in [baseFile, ourFile, theirFile] {
      if let refusal = file.refusalReason {
        return try asText(base, ours, theirs, reason: refusal.message)
      }
    }
    let pieces = [baseFile, ourFile, theirFile].map {
      FrontMatterPieces($0.frontMatter, in: $0.document)
    }
    guard let baseFM = pieces[0], let ourFM = pieces[1], let theirFM = pieces[2] else {
      return try asText(base, ours, theirs, reason: "a front matter fu cannot split by keys")
    }
    let ending = ourFile.document.lineEnding
    let endings = LineEndings(ours: ending, theirs: theirFile.document.lineEnding)
    let frontMatter = try FrontMatterMerge.merge(
      base: baseFM, ours: ourFM, theirs: theirFM, endings: endings)
    let logs = [baseFile, ourFile, theirFile].map {
      LogPieces($0, isNew: baseFile.logSection == nil)
    }
    let log = try LogMerge.merge(
      base: logs[0], ours: logs[1], theirs: logs[2], endings: endings)

    // The rest: each side's body with its entries replaced by one line, the same on all
    // three, merged by git (base's and theirs' usual line ending made ours', so that a
    // file converted on one side does not conflict everywhere); the merged entries then
    // take that line's place.
    let anchor = "\u{1}fu: the log's entries go here\u{1}"
    for file in [baseFile, ourFile, theirFile]
    where file.document.lines.contains(where: { TextDocument.stripTerminator($0) == anchor }) {
      return try asText(base, ours, theirs, reason: "a line fu uses for itself")
    }
    func rest(_ file: ContactFile, _ log: LogPieces) -> [String] {
      let lines = file.document.lines
      let start = file.frontMatter.bodyStart
      return Array(lines[start..<max(start, log.region.lowerBound)]) + [anchor + ending]
        + lines[max(start, log.region.upperBound)...]
    }
    let body = try LineMerge.merge(
      base: endings.adopting(rest(baseFile, logs[0]), from: baseFile.document.lineEnding),
      ours: rest(ourFile, logs[1]), theirs: endings.adopting(rest(theirFile, logs[2])),
      ending: ending)
    var lines = frontMatter.lines
    for line in body.lines {
      // In a conflict the line may be on both sides of it: the entries go to each.
      lines += TextDocument.stripTerminator(line) == anchor ? log.lines : [line]
    }
    var result = TextDocument(text: "")
    result.hasByteOrderMark = ourFile.document.hasByteOrderMark
    result.lines = terminated(lines, like: ourFile.document, ending: ending)
    let conflicts = frontMatter.conflicts + log.conflicts + body.conflicts
    guard conflicts > 0 || readsBack(result, frontMatter.expected, log.identities, ourFile)
    else {
      return try asText(base, ours, theirs, reason: "the merge did not read back as planned")
    }
    return Outcome(bytes: result.bytes, conflicts: conflicts, method: .structure)
  }

  /// `lines` with a terminator after each but the last, which ends as ours' last line does.
  private static func terminated(_ lines: [String], like ours: TextDocument, ending: String)
    -> [String]
  {
    var lines = lines.map { TextDocument.terminator(of: $0).isEmpty ? $0 + ending : $0 }
    if let last = ours.lines.last, TextDocument.terminator(of: last).isEmpty,
      let index = lines.indices.last
    {
      lines[index] = String(TextDocument.stripTerminator(lines[index]))
    }
    while let last = lines.last, last.isEmpty { lines.removeLast() }
    return lines
  }

  /// Whether a clean merge reads back as a contact fu may write, with the planned keys and
  /// values and exactly the planned entries: else it is merged as text instead.
  private static func readsBack(
    _ result: TextDocument, _ keys: [FrontMatterMerge.ExpectedKey], _ entries: [String],
    _ ours: ContactFile
  ) -> Bool {
    let file = ContactFile(
      path: ours.path, document: result, readLog: true, logSectionNames: ours.logSectionNames)
    guard file.refusalReason == nil else { return false }
    let fields: [FrontMatter.Field]
    switch file.frontMatter {
    case .valid(let frontMatter): fields = frontMatter.fields
    case .none: fields = []
    case .unclosed, .invalid: return false
    }
    let keysMatch =
      fields.count == keys.count
      && zip(fields, keys).allSatisfy { field, key in
        field.normalizedKey == key.normalizedKey && (key.value.map { $0 == field.value } ?? true)
      }
    let read = (file.logSection?.entries ?? []).map {
      MergeLines.identity(result.lines[$0.lines])
    }
    return keysMatch && read.sorted() == entries.sorted()
  }

  /// The merge git does without the driver; a file git will not merge (binary) stays ours,
  /// with a conflict, as git's own binary merge leaves it.
  private static func asText(
    _ base: [UInt8], _ ours: [UInt8], _ theirs: [UInt8], reason: String
  ) throws(FuError) -> Outcome {
    do {
      let merged = try LineMerge.merge(base: base, ours: ours, theirs: theirs)
      return Outcome(
        bytes: merged.bytes, conflicts: merged.conflicts, method: .text(reason: reason))
    } catch {
      guard case .gitFailed(_, let why) = error, why != gitMissing else {
        throw error
      }
      return Outcome(bytes: ours, conflicts: 1, method: .text(reason: why))
    }
  }
}
