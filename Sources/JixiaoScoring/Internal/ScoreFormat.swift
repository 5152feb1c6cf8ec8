/// Number formatting for explanations: no Foundation, no locale, the same text on every machine.
enum ScoreFormat {
    /// Rounds to two decimals and drops trailing zeros: `12.5`, `10`, `11.25`.
    static func short(_ value: Double) -> String {
        let text = fixed(value)
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
    static func fixed(_ value: Double) -> String {
        let hundredths = Int64((abs(value) * 100).rounded())
        let sign = value < 0 && hundredths != 0 ? "-" : ""
        let whole = hundredths / 100
        let fraction = hundredths % 100
        // Concatenated rather than interpolated: this runs several times per scored indicator.
        return sign + String(whole) + (fraction < 10 ? ".0" : ".") + String(fraction)
    }

    /// A ratio as a percentage with two decimals: `90.00%`.
    static func percent(_ ratio: Double) -> String { fixed(ratio * 100) + "%" }

    /// Rounds to two decimals, the precision every score is shown and compared with.
    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
