/// Comparing cell texts the way a reader does: ignoring spaces and punctuation, so that
/// `认定/评审` matches `认定、评审` and a trailing `。` does not make two texts differ.
enum TextComparison {
    /// The text without white space and punctuation.
    static func normalized(_ text: String) -> String {
        String(text.unicodeScalars.filter { scalar in
            !scalar.properties.isWhitespace && !isPunctuation(scalar)
        }.map(Character.init))
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
