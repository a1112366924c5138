extension DirectParse {
  /// The options and words of a command line, taken out as a command reads them.
  struct Line {
    private var options: [(name: String, value: String?)] = []
    /// The words that are not options, in order.
    private(set) var words: [String] = []
    // An array: the first `Set<String>` of a process costs more than this search.
    private let valued = [
      "--vault", "--today", "--color", "--days", "--tag", "--date", "--next", "--via", "--note",
      "--with",
    ]

    /// `arguments` read, or `nil` for a form left to the parser.
    init?(_ arguments: ArraySlice<String>) {
      var rest = arguments
      while let word = rest.popFirst() {
        guard word.hasPrefix("--") else {
          guard !word.isEmpty, !word.hasPrefix("-") else { return nil }
          words.append(word)
          continue
        }
        let parts = word.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
        let name = String(parts[0])
        guard valued.contains(name) else {
          guard parts.count == 1 else { return nil }
          options.append((name, nil))
          continue
        }
        guard let value = parts.count == 2 ? String(parts[1]) : rest.popFirst(), !value.isEmpty,
          !value.hasPrefix("-")
        else { return nil }
        options.append((name, value))
      }
    }

    /// Whether every option and word has been taken.
    var isEmpty: Bool { options.isEmpty && words.isEmpty }

    /// Takes the flag `name`: `nil` when it is given more than once, or with a value.
    mutating func flag(_ name: String) -> Bool? {
      let values = take(name)
      return values.count <= 1 ? values.count == 1 : nil
    }

    /// Takes the option `name`, read by `read`: `.some(nil)` when it is not given; `nil`
    /// when it is given more than once, or `read` refuses its value.
    mutating func option<Value>(_ name: String, _ read: (String) -> Value?) -> Value?? {
      let values = take(name)
      guard values.count <= 1 else { return nil }
      guard let value = values.first else { return .some(nil) }
      return value.flatMap(read).map { $0 }
    }

    /// Takes every value of `name`, each read by `read`; `nil` when `read` refuses one.
    mutating func values<Value>(_ name: String, _ read: (String) -> Value?) -> [Value]? {
      let values = take(name)
      let read = values.compactMap { $0.flatMap(read) }
      return read.count == values.count ? read : nil
    }

    /// Takes the words that are not options.
    mutating func takeWords() -> [String] {
      defer { words = [] }
      return words
    }

    private mutating func take(_ name: String) -> [String?] {
      let taken = options.filter { $0.name == name }.map(\.value)
      options.removeAll { $0.name == name }
      return taken
    }
  }
}
