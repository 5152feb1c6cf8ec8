import JixiaoModel

/// Comparing cell texts the way a reader does: ignoring spaces and punctuation, so that
/// `认定/评审` matches `认定、评审` and a trailing `。` does not make two texts differ.
enum TextComparison {
    /// The text without white space and punctuation.
    static func normalized(_ text: String) -> String {
        // The text itself when nothing goes (the usual case); else the UTF-8 of the kept scalars,
        // which is the same text as appending them one by one, without growing a scalar view.
        guard !text.unicodeScalars.allSatisfy(keeps) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars where keeps(scalar) {
            UTF8.encode(scalar) { bytes.append($0) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text.hasSuffix(suffix)`: a byte comparison when both are plain (there, characters are
    /// scalars and canonical equivalence is byte equality), else the `Character` comparison.
    static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        guard PlainText.isPlain(text), PlainText.isPlain(suffix) else { return text.hasSuffix(suffix) }
        let bytes = text.utf8, end = suffix.utf8
        return bytes.count >= end.count && bytes.suffix(end.count).elementsEqual(end)
    }

    /// CJK ideographs are never white space or punctuation; ASCII and CJK or full-width
    /// punctuation answers come from tables made with the same test; only other scalars look up
    /// their Unicode properties (slow).
    private static func keeps(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return asciiKept[Int(value)] }
        if (0x4E00...0x9FFF).contains(value) { return true }
        if (0x3000...0x303F).contains(value) { return cjkSymbolsKept[Int(value - 0x3000)] }
        if (0xFF00...0xFFEF).contains(value) { return fullWidthKept[Int(value - 0xFF00)] }
        return isKept(scalar)
    }

    private static let asciiKept: [Bool] = table(0..<0x80)
    private static let cjkSymbolsKept: [Bool] = table(0x3000..<0x3040)
    private static let fullWidthKept: [Bool] = table(0xFF00..<0xFFF0)

    private static func table(_ values: Range<UInt32>) -> [Bool] {
        values.map { value in Unicode.Scalar(value).map(isKept) ?? false }
    }

    private static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        !scalar.properties.isWhitespace && !isPunctuation(scalar)
    }

    /// True when both texts are non-empty and read the same.
    static func same(_ lhs: String, _ rhs: String) -> Bool {
        let left = normalized(lhs)
        return !left.isEmpty && left == normalized(rhs)
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            true
        default:
            false
        }
    }
}
