/// A 指标值 as characters, matched on a normalised copy (full-width digits and points made ASCII,
/// the ideographic space made a plain space) while the text the user wrote stays available.
///
/// Matching compares integer keys, one per character (`key(_:)`), instead of `Character`s: a
/// `Character` comparison normalises both sides every time and made this grammar a fifth of a
/// build. The keys give exactly the answers `Character ==` gives against the grammar's words.
struct TargetValueText {
    /// The characters as written.
    let original: [Character]
    /// The same characters, one for one, with full-width digits, `．` and `　` normalised.
    let normalised: [Character]
    /// `key(_:)` of each normalised character.
    let keys: [UInt32]
    /// Whether each normalised character is white space.
    let spaces: [Bool]

    init(_ text: String) {
        original = Array(text)
        normalised = original.map(TargetValueText.normalise)
        keys = normalised.map(TargetValueText.key)
        spaces = normalised.map { character in
            if let ascii = character.asciiValue, character.unicodeScalars.count == 1 {
                // The ASCII white space Character.isWhitespace accepts: tab, LF, VT, FF, CR, space.
                return (0x09...0x0D).contains(ascii) || ascii == 0x20
            }
            return character.isWhitespace
        }
    }

    /// Never the key of a word's character: stands for every character the grammar has no word with.
    static let otherKey = UInt32.max

    /// The comparison key of a character: its scalar for ASCII and CJK ideographs (which no other
    /// character is canonically equivalent to); for anything else, the scalar of the grammar
    /// character it equals as a `Character` (canonical equivalence, e.g. a CJK compatibility
    /// ideograph or a decomposed sequence), or `otherKey` when it equals none.
    static func key(_ character: Character) -> UInt32 {
        let scalars = character.unicodeScalars
        if let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex,
           scalar.value < 0x80 || (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value) {
            return scalar.value
        }
        return TargetValueVocabulary.characterKeys[character] ?? otherKey
    }

    /// Keys of a word of the grammar (its characters are single scalars).
    static func keys(_ word: [Character]) -> [UInt32] {
        word.map { $0.unicodeScalars.first?.value ?? otherKey }
    }

    var count: Int { original.count }

    /// A number as scanned: its value, its text as written, and where it stands.
    struct Number {
        let value: Double
        let text: String
        let range: Range<Int>
    }

    /// The written text of `range`.
    func text(_ range: Range<Int>) -> String {
        String(original[range.clamped(to: 0..<count)])
    }

    /// The normalised text of `range`.
    func normalisedText(_ range: Range<Int>) -> String {
        String(normalised[range.clamped(to: 0..<count)])
    }

    /// True when `word` (already normalised) stands at `index`.
    func matches(_ word: [Character], at index: Int) -> Bool {
        matches(Self.keys(word), at: index)
    }

    /// True when the word with these keys (`keys(_:)`) stands at `index`.
    func matches(_ word: [UInt32], at index: Int) -> Bool {
        guard index >= 0, index + word.count <= count else { return false }
        for offset in 0..<word.count where keys[index + offset] != word[offset] {
            return false
        }
        return true
    }

    func isDigit(at index: Int) -> Bool {
        index >= 0 && index < count && keys[index] >= 0x30 && keys[index] <= 0x39
    }

    func isSpace(at index: Int) -> Bool {
        index >= 0 && index < count && spaces[index]
    }

    /// The first index at or after `index` that is not white space.
    func skipSpaces(from index: Int) -> Int {
        var position = index
        while isSpace(at: position) { position += 1 }
        return position
    }

    /// The last index (exclusive) before `end` that is not preceded by white space.
    func trimSpaces(before end: Int, notBefore start: Int) -> Int {
        var position = end
        while position > start, isSpace(at: position - 1) { position -= 1 }
        return position
    }

    /// Scans `1,500`, `15.00` or `20` at `index`. Thousands separators count only in groups of
    /// three after a first group of one to three digits, so `1,50` stops at the comma.
    func number(at index: Int) -> Number? {
        guard isDigit(at: index) else { return nil }
        var end = index
        while isDigit(at: end) { end += 1 }
        var digits = normalisedText(index..<end)
        if end - index <= 3 {
            while end < count, keys[end] == 0x2C, (1...3).allSatisfy({ isDigit(at: end + $0) }),
                  !isDigit(at: end + 4) {
                digits += normalisedText(end + 1..<end + 4)
                end += 4
            }
        }
        if end < count, keys[end] == 0x2E, isDigit(at: end + 1) {
            var fractionEnd = end + 1
            while isDigit(at: fractionEnd) { fractionEnd += 1 }
            digits += normalisedText(end..<fractionEnd)
            end = fractionEnd
        }
        guard let value = Double(digits) else { return nil }
        return Number(value: value, text: text(index..<end), range: index..<end)
    }

    /// The run of ASCII digits at `index` (no separators), as text and value.
    func digitRun(at index: Int) -> (text: String, value: Int, end: Int)? {
        var end = index
        while isDigit(at: end) { end += 1 }
        guard end > index, end - index <= 9, let value = Int(normalisedText(index..<end)) else { return nil }
        return (normalisedText(index..<end), value, end)
    }

    static func isASCIIDigit(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        return ascii >= 0x30 && ascii <= 0x39
    }

    /// True for CJK unified ideographs, the characters units are written in.
    static func isHan(_ character: Character) -> Bool {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return false }
        return (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }

    private static func normalise(_ character: Character) -> Character {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return character }
        switch scalar.value {
        case 0xFF10...0xFF19:
            return Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30) ?? scalar)
        case 0xFF0E:
            return "."
        case 0x3000:
            return " "
        default:
            return character
        }
    }
}
