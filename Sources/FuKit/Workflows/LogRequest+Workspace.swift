extension Workspace {
  /// A log of `message` on `date` as this workspace's settings have it (the tags'
  /// cadences, the follow-up practice): what `fu log` and `fu review` plan with.
  public func logRequest(
    date: CalendarDate, message: String, next: NextFollowUp?, sent: Bool = false
  ) -> LogRequest {
    var request = LogRequest(
      date: date, message: message, next: next, cadenceByTag: settings.cadenceByTag ?? [])
    request.sent = sent
    request.practice = settings.practice
    return request
  }
}
