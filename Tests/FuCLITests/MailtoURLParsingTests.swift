import Foundation
import FuTestSupport
import Testing

/// `fu draft --mailto` read back by real URL parsers, Python's `urllib.parse` and Node's
/// WHATWG `URL`: the address, the subject and the body they decode must be the draft's
/// (`--json`), its line breaks as the CRLF RFC 6068 asks for.
@Suite struct MailtoURLParsingTests {
  static let python = """
    import json, sys, urllib.parse
    url = urllib.parse.urlsplit(sys.argv[1])
    fields = urllib.parse.parse_qs(url.query, keep_blank_values=True, strict_parsing=True)
    print(json.dumps({"scheme": url.scheme, "to": urllib.parse.unquote(url.path),
      "subject": fields.get("subject", [""])[0], "body": fields["body"][0],
      "fields": sorted(fields)}))
    """

  static let node = """
    const url = new URL(process.argv[2]);
    console.log(JSON.stringify({scheme: url.protocol.slice(0, -1),
      to: decodeURIComponent(url.pathname), subject: url.searchParams.get("subject") ?? "",
      body: url.searchParams.get("body"), fields: [...url.searchParams.keys()].sort()}));
    """

  /// Zoë's address holds a `+`, her name and company non-ASCII, her last topic `%`, `?`,
  /// `#`, `&`, `+` and quotes, the template a hard line break; Ken has no email.
  @Test(arguments: [["zoë", "thank-you"], ["ken"], ["zoë", "value-add"]])
  func parsersReadTheDraftBack(_ words: [String]) throws {
    let vault = Scenario.repository.appendingPathComponent("Tests/Fixtures/vaults/drafts")
    let work = try makeTemporaryFolder("mailto")
    defer { try? FileManager.default.removeItem(at: work) }
    let common = ["--vault", vault.path, "--no-cache", "--today", "2026-11-21"]
    let mailto = try FuBinary.run(["draft"] + words + ["--mailto"] + common, in: work)
    let json = try FuBinary.run(["draft"] + words + ["--json"] + common, in: work)
    try #require(mailto.status == 0 && json.status == 0, "\(mailto.stderr)\(json.stderr)")
    let url = mailto.stdout.trimmingCharacters(in: .newlines)
    #expect(!url.contains(where: { $0.isWhitespace || $0 == "'" || $0 == "\"" }))  // for xargs
    let draft = try #require(
      JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let subject = draft["subject"] as? String ?? "?"
    let expected: [String: Any] = [
      "scheme": "mailto", "to": draft["to"] as? String ?? "",
      "subject": subject,
      "body": (draft["body"] as? String ?? "?")
        .replacingOccurrences(of: "\n", with: "\r\n"),
      "fields": subject.isEmpty ? ["body"] : ["body", "subject"],
    ]
    for (program, script) in [("python3", Self.python), ("node", Self.node)] {
      let file = work.appendingPathComponent(program == "node" ? "parse.js" : "parse.py")
      try script.write(to: file, atomically: true, encoding: .utf8)
      let output = try Program.output(program, [file.path, url])
      let parsed = try #require(
        JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
      #expect(NSDictionary(dictionary: parsed) == NSDictionary(dictionary: expected), "\(program)")
    }
    #expect((draft["body"] as? String)?.contains("\n") == true)
  }
}
