/// Comparing cell texts the way a reader does: ignoring spaces and punctuation, so that
/// `认定/评审` matches `认定、评审` and a trailing `。` does not make two texts differ.
enum TextComparison {
    /// The text without white space and punctuation.
    static func normalized(_ text: String) -> String {
        // The text itself when nothing goes (the usual case); else built scalar by scalar.
        guard !text.unicodeScalars.allSatisfy(keeps) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where keeps(scalar) { result.append(scalar) }
        return String(result)
    }

    /// CJK ideographs are never white space or punctuation; ASCII answers come from a table made
    /// with the same test; only other scalars look up their Unicode properties (slow).
    private static func keeps(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return asciiKept[Int(value)] }
        if (0x4E00...0x9FFF).contains(value) { return true }
        return !scalar.properties.isWhitespace && !isPunctuation(scalar)
    }

    private static let asciiKept: [Bool] = (0..<0x80).map { value in
        guard let scalar = Unicode.Scalar(value) else { return false }
        return !scalar.properties.isWhitespace && !isPunctuation(scalar)
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
