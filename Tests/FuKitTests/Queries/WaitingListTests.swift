import Testing

@testable import FuKit

/// `fu list --waiting`: the contacts with open attempts, longest wait first; and `--sort
/// last`, where a contact waiting for an answer counts from its first unanswered attempt.
@Suite struct WaitingListTests {
  static let today = CalendarDate(year: 2026, month: 11, day: 21)!

  private static func waiting(_ name: String, since: CalendarDate?, count: Int, last: CalendarDate)
    -> Contact
  {
    var contact = testContact(name, last: last)
    contact.attempts = OpenAttempts(count: count, waitingSince: since)
    return contact
  }

  static let contacts = [
    waiting("Recent", since: day(2026, 11, 18), count: 1, last: day(2026, 11, 18)),
    waiting("Longest", since: day(2026, 10, 1), count: 5, last: day(2026, 11, 20)),
    waiting("Middle", since: day(2026, 11, 1), count: 3, last: day(2026, 11, 14)),
    waiting("Answered", since: nil, count: 0, last: day(2026, 11, 5)),
  ]

  @Test func waitingListsOnlyOpenAttemptsLongestWaitFirst() {
    let list = ContactList(
      contacts: Self.contacts, today: Self.today, filter: .waiting, order: .waiting)
    #expect(list.rows.map(\.contact.name) == ["Longest", "Middle", "Recent"])
    #expect(list.rows.map { $0.progress?.nextStep } == [.reengage, .tryAgain, .tryAgain])
  }

  @Test func sortingByLastCountsAWaitFromItsFirstAttempt() {
    let list = ContactList(contacts: Self.contacts, today: Self.today, order: .last)
    #expect(list.rows.map(\.contact.name) == ["Longest", "Middle", "Answered", "Recent"])
  }

  @Test func theLastColumnSaysWhereTheRunStands() {
    let list = ContactList(
      contacts: Self.contacts, today: Self.today, filter: .waiting, order: .waiting)
    let text = ContactTable.text(list, width: 80, style: Style(enabled: false))
    #expect(text.contains("Longest  -      resting "))
    #expect(text.contains("Middle   -      no reply 20d "))
    #expect(text.contains("Recent   -      no reply 3d "))
  }
}
