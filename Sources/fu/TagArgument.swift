import ArgumentParser
import FuKit

/// One `--tag` value: a tag, or several with commas (`--tag friend,oss`), as a `tags:`
/// string lists them (`Contact.tags(inArgument:)`). A value naming no tag (`--tag ""`, an
/// unset variable) is refused rather than read as no filter at all.
struct TagArgument: ExpressibleByArgument {
  var tags: [String]

  init?(argument: String) {
    tags = Contact.tags(inArgument: argument)
    if tags.isEmpty { return nil }
  }
}

extension [TagArgument] {
  /// Every tag the values name, in order.
  var tags: [String] { flatMap(\.tags) }
}
