/// Number formatting for explanations: no Foundation, no locale, the same text on every machine.
enum ScoreFormat {
    /// Rounds to two decimals and drops trailing zeros: `12.5`, `10`, `11.25`.
    static func short(_ value: Double) -> String {
        guard value.isFinite, value.magnitude < 1e15 else { return trimmingZeros(fixed(value)) }
        // `fixed` without the zeros it would write and this would trim: hundredths that are a
        // multiple of 10 lose their last digit, of 100 their point too.
        let hundredths = Int64((value.magnitude * 100).rounded())
        let digits = hundredths % 100 == 0 ? 0 : hundredths % 10 == 0 ? 1 : 2
        return write(hundredths: hundredths, negative: value < 0 && hundredths != 0, decimals: digits)
    }

    /// `short`'s trimming of a text written by `fixed`: trailing zeros after a point, then the point.
    private static func trimmingZeros(_ text: String) -> String {
        // `fixed` writes ASCII only, so bytes are characters: no substring search, no
        // character-by-character suffix tests.
        let bytes = text.utf8
        guard bytes.contains(UInt8(ascii: ".")) else { return text }
        var end = bytes.endIndex
        while end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: "0") {
            end = bytes.index(before: end)
        }
        if end > bytes.startIndex, bytes[bytes.index(before: end)] == UInt8(ascii: ".") {
            end = bytes.index(before: end)
        }
        return String(text[..<end])
    }

    /// Always two decimals: `9.00`, `11.25`; used for results so they line up.
    ///
    /// Digits are written into a small buffer (the result fits a small string: no allocation).
    /// Beyond 10¹⁵ (hundredths no longer exact in a Double, and soon past `Int64`, where the
    /// conversion traps) and for infinities and NaN, Swift's own shortest form (`1e+23`, `inf`):
    /// a file may hold any number, and it must never stop the build.
    static func fixed(_ value: Double) -> String {
        guard value.isFinite, value.magnitude < 1e15 else { return String(value) }
        let hundredths = Int64((value.magnitude * 100).rounded())
        return write(hundredths: hundredths, negative: value < 0 && hundredths != 0, decimals: 2)
    }

    /// A number of hundredths as `W.dd` (`decimals` 2), `W.d` (1, the last digit is 0) or `W` (0,
    /// both are), written into a small buffer (the result fits a small string: no allocation).
    private static func write(hundredths: Int64, negative: Bool, decimals: Int) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var start = buffer.count
            func put(_ byte: UInt8) {
                start -= 1
                buffer[start] = byte
            }
            if decimals == 2 { put(UInt8(ascii: "0") + UInt8(hundredths % 10)) }
            if decimals >= 1 {
                put(UInt8(ascii: "0") + UInt8(hundredths / 10 % 10))
                put(UInt8(ascii: "."))
            }
            var whole = hundredths / 100
            repeat {
                put(UInt8(ascii: "0") + UInt8(whole % 10))
                whole /= 10
            } while whole > 0
            if negative { put(UInt8(ascii: "-")) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
        }
    }

    /// A ratio as a percentage with two decimals: `90.00%`.
    static func percent(_ ratio: Double) -> String { fixed(ratio * 100) + "%" }

    /// Rounds to two decimals, the precision every score is shown and compared with.
    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
