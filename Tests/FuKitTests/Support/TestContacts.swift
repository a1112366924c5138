import Foundation

@testable import FuKit

/// Sets the modification time of every file below `folder` to a day long past.
func backdate(_ folder: URL) {
  let past = Date(timeIntervalSince1970: 1_700_000_000)
  let enumerator = FileManager.default.enumerator(atPath: folder.path)
  while let path = enumerator?.nextObject() as? String {
    try? FileManager.default.setAttributes(
      [.modificationDate: past], ofItemAtPath: folder.appendingPathComponent(path).path)
  }
}

/// A calendar day for tests, which always pass a real one.
func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
  CalendarDate(year: year, month: month, day: day)!
}

/// A contact built in memory, its path made from its name (`Ada Lovelace` is
/// `ada-lovelace.md`) unless given.
func testContact(
  _ name: String, path: String? = nil, next: CalendarDate? = nil, last: CalendarDate? = nil,
  cadence: String? = nil, tags: [String] = [], tasks: [FollowUpTask] = []
) -> Contact {
  var contact = Contact(
    path: path ?? name.lowercased().replacingOccurrences(of: " ", with: "-") + ".md", name: name)
  contact.nextFollowUp = next
  contact.lastContact = last
  contact.cadence = cadence.flatMap(Cadence.init(parsing:))
  contact.tags = tags
  contact.tasks = tasks
  return contact
}
