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

    /// `trim` of the text with this UTF-8 (valid), made into a `String` once: the ends are
    /// decoded from the bytes, and Foundation trims only when an end is in the set.
    func trimmed(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard !bytes.isEmpty else { return text }
        var last = bytes.count - 1
        while bytes[last] & 0xC0 == 0x80 { last -= 1 }
        if !contains(Self.scalar(in: bytes, at: 0)) && !contains(Self.scalar(in: bytes, at: last)) { return text }
        return text.trimmingCharacters(in: set)
    }

    /// The scalar whose UTF-8 starts at `index` of valid UTF-8.
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Unicode.Scalar {
        let lead = UInt32(bytes[index])
        let value: UInt32
        if lead < 0x80 {
            value = lead
        } else if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
        } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
        } else {
            value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                | UInt32(bytes[index + 3] & 0x3F)
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }

    /// The text without the set's scalars at either end; the text itself when neither end is in the set.
    func trim(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return text }
        if !contains(first) && !contains(last) { return text }
        return text.trimmingCharacters(in: set)
    }
}
