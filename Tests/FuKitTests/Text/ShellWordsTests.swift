import Testing

@testable import FuKit

/// Editor commands split into words as a POSIX shell splits them, with nothing expanded.
@Suite struct ShellWordsTests {
  @Test func plainWords() throws {
    #expect(try ShellWords.split("vi") == ["vi"])
    #expect(try ShellWords.split("code --wait") == ["code", "--wait"])
    #expect(try ShellWords.split("emacsclient -t -a ''") == ["emacsclient", "-t", "-a", ""])
  }

  @Test func runsOfWhitespaceSeparateWords() throws {
    #expect(try ShellWords.split("  nano \t -w\n\n --  ") == ["nano", "-w", "--"])
  }

  @Test func emptyOrBlankCommandsHaveNoWords() throws {
    #expect(try ShellWords.split("") == [])
    #expect(try ShellWords.split(" \t\n ") == [])
    #expect(try ShellWords.split("\\\n") == [])
  }

  @Test func doubleQuotesKeepSpaces() throws {
    #expect(
      try ShellWords.split(#""/Applications/Sublime Text/subl" -w"#)
        == ["/Applications/Sublime Text/subl", "-w"])
  }

  @Test func singleQuotesKeepEverythingLiterally() throws {
    #expect(try ShellWords.split("vim -c 'set tw=72'") == ["vim", "-c", "set tw=72"])
    #expect(try ShellWords.split(#"a '\" $x \'"#) == ["a", #"\" $x \"#])
  }

  @Test func adjacentPartsJoinIntoOneWord() throws {
    #expect(try ShellWords.split(#"a"b c"'d' e"#) == ["ab cd", "e"])
    #expect(try ShellWords.split(#"--opt="x y""#) == ["--opt=x y"])
  }

  @Test func emptyQuotesAreEmptyWords() throws {
    #expect(try ShellWords.split("''") == [""])
    #expect(try ShellWords.split(#"ed "" ''"#) == ["ed", "", ""])
    #expect(try ShellWords.split(#"a''b"#) == ["ab"])
  }

  @Test func backslashInsideDoubleQuotesEscapesOnlySpecialCharacters() throws {
    #expect(try ShellWords.split(#""a\"b""#) == [#"a"b"#])
    #expect(try ShellWords.split(#""\\ \$ \`""#) == [#"\ $ `"#])
    #expect(try ShellWords.split(#""\n\t\a""#) == [#"\n\t\a"#])
    #expect(try ShellWords.split("\"a\\\nb\"") == ["ab"])
  }

  @Test func backslashOutsideQuotesMakesTheNextCharacterLiteral() throws {
    #expect(try ShellWords.split(#"my\ editor -x"#) == ["my editor", "-x"])
    #expect(try ShellWords.split(#"\'\"\\\$"#) == [#"'"\$"#])
    #expect(try ShellWords.split("a\\\nb c") == ["ab", "c"])
    #expect(try ShellWords.split("a \\\n b") == ["a", "b"])
  }

  @Test func nothingIsExpanded() throws {
    #expect(try ShellWords.split("$(rm -rf ~)") == ["$(rm", "-rf", "~)"])
    #expect(try ShellWords.split(#""$(rm -rf ~)""#) == ["$(rm -rf ~)"])
    #expect(try ShellWords.split("$EDITOR ~/x *.md `id`") == ["$EDITOR", "~/x", "*.md", "`id`"])
  }

  @Test func unicodeIsKeptWhole() throws {
    #expect(try ShellWords.split("édit 'naïve café' 📝") == ["édit", "naïve café", "📝"])
    #expect(try ShellWords.split("e\u{301} x") == ["e\u{301}", "x"])
  }

  @Test func unterminatedQuotesAreErrors() {
    #expect(throws: FuError.self) { try ShellWords.split("vim 'oops") }
    #expect(throws: FuError.self) { try ShellWords.split(#"vim "oops"#) }
    #expect(throws: FuError.self) { try ShellWords.split(#"vim "oops\""#) }
    #expect(
      throws: FuError.editorFailed(
        editor: "vim 'oops", reason: "cannot be split into words: unterminated single quote")
    ) { try ShellWords.split("vim 'oops") }
  }

  @Test func aTrailingBackslashIsAnError() {
    #expect(
      throws: FuError.editorFailed(
        editor: #"vim \"#, reason: "cannot be split into words: ends with a lone backslash")
    ) { try ShellWords.split(#"vim \"#) }
  }

  @Test func theErrorNamesTheCommandAndTheFix() {
    let error = FuError.editorFailed(
      editor: "vim 'x", reason: "cannot be split into words: unterminated single quote")
    #expect(
      error.description
        == "editor `vim 'x` cannot be split into words: unterminated single quote"
        + " (set VISUAL or EDITOR to the editor you use)")
  }
}
