import Glibc

extension CalendarDate {
  /// Today in the system's local time zone.
  public static func systemToday() -> CalendarDate {
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    return CalendarDate(
      year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
      ?? CalendarDate(daysSinceEpoch: Int(now) / 86_400)
  }
}
