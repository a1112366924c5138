import ArgumentParser

/// `fu draft`'s TEMPLATE in the scripts swift-argument-parser writes: the same names as
/// `fu __complete` offers, from the vault the command line names.
enum TemplateCompletion {
  static let kind = WhoCompletion.fromTheVault(ShellCompletion.templates)
}
