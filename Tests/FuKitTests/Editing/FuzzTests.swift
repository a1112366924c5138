import Foundation
import FuTestSupport
import Glibc
import Testing

@testable import FuKit

/// A seeded fuzz over the reader and `fu log`: each fixture file, broken one to four times
/// at random (bytes, telling pieces, whole lines, line endings), reads without a crash, and
/// each log fu agrees to plan keeps the write contract (`writeContractViolations`).
///
/// The short default run is part of the tests; `scripts/fuzz` runs it for a set time.
/// `FU_FUZZ_SECONDS=N` runs for N seconds instead, `FU_FUZZ_SEED=S` sets the seed, and
/// `FU_FUZZ_ITERATION=I` replays the one input a failure names (it depends only on S and I);
/// with `FU_FUZZ_LAST_INPUT=path`, a crash leaves its input in that file.
@Suite struct FuzzTests {
  /// The default run: fixed, so that CI checks the same inputs every time.
  static let defaultSeed: UInt64 = 20_261_121
  static let defaultInputs = 8_000

  /// The fixture files the inputs are made from: path and bytes.
  static let seeds: [(path: String, bytes: [UInt8])] = {
    let folders = ["sample-vault", "Tests/Fixtures/vaults"]
    return markdownFiles(under: folders).compactMap { path in
      FileManager.default.contents(atPath: repositoryRoot.appendingPathComponent(path).path)
        .map { (path, Array($0)) }
    }
  }()

  /// The logs tried: the libFuzzer target's (today, an old day, several lines with
  /// `--next`, an empty message long ago, a message that looks like an entry).
  static let requests = FuzzOracle.requests

  /// What one input came to.
  enum Outcome {
    case notUTF8, refused, written
    case broken([String])
  }

  @Test func mutatedFilesReadAndLogWithinTheContract() throws {
    let environment = ProcessInfo.processInfo.environment
    let seed = number(environment, "FU_FUZZ_SEED") ?? Self.defaultSeed
    let seconds = number(environment, "FU_FUZZ_SECONDS")
    let replay = number(environment, "FU_FUZZ_ITERATION").map { Int($0) }
    let iterations: any Sequence<Int> =
      if let replay { [replay] } else if seconds != nil { 0... } else { 0..<Self.defaultInputs }
    let deadline = ContinuousClock.now + .seconds(Int(seconds ?? 0))
    let lastInput = environment["FU_FUZZ_LAST_INPUT"].flatMap(LastInput.init)
    try #require(!Self.seeds.isEmpty)

    var (inputs, written, refused, notUTF8, failures) = (0, 0, 0, 0, 0)
    for iteration in iterations {
      if seconds != nil, ContinuousClock.now >= deadline { break }
      var mixer = SplitMix64(seed: seed ^ UInt64(iteration))
      var generator = SplitMix64(seed: mixer.next())
      let source = Self.seeds[generator.next(below: Self.seeds.count)]
      var input = source.bytes
      var mutations: [String] = []
      for _ in 0...generator.next(below: 4) {
        mutations.append(Mutator.mutate(&input, &generator))
      }
      let request = Self.requests[generator.next(below: Self.requests.count)]
      let header = "seed \(seed) iteration \(iteration) from \(source.path)\n"
      lastInput?.keep(Array(header.utf8) + input)
      inputs += 1
      switch Self.check(input, path: source.path, request) {
      case .written: written += 1
      case .refused: refused += 1
      case .notUTF8: notUTF8 += 1
      case .broken(let violations):
        failures += 1
        Issue.record(
          """
          fuzz: seed \(seed), iteration \(iteration) (replay: FU_FUZZ_SEED=\(seed) \
          FU_FUZZ_ITERATION=\(iteration)), from \(source.path), mutations \(mutations), \
          log \(request.date) \(request.message.debugDescription) next \
          \(request.next.map(String.init(describing:)) ?? "none"):
          \(violations.joined(separator: "\n"))
          input: \(Self.describe(input))
          """)
      }
      if failures >= 10 { break }
    }
    lastInput?.remove()  // no crash
    print(
      "fuzz: \(inputs) inputs, \(written) written, \(refused) refused, \(notUTF8) not UTF-8,"
        + " \(failures) broken, seed \(seed)")
    // A fuzz that refuses everything proves nothing: most inputs must reach the writer.
    if inputs >= 100 {
      #expect(written * 10 >= inputs * 4, "only \(written) of \(inputs) inputs were written")
    }
  }

  /// The checker itself: a planned log with one stray change more breaks the contract.
  @Test func strayChangesBreakTheContract() throws {
    let path = "sample-vault/ada-lovelace.md"
    let bytes = try #require(Self.seeds.first { $0.path == path }?.bytes)
    let file = ContactFile(
      path: path, document: try #require(TextDocument(bytes: bytes)), readLog: true)
    let request = Self.requests[0]
    let edit = try LogPlanner.plan(file, request)
    #expect(writeContractViolations(edit, of: file, for: request).isEmpty)
    let strays: [(String, (inout TextDocument) -> Void)] = [
      ("a body line changed", { $0.lines[12] = "Angel investor in Paris.\n" }),
      ("a body line gone", { $0.lines.remove(at: 13) }),
      ("another key changed", { $0.lines[1] = "name: Ada King\n" }),
      ("a space added", { $0.lines[6] = "cadence: 1m \n" }),
      ("a line ending changed", { $0.lines[14] = String($0.content(ofLine: 14)) + "\r\n" }),
      ("a date key in the body", { $0.lines.insert("last_contact: 2026-11-21\n", at: 11) }),
      ("a byte-order mark", { $0.hasByteOrderMark = true }),
      (
        "the final newline gone",
        { document in
          let last = document.lines.count - 1
          document.lines[last] = String(document.content(ofLine: last))
        }
      ),
      (
        "the entry twice",
        { document in
          let entry = document.lines.firstIndex { $0.contains("send the deck") } ?? 0
          document.lines.insert(document.lines[entry], at: entry)
        }
      ),
    ]
    for (stray, change) in strays {
      var tampered = edit
      change(&tampered.result)
      #expect(!writeContractViolations(tampered, of: file, for: request).isEmpty, "\(stray)")
    }
  }

  /// Reads `input` as fu reads a file of the vault, then plans `request` on it when fu would
  /// write it: `.broken` names what went wrong.
  static func check(_ input: [UInt8], path: String, _ request: LogRequest) -> Outcome {
    let invalidLine = TextDocument.firstInvalidUTF8Line(in: input)
    guard let document = TextDocument(bytes: input) else {
      return invalidLine == nil ? .broken(["read as not UTF-8 with no bad line"]) : .notUTF8
    }
    var violations: [String] = []
    if let invalidLine { violations.append("read although line \(invalidLine) is not UTF-8") }
    if document.bytes != input { violations.append("the document's bytes are not the input") }
    let file = ContactFile(path: path, document: document, readLog: true)
    guard violations.isEmpty else { return .broken(violations) }
    guard file.refusalReason == nil, let edit = try? LogPlanner.plan(file, request) else {
      return .refused  // a refusal writes nothing, which is always allowed
    }
    violations = writeContractViolations(edit, of: file, for: request)
    if violations.isEmpty { return .written }
    return .broken(violations + ["planned: \(describe(edit.result.bytes))"])
  }

  /// `bytes` as a Swift string literal when they are UTF-8, else as bytes; cut when long.
  static func describe(_ bytes: [UInt8]) -> String {
    let limit = 4000
    let head = Array(bytes.prefix(limit))
    let more = bytes.count > limit ? " … (\(bytes.count) bytes in all)" : ""
    if let text = String(validating: head, as: UTF8.self) { return text.debugDescription + more }
    return "\(head)" + more
  }

  /// The whole number in variable `name`, if set (a failure, and unset, when it is not one).
  private func number(_ environment: [String: String], _ name: String) -> UInt64? {
    guard let value = environment[name] else { return nil }
    guard let number = UInt64(value) else {
      Issue.record("\(name) must be a whole number, not \(value.debugDescription)")
      return nil
    }
    return number
  }
}

/// The file in `FU_FUZZ_LAST_INPUT`, which holds the input being read (after a line that
/// names its seed and iteration), so that a crash leaves it behind; removed when a run ends.
private struct LastInput {
  let path: String
  let descriptor: Int32

  init?(path: String) {
    descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { return nil }
    self.path = path
  }

  /// Replaces the file's bytes with `bytes` (two system calls: cheap enough for each input).
  func keep(_ bytes: [UInt8]) {
    _ = bytes.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
    _ = ftruncate(descriptor, off_t(bytes.count))
  }

  func remove() {
    close(descriptor)
    unlink(path)
  }
}

/// The changes an input goes through, each chosen by the generator.
private enum Mutator {
  /// Pieces that mean something to fu, YAML, CommonMark or UTF-8.
  static let pieces: [[UInt8]] = {
    let texts = [
      "---", "...", "\r\n", "\r", "\n", "\u{FEFF}", "next_follow_up: 2026-12-01",
      "last_contact:", "last_contact: 2026-11-30", "Next Follow-Up: 2026-02-30", "cadence: 2w",
      "cadence: weekly", "tags: [a, b", "name: Fuzz", "&a", "*a", "|", ">-", "key: \"unterminated",
      "'", "#", "## Interactions", "## Log", "Log\n---", "# History", "- 2026-11-01: x",
      "* 2026-12-24: y", "3. 2025-01-01: z", "- 2026-13-01: no such day",
      "- [ ] task 📅 2026-12-01", "    ", "\t", "<<<<<<< HEAD", "=======", ">>>>>>> other",
      "```", "~~~", "> ", "* ", "1. ", "- ", ":", " # comment", "<!-- ", "-->", "\u{0}", "é",
      "\u{2028}", "\u{85}", "日本", "👩‍👩‍👧", String(repeating: "x", count: 20_000),
      "last_contact: >-\n  2026-11-01", "next_follow_up: |\n  2026-12-01",
      "last_contact: 2026-11-01 # met", "last_contact: '2026-11-01'", "\"next_follow_up\": x",
      "next_follow_up:\n  - 2026-12-01", "next_follow_up: {a: b}", "? last_contact\n: 2026-11-01",
      "last_contact: !!str 2026-11-01", "last_contact: &d 2026-11-01\nnext_follow_up: *d",
    ]
    let bytes: [[UInt8]] = [
      [0xEF, 0xBB, 0xBF], [0xFF], [0xC3], [0x80], [0xED, 0xA0, 0x80], [0xC0, 0xAF],
      [0xF4, 0x90, 0x80, 0x80],
    ]
    return texts.map { Array($0.utf8) } + bytes
  }()

  /// Bytes a single byte is often changed into.
  static let bytes: [UInt8] = Array("\n\r\t -:#[]{}'\"|>*&!%@`0129".utf8) + [0, 0x80, 0xC3, 0xFF]

  /// Changes `input` once and says how.
  static func mutate(_ input: inout [UInt8], _ generator: inout SplitMix64) -> String {
    var lines = lines(of: input)
    let line = generator.next(below: lines.count + 1)  // where a line goes or is taken
    let offset = generator.next(below: input.count + 1)
    let random = UInt8(truncatingIfNeeded: generator.next())
    switch generator.next(below: 12) {
    case 0 where offset < input.count:
      input[offset] ^= 1 << (random % 8)
      return "flip a bit at \(offset)"
    case 1 where offset < input.count:
      input[offset] = bytes[Int(random) % bytes.count]
      return "set byte \(offset)"
    case 2:
      let count = 1 + generator.next(below: 4)
      let mask: UInt8 = random < 128 ? 0x7F : 0xFF  // ASCII half the time
      input.insert(
        contentsOf: (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) & mask },
        at: offset)
      return "insert \(count) random bytes at \(offset)"
    case 3 where offset < input.count:
      let end = min(input.count, offset + 1 + generator.next(below: 16))
      input.removeSubrange(offset..<end)
      return "delete bytes \(offset)..<\(end)"
    case 4, 5:
      let piece = pieces[generator.next(below: pieces.count)]
      let start = lines[..<line].reduce(0) { $0 + $1.count }
      let at = generator.next(below: 2) == 0 ? offset : start
      input.insert(contentsOf: piece, at: at)
      return "insert piece \(describePiece(piece)) at \(at)"
    case 6:
      let piece = pieces[generator.next(below: pieces.count)]
      let ending = lines.first.map { $0[(stripped($0).endIndex)...] } ?? [10]
      lines.insert(ArraySlice(piece + (ending.isEmpty ? [10] : ending)), at: line)
      input = lines.flatMap { $0 }
      return "insert line \(describePiece(piece)) at line \(line)"
    case 7 where line < lines.count:
      lines.insert(lines[line], at: line)
      input = lines.flatMap { $0 }
      return "duplicate line \(line)"
    case 8 where line < lines.count:
      lines.remove(at: line)
      input = lines.flatMap { $0 }
      return "delete line \(line)"
    case 9 where line < lines.count:
      let other = generator.next(below: lines.count)
      lines.swapAt(line, other)
      input = lines.flatMap { $0 }
      return "swap lines \(line) and \(other)"
    case 10:
      let all = generator.next(below: 2) == 0  // every line, or one (which may lose it)
      let ending = [[10], [13, 10], [13], []][generator.next(below: all ? 3 : 4)] as [UInt8]
      for index in lines.indices where all || index == line {
        lines[index] = ArraySlice(stripped(lines[index]) + ending)
      }
      input = lines.flatMap { $0 }
      return "end \(all ? "every line" : "line \(line)") with \(ending)"
    default:
      let end = min(input.count, offset + generator.next(below: 64))
      let copy = Array(input[offset..<end])
      let at = generator.next(below: input.count + 1)
      input.insert(contentsOf: copy, at: at)
      return "copy bytes \(offset)..<\(end) to \(at)"
    }
  }

  /// `bytes` cut after each `\n`, `\r\n` and lone `\r`.
  static func lines(of bytes: [UInt8]) -> [ArraySlice<UInt8>] {
    var lines: [ArraySlice<UInt8>] = []
    var start = 0
    for (index, byte) in bytes.enumerated()
    where byte == 10 || (byte == 13 && (index + 1 == bytes.count || bytes[index + 1] != 10)) {
      lines.append(bytes[start...index])
      start = index + 1
    }
    if start < bytes.count { lines.append(bytes[start...]) }
    return lines
  }

  /// `line` without its line ending.
  private static func stripped(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var line = line
    while let last = line.last, last == 10 || last == 13 { line.removeLast() }
    return line
  }

  private static func describePiece(_ piece: [UInt8]) -> String {
    piece.count > 40 ? "\(piece.count) bytes" : FuzzTests.describe(piece)
  }
}
