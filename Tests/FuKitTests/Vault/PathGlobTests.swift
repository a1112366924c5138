import Testing

@testable import FuKit

/// The `exclude:` globs: wildcards, classes, `**`, anchoring, folders only, escapes, and
/// the patterns that are refused.
@Suite struct PathGlobTests {
  /// One row of the table: does `pattern` match `path` (a folder when `folder`)?
  struct Case: CustomTestStringConvertible, Sendable {
    var pattern: String
    var path: String
    var folder: Bool
    var expected: Bool

    var testDescription: String {
      "\(pattern) \(expected ? "matches" : "does not match") \(path)\(folder ? "/" : "")"
    }
  }

  private static func file(_ pattern: String, _ path: String, _ expected: Bool) -> Case {
    Case(pattern: pattern, path: path, folder: false, expected: expected)
  }

  private static func folder(_ pattern: String, _ path: String, _ expected: Bool) -> Case {
    Case(pattern: pattern, path: path, folder: true, expected: expected)
  }

  static let cases: [Case] = [
    // `*` runs within one segment.
    file("*.md", "a.md", true),
    file("*.md", ".md", true),
    file("*.md", "a.markdown", false),
    file("a*b", "ab", true),
    file("a*b", "axxb", true),
    file("a*b", "axxbx", false),
    file("a*b*c", "abxbxc", true),
    file("a*b*c", "abxbx", false),
    file("a/*.md", "a/x.md", true),
    file("a/*.md", "a/b/x.md", false),
    file("a/*", "a/b/x.md", true),  // `a/*` matches the folder `a/b`
    file("a/*", "a", false),
    // `?` is one character, never `/`.
    file("?.md", "a.md", true),
    file("?.md", "ab.md", false),
    file("?.md", ".md", false),
    file("a?b", "a/b", false),
    file("a?c", "aéc", true),
    // Character classes.
    file("[abc].md", "b.md", true),
    file("[abc].md", "d.md", false),
    file("[a-c].md", "b.md", true),
    file("[a-c].md", "B.md", false),
    file("[!a].md", "b.md", true),
    file("[!a].md", "a.md", false),
    file("[^a].md", "a.md", false),
    file("[]].md", "].md", true),
    file("[!]].md", "].md", false),
    file("[!]].md", "x.md", true),
    file("[a-].md", "-.md", true),
    file("[\\]x].md", "].md", true),
    file("x[0-9][0-9].md", "x42.md", true),
    file("x[0-9][0-9].md", "x4a.md", false),
    file("[é].md", "é.md", true),
    file("a[/]b", "a/b", false),
    // `**` at the start, in the middle, at the end.
    file("**/drafts/*.md", "drafts/a.md", true),
    file("**/drafts/*.md", "x/y/drafts/a.md", true),
    file("**/drafts/*.md", "x/drafts/sub/a.md", false),
    file("**/drafts/*.md", "x/drafts", false),
    file("a/**/b", "a/b", true),
    file("a/**/b", "a/x/b", true),
    file("a/**/b", "a/x/y/b", true),
    file("a/**/b", "a/x/y/b/c.md", true),
    file("a/**/b", "a/x/y/c", false),
    file("a/**/b", "x/a/b", false),
    file("a/**/b/**/c.md", "a/b/b/x/b/c.md", true),
    file("a/**/b/**/c.md", "a/b/x/c.md", true),
    file("a/**/b/**/c.md", "a/x/c.md", false),
    file("a/**/**/b", "a/b", true),
    file("archive/**", "archive/a.md", true),
    file("archive/**", "archive/2020/a.md", true),
    folder("archive/**", "archive", true),
    file("archive/**", "archived/a.md", false),
    file("archive/**", "x/archive/a.md", false),
    file("**", "a/b.md", true),
    file("**/*.md", "a.md", true),
    file("**/", "a.md", false),  // the vault root is not a folder a pattern matches
    file("**/", "a/b.md", true),
    folder("**/", "a", true),
    file("a**b.md", "axb.md", true),  // not a whole segment: a plain `*`
    file("a**b.md", "a/b.md", false),
    // A bare name matches at any depth; one with a `/` is anchored.
    folder("templates", "templates", true),
    file("templates", "templates/a.md", true),
    file("templates", "x/y/templates/a.md", true),
    file("templates", "x/templates", true),
    file("templates", "my templates/a.md", false),
    file("*.draft.md", "a.draft.md", true),
    file("*.draft.md", "x/y/a.draft.md", true),
    file("*.draft.md", "x/a.md", false),
    file("people/old", "people/old/a.md", true),
    file("people/old", "x/people/old/a.md", false),
    file("/templates", "templates/a.md", true),
    file("/templates", "x/templates/a.md", false),
    file("/a/b.md", "a/b.md", true),
    // A trailing `/` is folders only; a file under a matched folder matches.
    folder("drafts/", "drafts", true),
    file("drafts/", "drafts", false),
    file("drafts/", "drafts/a.md", true),
    file("drafts/", "x/drafts/a.md", true),
    folder("x/drafts/", "x/drafts", true),
    file("x/drafts/", "x/drafts", false),
    file("x/drafts/", "x/drafts/a.md", true),
    file("x/drafts/", "drafts/a.md", false),
    file("**/drafts/", "a/drafts/b/c.md", true),
    file("*.md/", "a.md", false),
    folder("*.md/", "a.md", true),
    // Escapes.
    file("\\*.md", "*.md", true),
    file("\\*.md", "a.md", false),
    file("a\\?.md", "a?.md", true),
    file("a\\?.md", "ab.md", false),
    file("\\[a].md", "[a].md", true),
    file("\\[a].md", "a.md", false),
    file("a\\\\b.md", "a\\b.md", true),
    file("\\a.md", "a.md", true),
    // Spaces and Unicode names; case-sensitive; canonical equivalence.
    file("Old Friends/*.md", "Old Friends/Ada Lovelace.md", true),
    file("old friends", "Old Friends/Ada Lovelace.md", false),
    file("* copy.md", "x/Ada copy.md", true),
    file("Élèves", "École/Élèves/Zoë.md", true),
    file("École/*/Zo?.md", "École/Élèves/Zoë.md", true),
    file("élèves", "École/Élèves/Zoë.md", false),
    file("caf\u{E9}.md", "cafe\u{301}.md", true),
    file("日本/*", "日本/友達.md", true),
    file("👩‍👩‍👧?.md", "👩‍👩‍👧🎉.md", true),
    file("?.md", "👩‍👩‍👧.md", true),
    // ASCII names are matched byte by byte, with the same answers as Characters give.
    file("x?.md", "xe.md", true),
    file("x?.md", "x\u{E9}.md", true),
    file("x?.md", "xe\u{301}.md", true),
    file("É/x?.md", "É/xe.md", true),
    file("*/x?.md", "É/xe.md", true),
    file("a?b", "a\r\nb", true),  // CR LF is one Character
    file("a??b", "a\r\nb", false),
    file("\u{212A}.md", "K.md", true),  // the Kelvin sign is canonically `K`
    file("[\u{212A}]?.md", "Kx.md", true),
    file("[!\u{212A}].md", "K.md", false),
    file("\u{212A}*.md", "k.md", false),
    file("é.md", "e.md", false),
    // Paths are matched segment by segment, not as a prefix of the text.
    file("a", "ab/c.md", false),
    file("a/b", "a/bc.md", false),
    file("a.md", "a.md.bak/x.md", false),
  ]

  @Test(arguments: cases) func matches(_ row: Case) throws {
    let glob = try #require(PathGlob(row.pattern))
    #expect(glob.matches(row.path, isFolder: row.folder) == row.expected)
  }

  @Test(arguments: ["", "/", "//", "a//b", "[a", "a/[b", "[!]", "[]", "[z-a]", "a\\", "[a\\"])
  func invalidPatternsAreRefused(_ pattern: String) {
    #expect(PathGlob(pattern) == nil)
  }

  @Test func thePatternIsKeptAsWritten() throws {
    #expect(try #require(PathGlob("/a/**/")).pattern == "/a/**/")
    #expect(PathGlob("a/*.md") == PathGlob("a/*.md"))
    #expect(PathGlob("a/*.md") != PathGlob("a/*.markdown"))
  }

  @Test func manyStarsDoNotBlowUp() throws {
    let glob = try #require(PathGlob("**/a/**/a/**/a/**/a/**/b"))
    let deep = Array(repeating: "a", count: 200).joined(separator: "/")
    #expect(!glob.matches(deep, isFolder: false))
    #expect(glob.matches(deep + "/b", isFolder: false))
    let stars = try #require(PathGlob("*a*a*a*a*a*b"))
    #expect(!stars.matches(String(repeating: "a", count: 2_000), isFolder: false))
  }
}
