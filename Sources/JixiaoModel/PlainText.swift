/// Fast, exact answers about text made of "plain" scalars, the scalars project files are written in.
///
/// A plain scalar (ASCII without CR, CJK ideographs, CJK and general punctuation, full-width
/// forms, `≤`, `≥`) is a grapheme cluster of its own, has no canonical decomposition, combining
/// class 0, and composes with nothing. So for plain text, characters are scalars, the text is
/// its own NFC and NFD, and canonical equivalence (what `String ==` and Foundation's searches use)
/// is byte equality. Callers take the fast path only when every scalar involved is plain and keep
/// the general (slow) code for anything else, so answers never change.
package enum PlainText {
    /// True for a scalar of the plain set described above.
    @inline(__always)
    package static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        isPlain(value: scalar.value)
    }

    @inline(__always)
    private static func isPlain(value: UInt32) -> Bool {
        if value < 0x80 { return value >= 0x20 ? value != 0x7F : (value == 0x09 || value == 0x0A) }
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF,  // CJK unified ideographs (extension A and base)
             0x3000...0x3029,                  // CJK symbols and punctuation (not the tone marks after)
             0xFF01...0xFF5E,                  // full-width ASCII
             0x2010...0x2027, 0x2030...0x205E, // general punctuation (no format or separator characters)
             0x2264, 0x2265:                   // ≤ ≥
            return true
        default:
            return false
        }
    }

    /// True when every scalar of `text` is plain (the empty text is plain).
    package static func isPlain(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(isPlain(utf8:)) ?? text.unicodeScalars.allSatisfy(isPlain)
    }

    /// `isPlain` on valid UTF-8, decoding only three-byte sequences: every plain scalar is ASCII
    /// or in the Basic Multilingual Plane above U+07FF, so any two- or four-byte sequence is not plain.
    package static func isPlain(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let lead = bytes[offset]
            if lead < 0x80 {
                guard isPlain(value: UInt32(lead)) else { return false }
                offset += 1
            } else if lead >= 0xE5 && lead <= 0xE9 {
                // U+5000…U+9FFF: CJK unified ideographs, all plain, without decoding.
                offset += 3
            } else if lead >= 0xE0 && lead < 0xF0 {
                let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6
                    | UInt32(bytes[offset + 2] & 0x3F)
                guard isPlain(value: value) else { return false }
                offset += 3
            } else {
                return false
            }
        }
        return true
    }

    /// Whether two texts have the same UTF-8 bytes, compared in place when both are contiguous.
    package static func sameBytes(_ lhs: String, _ rhs: String) -> Bool {
        guard lhs.utf8.count == rhs.utf8.count else { return false }
        let inPlace = lhs.utf8.withContiguousStorageIfAvailable { left in
            rhs.utf8.withContiguousStorageIfAvailable { right in equalBytes(left, right) }
        }
        return (inPlace ?? nil) ?? lhs.utf8.elementsEqual(rhs.utf8)
    }

    /// `left.elementsEqual(right)` for two buffers of the same length, eight bytes at a time.
    @inline(__always)
    private static func equalBytes(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = left.count
        guard count > 0, let leftStart = left.baseAddress, let rightStart = right.baseAddress else { return true }
        if leftStart == rightStart { return true }
        let a = UnsafeRawPointer(leftStart), b = UnsafeRawPointer(rightStart)
        var offset = 0
        while offset + 8 <= count {
            if a.loadUnaligned(fromByteOffset: offset, as: UInt64.self) != b.loadUnaligned(fromByteOffset: offset, as: UInt64.self) {
                return false
            }
            offset += 8
        }
        while offset < count {
            if leftStart[offset] != rightStart[offset] { return false }
            offset += 1
        }
        return true
    }

    /// `lhs == rhs`: equal bytes are equal, different bytes of two plain texts are not, and only
    /// other text takes the canonical comparison.
    package static func equal(_ lhs: String, _ rhs: String) -> Bool {
        sameBytes(lhs, rhs) || !(isPlain(lhs) && isPlain(rhs)) && lhs == rhs
    }

    /// `text == literal` for a `literal` that is plain (a category name, a unit): equal bytes are
    /// equal; different bytes are unequal when `text` is plain too; only other text takes
    /// `String ==`, whose canonical comparison of Chinese text walks normalisation tables.
    package static func equals(_ text: String, plain literal: String) -> Bool {
        sameBytes(text, literal) || !isPlain(text) && text == literal
    }

    /// `Unicode.Scalar.Properties.isWhitespace` (what `Character.isWhitespace` asks of a character's
    /// first scalar) without the property-table search for ASCII and CJK ideographs.
    @inline(__always)
    package static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        if (0x4E00...0x9FFF).contains(value) || (0x3400...0x4DBF).contains(value) { return false }
        return scalar.properties.isWhitespace
    }

    /// `character.isWhitespace`, which is the white-space property of the character's first scalar.
    @inline(__always)
    package static func isWhitespace(_ character: Character) -> Bool {
        isWhitespace(character.unicodeScalars.first!)
    }

    /// `text.allSatisfy(\.isWhitespace)`: answered from the first scalar when it is not white space
    /// (the first character's whiteness is its first scalar's), else by the character walk.
    package static func isBlank(_ text: some StringProtocol) -> Bool {
        guard let first = text.unicodeScalars.first else { return true }
        if !isWhitespace(first) { return false }
        return text.allSatisfy { isWhitespace($0) }
    }

    /// Whether the UTF-8 bytes of `word` occur in those of `text`; for plain texts this is exactly
    /// whether `text` contains `word` under canonical equivalence. `word` must not be empty.
    package static func utf8Contains(_ text: String, _ word: String) -> Bool {
        var text = text, word = word
        return text.withUTF8 { haystack in
            word.withUTF8 { needle in
                firstOffset(of: needle, in: haystack) != nil
            }
        }
    }

    /// Byte offset of the first occurrence of `needle` (non-empty) in `haystack`.
    package static func firstOffset(of needle: UnsafeBufferPointer<UInt8>,
                                    in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = needle.count
        guard count > 0, count <= haystack.count else { return nil }
        let first = needle[0]
        var start = 0
        let last = haystack.count - count
        while start <= last {
            if haystack[start] == first {
                var offset = 1
                while offset < count, haystack[start + offset] == needle[offset] { offset += 1 }
                if offset == count { return start }
            }
            start += 1
        }
        return nil
    }
}
