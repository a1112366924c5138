/// Values fu keeps until the process exits instead of freeing them when a command is done
/// with them: a large vault loads hundreds of thousands of small values, and freeing them
/// one by one took 40 ms of the agenda of 100,000 contacts. At exit the kernel takes the
/// memory back all at once.
enum KeptUntilExit {
  // Appended to from the main thread only, as commands finish with what they loaded.
  nonisolated(unsafe) private static var values: [Any] = []

  static func keep(_ value: Any) { values.append(value) }
}
