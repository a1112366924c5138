import Foundation
import Testing

@testable import fu

/// fu's terminal: what it reads of the process.
@Suite struct TerminalTests {
  @Test func theEnvironmentReadsAsProcessInfoReadsIt() {
    #expect(Terminal.environment == ProcessInfo.processInfo.environment)
  }
}
