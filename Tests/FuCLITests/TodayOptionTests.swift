import FuKit
import Testing

@testable import fu

/// `--today` reads a day as every date option does, seen from the system's date.
@Suite struct TodayOptionTests {
  @Test func aRelativeDayIsSeenFromTheSystemsDate() {
    let system = CalendarDate.systemToday()
    #expect(CalendarDate(argument: "2026-11-21") == CalendarDate(parsing: "2026-11-21"))
    #expect(CalendarDate(argument: "tomorrow") == system.adding(days: 1))
    #expect(CalendarDate(argument: "+3d") == system.adding(days: 3))
    #expect(CalendarDate(argument: "yesterday") == system.adding(days: -1))
  }

  @Test(arguments: ["2026-02-30", "someday", ""])
  func aDayThatIsNotOneIsRefused(_ text: String) {
    #expect(CalendarDate(argument: text) == nil)
  }
}
