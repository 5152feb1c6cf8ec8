import Foundation

/// `trimmingCharacters(in:)` for the two sets the parser trims with, without its cost when there
/// is nothing to trim, which is almost always.
///
/// Both ends are tested first: ASCII from a table made once from the Foundation set itself, CJK
/// ideographs answered directly (letters are never white space), anything else by the set.
/// Only when an end is in the set does Foundation trim.
struct Trimming: Sendable {
    /// The parser's two sets.
    static let whitespaces = Trimming(.whitespaces)
    static let whitespacesAndNewlines = Trimming(.whitespacesAndNewlines)

    private let set: CharacterSet
    private let ascii: [Bool]

    private init(_ set: CharacterSet) {
        self.set = set
        ascii = (UInt32(0)..<0x80).map { value in Unicode.Scalar(value).map { set.contains($0) } ?? false }
    }

    /// True when `scalar` is in the set.
    func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return ascii[Int(value)] }
        if (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) { return false }
        return set.contains(scalar)
    }

    /// The text without the set's scalars at either end; the text itself when neither end is in the set.
    func trim(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return text }
        if !contains(first) && !contains(last) { return text }
        return text.trimmingCharacters(in: set)
    }
}
