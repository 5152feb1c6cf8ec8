import Foundation

/// Number and time formatting that never depends on the machine's locale or time zone.
enum DisplayFormat {
    /// Money in 万元 with two decimals, e.g. `1,234.50`.
    static func money(_ value: Double) -> String {
        withFixed(value, decimals: 2) { text in
            let start = text.first == UInt8(ascii: "-") ? 1 : 0
            let dot = text[start...].firstIndex(of: UInt8(ascii: ".")) ?? text.count
            let integerDigits = dot - start
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: text.count + integerDigits / 3) { grouped in
                var count = 0
                func put(_ byte: UInt8) {
                    grouped[count] = byte
                    count += 1
                }
                if start == 1 { put(UInt8(ascii: "-")) }
                for offset in 0..<integerDigits {
                    if offset > 0, (integerDigits - offset) % 3 == 0 { put(UInt8(ascii: ",")) }
                    put(text[start + offset])
                }
                for index in dot..<text.count { put(text[index]) }
                return String(decoding: UnsafeBufferPointer(rebasing: grouped[..<count]), as: UTF8.self)
            }
        }
    }

    /// A score with one decimal, e.g. `87.5`.
    static func score(_ value: Double) -> String { fixed(value, decimals: 1) }

    /// Points with up to two decimals and no trailing zeros, e.g. `2`, `0.5`.
    static func points(_ value: Double) -> String {
        withFixed(value, decimals: 2) { text in
            var end = text.count
            while end > 0, text[end - 1] == UInt8(ascii: "0") { end -= 1 }
            if end > 0, text[end - 1] == UInt8(ascii: ".") { end -= 1 }
            return String(decoding: UnsafeBufferPointer(rebasing: text[..<end]), as: UTF8.self)
        }
    }

    /// `points(value)` written (escaped) into `html` without making the string.
    static func writePoints(_ value: Double, to html: inout HTMLWriter) {
        withFixed(value, decimals: 2) { text in
            var end = text.count
            while end > 0, text[end - 1] == UInt8(ascii: "0") { end -= 1 }
            if end > 0, text[end - 1] == UInt8(ascii: ".") { end -= 1 }
            html.text(utf8: UnsafeBufferPointer(rebasing: text[..<end]))
        }
    }

    /// `score(value)` written (escaped) into `html` without making the string.
    static func writeScore(_ value: Double, to html: inout HTMLWriter) {
        withFixed(value, decimals: 1) { html.text(utf8: $0) }
    }

    /// A share as a percentage with one decimal, e.g. `72.5%`; a dash when there is nothing to divide.
    static func percent(_ part: Double, of whole: Double) -> String {
        guard whole > 0 else { return "—" }
        return fixed(part / whole * 100, decimals: 1) + "%"
    }

    /// A value for `data-value` sort keys: plain, full precision, locale-free.
    static func sortKey(_ value: Double?) -> String {
        guard let value else { return "" }
        return fixed(value, decimals: 4)
    }

    /// `String(format: "%.Nf", value)`'s exact text, without Foundation's formatter (it was a tenth
    /// of the aggregates' time).
    static func fixed(_ value: Double, decimals: Int) -> String {
        withFixed(value, decimals: decimals) { String(decoding: $0, as: UTF8.self) }
    }

    /// Hands `fixed`'s text as UTF-8 to `body`: digits written into a small stack buffer, so money
    /// and points are cut and grouped as bytes, not through String's character operations (a few
    /// numbers per table row). printf rounds the exact binary value to nearest; the product
    /// `value × 10ᴺ` is within 1e-7 of it below 1e9, so where its fraction is further than 1e-6
    /// from ½ both round the same way. Near a tie, beyond 1e9, or not finite: printf itself.
    private static func withFixed<Result>(_ value: Double, decimals: Int,
                                          _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        precondition((0...4).contains(decimals))
        let scale = [1.0, 10, 100, 1000, 10000][decimals]
        let scaled = value.magnitude * scale
        let whole = scaled.rounded(.down)
        let fraction = scaled - whole
        guard value.isFinite, scaled < 1e9, abs(fraction - 0.5) > 1e-6 else {
            var text = String(format: "%.\(decimals)f", value)
            return text.withUTF8(body)
        }
        var units = Int(whole) + (fraction > 0.5 ? 1 : 0)
        // At most a sign, ten digits and a point, written from the right.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { buffer in
            var start = buffer.count
            func put(_ byte: UInt8) {
                start -= 1
                buffer[start] = byte
            }
            for _ in 0..<decimals {
                put(UInt8(ascii: "0") + UInt8(units % 10))
                units /= 10
            }
            if decimals > 0 { put(UInt8(ascii: ".")) }
            repeat {
                put(UInt8(ascii: "0") + UInt8(units % 10))
                units /= 10
            } while units > 0
            if value.sign == .minus { put(UInt8(ascii: "-")) }
            return body(UnsafeBufferPointer(rebasing: buffer[start...]))
        }
    }

    /// The civil date and the second of the day in China Standard Time (UTC+8): days since
    /// 1970-01-01 to a date by H. Hinnant's algorithm (proleptic Gregorian, as Foundation's).
    private static func chinaCivilTime(_ date: Date) -> (year: Int, month: Int, day: Int, secondOfDay: Int) {
        let seconds = Int((date.timeIntervalSince1970 + 8 * 3600).rounded(.down))
        let days = seconds >= 0 ? seconds / 86400 : -((-seconds + 86399) / 86400)
        let secondOfDay = seconds - days * 86400
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day, secondOfDay)
    }

    /// `yyyy-MM-dd HH:mm` in China Standard Time (UTC+8, no daylight saving), independent of the host.
    /// Computed from the Unix time (proleptic Gregorian calendar, as Foundation's), without a
    /// Calendar per page.
    static func chinaTime(_ date: Date) -> String {
        let (year, month, day, secondOfDay) = chinaCivilTime(date)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let yearText = String(year)
        return String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText + "-" + two(month) + "-" + two(day)
            + " " + two(secondOfDay / 3600) + ":" + two(secondOfDay % 3600 / 60)
    }

    /// `chinaTime(date)` written (escaped) into `html`; the digits without the string for years
    /// 0…9999, `chinaTime` itself otherwise.
    static func writeChinaTime(_ date: Date, to html: inout HTMLWriter) {
        let (year, month, day, secondOfDay) = chinaCivilTime(date)
        guard (0...9999).contains(year) else { return html.text(chinaTime(date)) }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16) { buffer in
            var count = 0
            func put(_ value: Int, digits: Int) {
                var divisor = 1
                for _ in 1..<digits { divisor *= 10 }
                while divisor > 0 {
                    buffer[count] = UInt8(ascii: "0") + UInt8(value / divisor % 10)
                    count += 1
                    divisor /= 10
                }
            }
            func put(_ byte: UInt8) {
                buffer[count] = byte
                count += 1
            }
            put(year, digits: 4)
            put(UInt8(ascii: "-"))
            put(month, digits: 2)
            put(UInt8(ascii: "-"))
            put(day, digits: 2)
            put(UInt8(ascii: " "))
            put(secondOfDay / 3600, digits: 2)
            put(UInt8(ascii: ":"))
            put(secondOfDay % 3600 / 60, digits: 2)
            html.text(utf8: UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// The Foundation formatting `chinaTime` replaces, for tests to compare against.
    static func foundationChinaTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 8 * 3600) ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                      parts.hour ?? 0, parts.minute ?? 0)
    }
}
