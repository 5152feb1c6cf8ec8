import JixiaoModel

/// A 指标值 as characters, matched on a normalised copy (full-width digits and points made ASCII,
/// the ideographic space made a plain space) while the text the user wrote stays available.
///
/// Matching compares integer keys, one per character (`key(_:)`), instead of `Character`s: a
/// `Character` comparison normalises both sides every time and made this grammar a fifth of a
/// build. The keys give exactly the answers `Character ==` gives against the grammar's words.
/// Text is kept as the written string plus character boundaries, so a piece of it is one slice.
struct TargetValueText {
    /// The text as written.
    private let source: String
    /// Where each character starts in `source`, then where the last one ends (`count + 1` indices).
    private let bounds: [String.Index]
    /// `key(_:)` of each normalised character.
    let keys: [UInt32]
    /// Whether each character is white space (`Character.isWhitespace`; normalising keeps it).
    let spaces: [Bool]

    /// Plain text (`PlainText`, nearly every 指标值) is read scalar by scalar: each scalar is a
    /// character, so the grapheme breaking and `Character` values of the general path are not
    /// needed. Both paths give the same characters, keys and spaces (tests compare them).
    init(_ text: String) {
        self.init(text, scalarByScalar: PlainText.isPlain(text))
    }

    /// Reads `text` scalar by scalar (only for plain text) or character by character.
    init(_ text: String, scalarByScalar: Bool) {
        source = text
        var bounds: [String.Index] = []
        var keys: [UInt32] = []
        var spaces: [Bool] = []
        bounds.reserveCapacity(text.utf8.count + 1)
        keys.reserveCapacity(text.utf8.count)
        spaces.reserveCapacity(text.utf8.count)
        if scalarByScalar {
            // The scalars decoded from the UTF-8 in place (a plain text has one-byte and
            // three-byte ones only), each starting at the index of its first byte.
            let utf8 = text.utf8
            let read: Void? = utf8.withContiguousStorageIfAvailable { bytes in
                var offset = 0
                while offset < bytes.count {
                    let lead = UInt32(bytes[offset])
                    let value: UInt32
                    let length: Int
                    if lead < 0x80 {
                        (value, length) = (lead, 1)
                    } else if lead < 0xE0 {
                        (value, length) = ((lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F), 2)
                    } else if lead < 0xF0 {
                        value = (lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
                        length = 3
                    } else {
                        value = (lead & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12
                            | UInt32(bytes[offset + 2] & 0x3F) << 6 | UInt32(bytes[offset + 3] & 0x3F)
                        length = 4
                    }
                    let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                    bounds.append(utf8.index(utf8.startIndex, offsetBy: offset))
                    keys.append(Self.key(plain: Self.normalise(scalar)))
                    spaces.append(PlainText.isWhitespace(scalar))
                    offset += length
                }
            }
            if read == nil {
                let scalars = text.unicodeScalars
                var index = scalars.startIndex
                while index != scalars.endIndex {
                    let scalar = scalars[index]
                    bounds.append(index)
                    keys.append(Self.key(plain: Self.normalise(scalar)))
                    spaces.append(PlainText.isWhitespace(scalar))
                    index = scalars.index(after: index)
                }
            }
        } else {
            var index = text.startIndex
            while index != text.endIndex {
                let character = text[index]
                bounds.append(index)
                keys.append(Self.key(Self.normalise(character)))
                spaces.append(PlainText.isWhitespace(character))
                index = text.index(after: index)
            }
        }
        bounds.append(text.endIndex)
        self.bounds = bounds
        self.keys = keys
        self.spaces = spaces
    }

    /// The text without its white-space characters (what `filter { !$0.isWhitespace }` keeps).
    func withoutSpaces() -> String {
        var result = ""
        for index in 0..<count where !spaces[index] {
            result += source[bounds[index]..<bounds[index + 1]]
        }
        return result
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

    /// `key(_:)` of a plain scalar's character, looking the vocabulary up only for the few plain
    /// scalars that are neither ASCII nor CJK ideographs (`≥`, `％`, …).
    private static func key(plain scalar: Unicode.Scalar) -> UInt32 {
        let value = scalar.value
        if value < 0x80 || (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) { return value }
        return key(Character(scalar))
    }

    /// Keys of a word of the grammar (its characters are single scalars).
    static func keys(_ word: [Character]) -> [UInt32] {
        word.map { $0.unicodeScalars.first?.value ?? otherKey }
    }

    var count: Int { keys.count }

    /// A number as scanned: its value, its text as written, and where it stands.
    struct Number {
        let value: Double
        let text: String
        let range: Range<Int>
    }

    /// The written text of `range`.
    func text(_ range: Range<Int>) -> String {
        let range = range.clamped(to: 0..<count)
        return String(source[bounds[range.lowerBound]..<bounds[range.upperBound]])
    }

    /// The normalised text of `range`, which holds only digits, `.` and `,`: each is one ASCII
    /// character whose key is its scalar, so the text is spelt from the keys.
    private func asciiText(_ range: Range<Int>) -> String {
        let range = range.clamped(to: 0..<count)
        // The same bytes as `keys[range].lazy.map { UInt8(truncatingIfNeeded: $0) }`, decoded from
        // contiguous memory (the lazy collection took String's slow, generic path).
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: range.count) { buffer in
            for (offset, index) in range.enumerated() { buffer[offset] = UInt8(truncatingIfNeeded: keys[index]) }
            return String(decoding: UnsafeBufferPointer(buffer), as: UTF8.self)
        }
    }

    /// True when `literal` (a single-scalar character of the grammar) stands at `index`.
    func has(_ literal: Unicode.Scalar, at index: Int) -> Bool {
        index >= 0 && index < count && keys[index] == literal.value
    }

    /// True when the character at `index` is a CJK unified ideograph, the characters units are written in.
    func isHan(at index: Int) -> Bool {
        let scalars = source.unicodeScalars[bounds[index]..<bounds[index + 1]]
        guard let scalar = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else { return false }
        return Self.isHan(scalar)
    }

    /// True when some character is an ASCII digit (normalised), which every number needs.
    var hasDigit: Bool { keys.contains { $0 >= 0x30 && $0 <= 0x39 } }

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
        var digits = asciiText(index..<end)
        if end - index <= 3 {
            while end < count, keys[end] == 0x2C, (1...3).allSatisfy({ isDigit(at: end + $0) }),
                  !isDigit(at: end + 4) {
                digits += asciiText(end + 1..<end + 4)
                end += 4
            }
        }
        if end < count, keys[end] == 0x2E, isDigit(at: end + 1) {
            var fractionEnd = end + 1
            while isDigit(at: fractionEnd) { fractionEnd += 1 }
            digits += asciiText(end..<fractionEnd)
            end = fractionEnd
        }
        guard let value = Double(digits) else { return nil }
        return Number(value: value, text: text(index..<end), range: index..<end)
    }

    /// The run of ASCII digits at `index` (no separators), as text and value.
    func digitRun(at index: Int) -> (text: String, value: Int, end: Int)? {
        var end = index
        while isDigit(at: end) { end += 1 }
        let digits = asciiText(index..<end)
        guard end > index, end - index <= 9, let value = Int(digits) else { return nil }
        return (digits, value, end)
    }

    /// True for CJK unified ideographs.
    private static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }

    private static func normalise(_ character: Character) -> Character {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first else { return character }
        return Character(normalise(scalar))
    }

    /// Full-width digits and point as ASCII, the ideographic space as a plain space.
    private static func normalise(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0xFF10...0xFF19:
            return Unicode.Scalar(scalar.value - 0xFF10 + 0x30) ?? scalar
        case 0xFF0E:
            return "."
        case 0x3000:
            return " "
        default:
            return scalar
        }
    }
}
