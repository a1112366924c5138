import Testing

@testable import FuKit

/// fu's own templates, and which one a contact's state calls for.
@Suite struct BuiltInDraftsTests {
  @Test func thereAreFiveWithASubjectAndOnlyFusOwnPlaceholders() {
    #expect(
      BuiltInDrafts.all.map(\.name) == [
        "check-in", "thank-you", "nudge", "value-add", "close-the-loop",
      ])
    for template in BuiltInDrafts.all {
      #expect(!template.subject.isEmpty)
      // Any contact can fill them: no key a contact may lack.
      #expect(
        template.placeholders.allSatisfy { Placeholder.builtInNames.contains($0.placeholder.name) })
      #expect(template.body.hasSuffix("{{me}}"))
    }
  }

  @Test func theStateChoosesTheTemplate() {
    func progress(_ step: AttemptProgress.NextStep) -> AttemptProgress {
      AttemptProgress(attempts: 2, waitingSince: day(2026, 11, 1), nextStep: step, channel: nil)
    }
    #expect(BuiltInDrafts.defaultName(for: nil) == "check-in")
    #expect(BuiltInDrafts.defaultName(for: progress(.tryAgain)) == "nudge")
    #expect(BuiltInDrafts.defaultName(for: progress(.lastTry)) == "close-the-loop")
    #expect(BuiltInDrafts.defaultName(for: progress(.reengage)) == "value-add")
  }
}
