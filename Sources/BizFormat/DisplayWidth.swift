/// Columns a string occupies in a monospace terminal.
///
/// Per grapheme cluster: combining marks, zero-width format characters and
/// controls take 0 columns; East Asian wide/fullwidth characters and emoji
/// take 2; everything else — Latin, Cyrillic, box drawing, block elements —
/// takes 1. A small table instead of full `wcwidth`, which is enough for
/// business text and needs no platform library.
public func displayWidth(_ s: String) -> Int {
    s.reduce(0) { $0 + characterWidth($1) }
}

/// `s` padded with spaces to `width` columns; longer strings are left alone.
func padded(_ s: String, to width: Int, alignment: Alignment) -> String {
    let gap = max(0, width - displayWidth(s))
    switch alignment {
    case .left: return s + String(repeating: " ", count: gap)
    case .right: return String(repeating: " ", count: gap) + s
    case .center:
        let left = gap / 2
        return String(repeating: " ", count: left) + s + String(repeating: " ", count: gap - left)
    }
}

func characterWidth(_ c: Character) -> Int {
    var width = 0
    for scalar in c.unicodeScalars {
        // VS16 asks for emoji presentation, which terminals draw 2 wide.
        if scalar.value == 0xFE0F { return 2 }
        width = max(width, scalarWidth(scalar))
    }
    return width
}

private func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v < 0x20 || (0x7F..<0xA0).contains(v) { return 0 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if (0x1160...0x11FF).contains(v) { return 0 }  // Hangul medial vowels join the syllable
    if scalar.properties.isEmojiPresentation { return 2 }
    return wideRanges.contains { $0.contains(v) } ? 2 : 1
}

/// East Asian Wide and Fullwidth blocks (Unicode EastAsianWidth W/F), coarsely.
private let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F,   // Hangul Jamo initials
    0x2E80...0x303E,   // CJK radicals, punctuation
    0x3041...0x33FF,   // Kana, CJK symbols
    0x3400...0x4DBF,   // CJK extension A
    0x4E00...0x9FFF,   // CJK unified ideographs
    0xA000...0xA4CF,   // Yi
    0xAC00...0xD7A3,   // Hangul syllables
    0xF900...0xFAFF,   // CJK compatibility ideographs
    0xFE30...0xFE4F,   // CJK compatibility forms
    0xFF00...0xFF60,   // Fullwidth forms
    0xFFE0...0xFFE6,   // Fullwidth signs
    0x1F300...0x1F64F, // Pictographs, emoticons
    0x1F900...0x1F9FF, // Supplemental pictographs
    0x20000...0x3FFFD, // CJK extensions B+
]
