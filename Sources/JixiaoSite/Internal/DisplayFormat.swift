import Foundation

/// Number and time formatting that never depends on the machine's locale or time zone.
enum DisplayFormat {
    /// Money in 万元 with two decimals, e.g. `1,234.50`.
    static func money(_ value: Double) -> String {
        grouped(String(format: "%.2f", value))
    }

    /// A score with one decimal, e.g. `87.5`.
    static func score(_ value: Double) -> String { String(format: "%.1f", value) }

    /// Points with up to two decimals and no trailing zeros, e.g. `2`, `0.5`.
    static func points(_ value: Double) -> String {
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// A share as a percentage with one decimal, e.g. `72.5%`; a dash when there is nothing to divide.
    static func percent(_ part: Double, of whole: Double) -> String {
        guard whole > 0 else { return "—" }
        return String(format: "%.1f%%", part / whole * 100)
    }

    /// A value for `data-value` sort keys: plain, full precision, locale-free.
    static func sortKey(_ value: Double?) -> String {
        guard let value else { return "" }
        return String(format: "%.4f", value)
    }

    private static func grouped(_ fixed: String) -> String {
        let negative = fixed.hasPrefix("-")
        let body = negative ? String(fixed.dropFirst()) : fixed
        let parts = body.split(separator: ".", maxSplits: 1)
        guard let integer = parts.first else { return fixed }
        var digits = Array(integer)
        var groupedDigits = ""
        while digits.count > 3 {
            groupedDigits = "," + String(digits.suffix(3)) + groupedDigits
            digits.removeLast(3)
        }
        groupedDigits = String(digits) + groupedDigits
        let fraction = parts.count > 1 ? "." + parts[1] : ""
        return (negative ? "-" : "") + groupedDigits + fraction
    }

    /// `yyyy-MM-dd HH:mm` in China Standard Time (UTC+8, no daylight saving), independent of the host.
    static func chinaTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 8 * 3600) ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                      parts.hour ?? 0, parts.minute ?? 0)
    }
}
