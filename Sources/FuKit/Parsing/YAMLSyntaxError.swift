internal import Yams

/// Where a YAML syntax error is to be fixed, and what to say of it. libyaml reports the
/// place it noticed the problem and the construct it was in (its context): inside a flow
/// collection, a quoted scalar or a key, the construct's start is what was left open;
/// inside a block mapping or list, which may start many lines up, and for a tab, the
/// problem's own line is the one to fix.
struct YAMLSyntaxError {
  /// The 1-based line of the YAML text to fix.
  var line: Int
  /// libyaml's words, with the construct's start when that is another line, and a hint
  /// for the mistakes people make most.
  var detail: String

  /// The error libyaml reported in `yaml`, whose line `n` is line `fileLine(n)` of the
  /// file it came from.
  init(
    context: YamlError.Context?, problem: String, mark: Mark, yaml: String,
    fileLine: (Int) -> Int = { $0 }
  ) {
    guard let context else {
      (line, detail) = (fileLine(mark.line), problem)
      detail += YAMLSyntaxError.hint(problem: problem, context: nil, at: mark, in: yaml)
      return
    }
    if context.text.contains("block") || problem.contains("tab character") {
      line = fileLine(mark.line)
      detail =
        context.mark.line == mark.line
        ? "\(problem) \(context.text)"
        : "\(problem) (\(context.text) from line \(fileLine(context.mark.line)))"
    } else {
      (line, detail) = (fileLine(context.mark.line), "\(problem) \(context.text)")
    }
    detail += YAMLSyntaxError.hint(problem: problem, context: context.text, at: mark, in: yaml)
  }

  /// What a tab, or a value starting with `*`, `&` or `!`, means to YAML, when it is the
  /// cause.
  private static func hint(
    problem: String, context: String?, at mark: Mark, in yaml: String
  ) -> String {
    // Broken where libyaml breaks lines (a CRLF is one break).
    let lines = yaml.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    let text = mark.line >= 1 && mark.line <= lines.count ? lines[mark.line - 1] : ""
    if problem.contains("tab character")
      || (problem.contains("cannot start any token") && text.contains("\t"))
    {
      return "; YAML indents with spaces, not tabs"
    }
    if context?.contains("alias") == true || context?.contains("anchor") == true
      || context?.contains("tag") == true
    {
      return "; quote a value that starts with *, & or ! (\"*.draft.md\")"
    }
    return ""
  }
}
