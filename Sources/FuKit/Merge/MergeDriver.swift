/// git's merge-driver protocol (`merge.fu.driver = fu merge-file %O %A %B %P`): three
/// files in, the result written into OURS, clean or with conflicts marked.
public enum MergeDriver {
  /// Merges the files at `base`, `ours` and `theirs` (git's `%O %A %B`) with `ContactMerge`
  /// and writes the result over `ours`. `path` (git's `%P`) names the file in messages.
  public static func mergeFiles(
    base: String, ours: String, theirs: String, path: String?,
    logSectionNames: [String] = ContactFile.defaultLogSectionNames
  ) throws(FuError) -> ContactMerge.Outcome {
    let bytes = (
      base: try FileSystem.read(base), ours: try FileSystem.read(ours),
      theirs: try FileSystem.read(theirs)
    )
    let outcome = try ContactMerge.merge(
      base: bytes.base, ours: bytes.ours, theirs: bytes.theirs, path: path ?? ours,
      logSectionNames: logSectionNames)
    if outcome.bytes != bytes.ours {
      try AtomicFile.replaceNamed(outcome.bytes, at: ours)
    }
    return outcome
  }
}
