/// Number formatting for explanations: no Foundation, no locale, the same text on every machine.
enum ScoreFormat {
    /// Rounds to two decimals and drops trailing zeros: `12.5`, `10`, `11.25`.
    static func short(_ value: Double) -> String {
        let text = fixed(value)
        // `fixed` writes ASCII only: a byte test, not a Foundation substring search.
        guard text.utf8.contains(UInt8(ascii: ".")) else { return text }
        var trimmed = Substring(text)
        while trimmed.hasSuffix("0") { trimmed = trimmed.dropLast() }
        if trimmed.hasSuffix(".") { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }

    /// Always two decimals: `9.00`, `11.25`; used for results so they line up.
    static func fixed(_ value: Double) -> String {
        let hundredths = Int64((abs(value) * 100).rounded())
        let sign = value < 0 && hundredths != 0 ? "-" : ""
        let whole = hundredths / 100
        let fraction = hundredths % 100
        return "\(sign)\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// A ratio as a percentage with two decimals: `90.00%`.
    static func percent(_ ratio: Double) -> String { fixed(ratio * 100) + "%" }

    /// Rounds to two decimals, the precision every score is shown and compared with.
    static func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
