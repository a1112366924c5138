import Foundation

/// How fu compares names: lower-case, accents removed, `-`, `_` and runs of white space
/// read as one space. WHO, the agenda's and the list's sort by name, and the import's
/// "same person" rule all compare folded names.
enum NameFolding {
  /// Lower-case, accents removed, `-`, `_` and runs of white space read as one space:
  /// `Søren`, `soren` compare equal, and so do `Edsger  Dijkstra` and `edsger-dijkstra`.
  static func fold(_ text: String) -> String {
    // Letters are folded one by one from a table where they can be (ASCII and the Latin
    // letters of most names); Foundation's folding, slow enough to matter over a whole
    // vault, only sees text with other characters.
    var text = text
    if let folded = text.withUTF8(foldASCII) { return folded }
    var folded = FoldedText(capacity: text.utf8.count)
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        folded.add(ascii: UInt8(scalar.value))
      } else if let letter = latinLetter(scalar) {
        folded.add(letter: letter)
      } else {
        return collapseSeparators(foldWithFoundation(text))
      }
    }
    return String(decoding: folded.bytes, as: UTF8.self)
  }

  /// `fold` of ASCII `bytes`, written straight into the new string; `nil` when they are not
  /// all ASCII. Most names and paths are, and this runs for every contact of the vault.
  static func foldASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
    return String(unsafeUninitializedCapacity: bytes.count) { out in
      var count = 0
      foldASCII(bytes) { byte in
        out[count] = byte
        count += 1
      }
      return count
    }
  }

  /// `fold` of `text`, as bytes in `buffer` (emptied first): without a new string when
  /// `text` is ASCII.
  static func fold(_ text: String, into buffer: inout [UInt8]) {
    buffer.removeAll(keepingCapacity: true)
    var text = text
    let isASCII = text.withUTF8 { bytes in
      guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
      foldASCII(bytes) { buffer.append($0) }
      return true
    }
    if !isASCII { buffer.append(contentsOf: fold(text).utf8) }
  }

  /// Folds ASCII `bytes`, passing each folded byte to `emit`.
  static func foldASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ emit: (UInt8) -> Void) {
    var separated = false
    var started = false
    for byte in bytes {
      if FoldedText.isSeparator(byte) {
        separated = started
        continue
      }
      if separated {
        emit(0x20)
        separated = false
      }
      emit(FoldedText.lowercased(byte))
      started = true
    }
  }

  /// Folded text as it is built: separators are held back until a letter follows.
  struct FoldedText {
    var bytes: [UInt8] = []
    var separated = false

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    static func isSeparator(_ byte: UInt8) -> Bool {
      byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == 0x20
        || (0x09...0x0D).contains(byte)
    }

    static func lowercased(_ byte: UInt8) -> UInt8 {
      (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }

    mutating func add(ascii byte: UInt8) {
      if FoldedText.isSeparator(byte) {
        separated = !bytes.isEmpty
        return
      }
      add(letter: CollectionOfOne(FoldedText.lowercased(byte)))
    }

    mutating func add(letter: some Collection<UInt8>) {
      if separated { bytes.append(0x20) }
      separated = false
      bytes.append(contentsOf: letter)
    }
  }

  /// `-`, `_` and runs of white space as one space, none at either end.
  static func collapseSeparators(_ text: String) -> String {
    text.split(whereSeparator: { $0 == "-" || $0 == "_" || $0.isWhitespace })
      .joined(separator: " ")
  }

  static func foldWithFoundation(_ text: String) -> String {
    text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      .replacingOccurrences(of: "ø", with: "o").replacingOccurrences(of: "ł", with: "l")
      .replacingOccurrences(of: "æ", with: "ae").replacingOccurrences(of: "ß", with: "ss")
      .replacingOccurrences(of: "ı", with: "i").replacingOccurrences(of: "đ", with: "d")
      .replacingOccurrences(of: "ð", with: "d").replacingOccurrences(of: "œ", with: "oe")
      .replacingOccurrences(of: "þ", with: "th")
  }

  /// What `foldWithFoundation` makes of `scalar` on its own, when it is one of the Latin-1
  /// and Latin Extended-A letters (U+00C0 to U+017F); else `nil`.
  static func latinLetter(_ scalar: Unicode.Scalar) -> [UInt8]? {
    let index = Int(scalar.value) - 0xC0
    guard latinLetters.indices.contains(index), !latinLetters[index].isEmpty else { return nil }
    return latinLetters[index]
  }

  /// The Latin-1 and Latin Extended-A letters, each with what `foldWithFoundation` makes
  /// of it on its own, written out here (a test holds the two to the same answer): asking
  /// Foundation for all of them took milliseconds of each run. Indexed by the letter's
  /// value less U+00C0 (empty for a scalar that is no letter), and read scalar by scalar:
  /// a dictionary built from the text's characters took a quarter of a millisecond.
  private static let latinLetters: [[UInt8]] = {
    let pairs = """
      Àa Áa Âa Ãa Äa Åa Æae Çc Èe Ée Êe Ëe Ìi Íi Îi Ïi Ðd Ñn Òo Óo Ôo Õo Öo Øo Ùu Úu Ûu Üu
      Ýy Þth ßss àa áa âa ãa äa åa æae çc èe ée êe ëe ìi íi îi ïi ðd ñn òo óo ôo õo öo øo
      ùu úu ûu üu ýy þth ÿy Āa āa Ăa ăa Ąa ąa Ćc ćc Ĉc ĉc Ċc ċc Čc čc Ďd ďd Đd đd Ēe ēe Ĕe
      ĕe Ėe ėe Ęe ęe Ěe ěe Ĝg ĝg Ğg ğg Ġg ġg Ģg ģg Ĥh ĥh Ħħ ħħ Ĩi ĩi Īi īi Ĭi ĭi Įi įi İi
      ıi Ĳĳ ĳĳ Ĵj ĵj Ķk ķk ĸĸ Ĺl ĺl Ļl ļl Ľl ľl Ŀŀ ŀŀ Łl łl Ńn ńn Ņn ņn Ňn ňn ŉʼn Ŋŋ ŋŋ Ōo
      ōo Ŏo ŏo Őo őo Œoe œoe Ŕr ŕr Ŗr ŗr Řr řr Śs śs Ŝs ŝs Şs şs Šs šs Ţt ţt Ťt ťt Ŧŧ ŧŧ
      Ũu ũu Ūu ūu Ŭu ŭu Ůu ůu Űu űu Ųu ųu Ŵw ŵw Ŷy ŷy Ÿy Źz źz Żz żz Žz žz ſs
      """
    var table = [[UInt8]](repeating: [], count: 0x180 - 0xC0)
    var letter: Int?  // the index of the letter whose folding is being read
    for scalar in pairs.unicodeScalars {
      if scalar == " " || scalar == "\n" {
        letter = nil
      } else if let index = letter {
        table[index] += Array(String(scalar).utf8)
      } else {
        letter = Int(scalar.value) - 0xC0
      }
    }
    return table
  }()
}
