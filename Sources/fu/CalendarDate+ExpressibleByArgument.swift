import ArgumentParser
import FuKit

extension CalendarDate: ExpressibleByArgument {
  public init?(argument: String) {
    self.init(parsing: argument)
  }
}
