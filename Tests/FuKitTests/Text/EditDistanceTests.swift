import Testing

@testable import FuKit

@Suite struct EditDistanceTests {
  @Test func countsInsertionsDeletionsAndSubstitutions() {
    #expect(EditDistance.between("", "abc") == 3)
    #expect(EditDistance.between("kitten", "sitting") == 3)
    #expect(EditDistance.between("agnda", "agenda") == 1)
    #expect(EditDistance.between("zoë", "zoe") == 1)
  }

  @Test func theClosestWordIsATypoAwayOrNone() {
    let commands = ["agenda", "add", "log", "list", "show"]
    #expect(EditDistance.closest(to: "agnda", among: commands) == "agenda")
    // A short word allows one edit; a word it begins wins a tie.
    #expect(EditDistance.closest(to: "lo", among: commands) == "log")
    #expect(EditDistance.closest(to: "xyz", among: commands) == nil)
    #expect(EditDistance.closest(to: "shwo", among: commands) == "show")
  }
}
