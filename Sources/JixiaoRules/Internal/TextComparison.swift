import JixiaoModel

/// Comparing cell texts the way a reader does: ignoring spaces and punctuation, so that
/// `认定/评审` matches `认定、评审` and a trailing `。` does not make two texts differ.
enum TextComparison {
    /// The text without white space and punctuation.
    ///
    /// Works on the UTF-8 bytes: ASCII and CJK ideographs (the bulk of every cell) are judged from
    /// their bytes without decoding; the text itself is returned when nothing goes (the usual
    /// case), else the bytes of the kept scalars, which is the same text as appending them.
    static func normalized(_ text: String) -> String {
        var text = text
        let kept: [UInt8]? = text.withUTF8 { bytes in
            guard let first = firstDropped(in: bytes) else { return nil }
            var kept = Array(bytes[..<first])
            kept.reserveCapacity(bytes.count)
            var offset = first
            while offset < bytes.count {
                let (keep, length) = scalar(at: offset, in: bytes)
                if keep { kept.append(contentsOf: bytes[offset..<offset + length]) }
                offset += length
            }
            return kept
        }
        guard let kept else { return text }
        return String(decoding: kept, as: UTF8.self)
    }

    /// `normalized(text)` and `PlainText.isPlain` of it, in one pass over the bytes.
    static func normalizedAndPlain(_ text: String) -> (text: String, plain: Bool) {
        var text = text
        var plain = true
        let kept: [UInt8]? = text.withUTF8 { bytes in
            let count = bytes.count
            var offset = 0
            var kept: [UInt8]?
            // The start of the run of kept scalars not yet copied (only once something was dropped).
            var run = 0
            while offset < count {
                // CJK ideographs (U+5000–U+9FFF: lead bytes E5–E9) and kept printable ASCII, the
                // bulk of every cell, without the general decoding.
                let lead = bytes[offset]
                if lead >= 0xE5 && lead <= 0xE9 {
                    offset += 3
                    continue
                }
                if lead >= 0x21 && lead < 0x7F && asciiKeptAndPlain(lead) {
                    offset += 1
                    continue
                }
                let (keep, length, isPlain) = plainScalar(at: offset, in: bytes)
                if keep {
                    if !isPlain { plain = false }
                } else {
                    if kept == nil { kept = [] ; kept!.reserveCapacity(count) }
                    kept!.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<offset]))
                    run = offset + length
                }
                offset += length
            }
            guard kept != nil else { return nil }
            kept!.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<count]))
            return kept
        }
        guard let kept else { return (text, plain) }
        return (String(decoding: kept, as: UTF8.self), plain)
    }

    /// A 64-bit FNV-1a hash of the bytes of `normalized(name)`, 0xFF and `year`, or nil when
    /// `normalizedAndPlain(name)` is not plain or `year` is not (`PlainText.isPlain`): equal plain
    /// keys have equal bytes, hence equal hashes. Reads the bytes once and makes no `String`.
    static func plainKeyHash(_ name: String, _ year: String) -> UInt64? {
        var name = name, year = year
        let prime: UInt64 = 0x100_0000_01B3
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        let plain: Bool = name.withUTF8 { bytes in
            let count = bytes.count
            var offset = 0
            while offset < count {
                let lead = bytes[offset]
                // As in `normalizedAndPlain`: CJK ideographs and kept printable ASCII first.
                if lead >= 0xE5 && lead <= 0xE9 {
                    hash = (hash ^ UInt64(lead)) &* prime
                    hash = (hash ^ UInt64(bytes[offset + 1])) &* prime
                    hash = (hash ^ UInt64(bytes[offset + 2])) &* prime
                    offset += 3
                    continue
                }
                if lead >= 0x21 && lead < 0x7F && asciiKeptAndPlain(lead) {
                    hash = (hash ^ UInt64(lead)) &* prime
                    offset += 1
                    continue
                }
                let (keep, length, isPlain) = plainScalar(at: offset, in: bytes)
                if keep {
                    guard isPlain else { return false }
                    for byte in bytes[offset..<offset + length] { hash = (hash ^ UInt64(byte)) &* prime }
                }
                offset += length
            }
            return true
        }
        guard plain else { return nil }
        hash = (hash ^ 0xFF) &* prime
        return year.withUTF8 { bytes in
            guard PlainText.isPlain(utf8: bytes) else { return nil }
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
            return hash
        }
    }

    /// True for the printable ASCII that `normalized` keeps (letters, digits, symbols such as
    /// `$+<=>^`|~`: not white space, not punctuation); all printable ASCII is plain.
    @inline(__always)
    private static func asciiKeptAndPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x24, 0x2B, 0x3C...0x3E, 0x5E, 0x60, 0x7C, 0x7E: true
        default: false
        }
    }

    /// `scalar(at:in:)` and whether the scalar is plain (`PlainText.isPlain`).
    @inline(__always)
    private static func plainScalar(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (keep: Bool, length: Int, plain: Bool) {
        let lead = bytes[offset]
        if lead < 0x80 { return (asciiKept[Int(lead)], 1, PlainText.isPlain(Unicode.Scalar(lead))) }
        if lead < 0xE0 {
            // Two-byte scalars are never plain.
            return (keeps(scalar(UInt32(lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F))), 2, false)
        }
        if lead < 0xF0 {
            // U+4E00–U+9FFF are E4 B8 80 through E9 BF BF: kept and plain, no decoding needed.
            if lead >= 0xE5 && lead <= 0xE9 || lead == 0xE4 && bytes[offset + 1] >= 0xB8 { return (true, 3, true) }
            let value = scalar(UInt32(lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F))
            return (keeps(value), 3, PlainText.isPlain(value))
        }
        // Four-byte scalars are never plain.
        let value = UInt32(lead & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12
            | UInt32(bytes[offset + 2] & 0x3F) << 6 | UInt32(bytes[offset + 3] & 0x3F)
        return (keeps(scalar(value)), 4, false)
    }

    /// The offset of the first scalar that `normalized` drops, nil when it keeps them all.
    private static func firstDropped(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var offset = 0
        while offset < bytes.count {
            let (keep, length) = scalar(at: offset, in: bytes)
            if !keep { return offset }
            offset += length
        }
        return nil
    }

    /// Whether the scalar starting at `offset` of valid UTF-8 is kept, and its length in bytes.
    @inline(__always)
    private static func scalar(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (keep: Bool, length: Int) {
        let lead = bytes[offset]
        if lead < 0x80 { return (asciiKept[Int(lead)], 1) }
        if lead < 0xE0 {
            return (keeps(scalar(UInt32(lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F))), 2)
        }
        if lead < 0xF0 {
            // U+4E00–U+9FFF are E4 B8 80 through E9 BF BF: kept, no decoding needed.
            if lead >= 0xE5 && lead <= 0xE9 || lead == 0xE4 && bytes[offset + 1] >= 0xB8 { return (true, 3) }
            let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F)
            return (keeps(scalar(value)), 3)
        }
        let value = UInt32(lead & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12
            | UInt32(bytes[offset + 2] & 0x3F) << 6 | UInt32(bytes[offset + 3] & 0x3F)
        return (keeps(scalar(value)), 4)
    }

    /// The scalar of a value decoded from valid UTF-8 (always a scalar value).
    @inline(__always)
    private static func scalar(_ value: UInt32) -> Unicode.Scalar {
        Unicode.Scalar(value).unsafelyUnwrapped
    }

    /// `text.hasSuffix(suffix)`: a byte comparison when both are plain (there, characters are
    /// scalars and canonical equivalence is byte equality), else the `Character` comparison.
    static func hasSuffix(_ text: String, _ suffix: String) -> Bool {
        guard PlainText.isPlain(text), PlainText.isPlain(suffix) else { return text.hasSuffix(suffix) }
        return bytesEnd(text, with: suffix)
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
        return !left.isEmpty && PlainText.equal(left, normalized(rhs))
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
