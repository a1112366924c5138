import ArgumentParser
import FuKit

/// One `--tag` value: a tag, or several with commas (`--tag friend,oss`), as a `tags:`
/// string lists them (`Contact.tags(inArgument:)`). A value naming no tag (`--tag ""`, an
/// unset variable) is refused rather than read as no filter at all.
struct TagArgument {
  var tags: [String]

  /// Reads `argument`, for `@Option(transform:)`.
  static func parse(_ argument: String) throws -> TagArgument {
    let tags = Contact.tags(inArgument: argument)
    guard !tags.isEmpty else {
      throw ValidationError("it names no tag; give a tag's name, or leave --tag out")
    }
    return TagArgument(tags: tags)
  }
}

extension [TagArgument] {
  /// Every tag the values name, in order.
  var tags: [String] { flatMap(\.tags) }
}

/// `--tag` as the listings read it (agenda, list, ics, review): only the contacts with every
/// tag given.
struct TagFilter: ParsableArguments {
  @Option(
    name: .customLong("tag"),
    help: "Only contacts with this tag; repeat it, or list tags with commas, to require several.",
    transform: TagArgument.parse)
  var values: [TagArgument] = []

  /// Every tag required, in order.
  var tags: [String] { values.tags }
}
