import Foundation
import FuKit
import FuTestSupport
import Testing

/// The README's Dataview query lists what `fu agenda` lists. The very block a user copies
/// from the README runs in Node, with a stand-in for Dataview's `dv` that hands it each
/// sample contact as Obsidian would (raw front matter, unquoted dates as `Date`s, list
/// items with a checkbox as tasks), on several days of the year; its rows must be `fu
/// agenda --json`'s, by day, status, file and why.
@Suite struct DataviewQueryTests {
  /// The sample vault on days around its birthdays and month ends, and a vault of the
  /// calendar's edge cases (Jan 31 + 1m, Feb 29, `Next Follow-Up`, `2 weeks`, a day that
  /// does not exist, done and dated tasks, a time) around the end of February.
  static let cases: [(String, String)] =
    ["2026-11-21", "2026-12-05", "2026-06-20", "2027-01-30", "2027-03-01"].map {
      ("sample-vault", $0)
    }
    + ["2027-02-25", "2027-02-28", "2028-02-25"].map {
      ("Tests/Fixtures/vaults/calendar-edges", $0)
    }

  @Test(arguments: cases)
  func theReadmeQueryListsWhatFuAgendaLists(vault: String, today: String) throws {
    let vault = Scenario.repository.appendingPathComponent(vault)
    let work = try makeTemporaryFolder("dataview")
    defer { try? FileManager.default.removeItem(at: work) }
    let query = work.appendingPathComponent("query.js")
    let pages = work.appendingPathComponent("pages.json")
    let runner = work.appendingPathComponent("runner.js")
    try readmeQuery().write(to: query, atomically: true, encoding: .utf8)
    try pagesJSON(vault).write(to: pages, atomically: true, encoding: .utf8)
    try Self.runner.write(to: runner, atomically: true, encoding: .utf8)

    let node = try Program.output("node", [runner.path, query.path, pages.path, today])
    let rows = try JSONSerialization.jsonObject(with: Data(node.utf8)) as? [[String]] ?? []
    let dataview = rows.map { $0[0] + " " + $0[1] + " " + $0[2] + " " + $0[3] }.sorted()

    let fu = try FuBinary.run(
      ["agenda", "--vault", vault.path, "--no-cache", "--json", "--today", today],
      in: work)
    try #require(fu.status == 0, "\(fu.stderr)")
    let agenda = try JSONSerialization.jsonObject(with: Data(fu.stdout.utf8)) as? [[String: Any]]
    let expected = (agenda ?? []).map { row in
      ["due", "status", "path", "source"].map { row[$0] as? String ?? "?" }
        .joined(separator: " ")
    }.sorted()
    #expect(!expected.isEmpty)
    #expect(dataview == expected)
  }

  /// The `dataviewjs` block of README.md.
  private func readmeQuery() throws -> String {
    let readme = try String(
      contentsOf: Scenario.repository.appendingPathComponent("README.md"), encoding: .utf8)
    let start = try #require(readme.range(of: "```dataviewjs\n"))
    let end = try #require(readme.range(of: "\n```\n", range: start.upperBound..<readme.endIndex))
    return String(readme[start.upperBound..<end.lowerBound])
  }

  /// The contacts of `folder` as Dataview pages: `file.path`, `file.name`, `file.frontmatter`
  /// (an unquoted-looking date marked for the runner to make a `Date`, as Obsidian's YAML
  /// reader does) and `file.tasks` (every list item with a checkbox).
  private func pagesJSON(_ folder: URL) throws -> String {
    let vault = try Vault(path: folder.path)
    let pages: [JSONValue] = vault.readAll(readLog: false).files.map { file in
      var frontMatter: [(String, JSONValue)] = []
      if case .valid(let block) = file.frontMatter {
        for field in block.fields {
          switch field.value {
          case .empty: frontMatter.append((field.key, .null))
          case .text(let text) where CalendarDate(parsing: text)?.description == text:
            frontMatter.append((field.key, .object([("$date", .string(text))])))
          case .text(let text): frontMatter.append((field.key, .string(text)))
          case .list(let items):
            frontMatter.append((field.key, .array(items.map(JSONValue.string))))
          case .structured: break
          }
        }
      }
      let tasks: [JSONValue] = file.document.lines.compactMap { line in
        let text = TextDocument.stripTerminator(line).drop { $0 == " " || $0 == "\t" }
        guard let marker = text.first, "-*+".contains(marker),
          text.dropFirst().hasPrefix(" ["), text.count >= 5,
          text.dropFirst(4).first == "]"
        else { return nil }
        let status = String(text.dropFirst(3).prefix(1))
        return .object([
          ("status", .string(status)),
          ("text", .string(text.dropFirst(5).trimmingCharacters(in: .whitespaces))),
        ])
      }
      let stem = String((file.path.split(separator: "/").last ?? "").dropLast(3))
      return .object([
        (
          "file",
          .object([
            ("path", .string(file.path)), ("name", .string(stem)),
            ("frontmatter", .object(frontMatter)), ("tasks", .array(tasks)),
          ])
        )
      ])
    }
    return JSONValue.array(pages).rendered()
  }

  /// Runs the query with a stand-in `dv` and a clock stopped at noon on the given day.
  static let runner = #"""
    const fs = require("fs");
    const [queryPath, pagesPath, today] = process.argv.slice(2);
    const [y, m, d] = today.split("-").map(Number);
    const RealDate = Date;
    globalThis.Date = class extends RealDate {
      constructor(...args) { super(...(args.length ? args : [y, m - 1, d, 12])); }
    };
    const pages = JSON.parse(fs.readFileSync(pagesPath, "utf8"),
      (key, value) => value && typeof value === "object" && "$date" in value
        ? new Date(value.$date + "T00:00:00Z") : value);
    const dv = {
      pages: () => pages,
      fileLink: (path) => path,
      table: (headers, rows) => console.log(JSON.stringify(rows)),
    };
    new Function("dv", fs.readFileSync(queryPath, "utf8"))(dv);
    """#
}
