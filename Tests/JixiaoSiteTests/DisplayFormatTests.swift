import Foundation
@testable import JixiaoSite
import Testing

/// The hand-written number and time formatting gives printf's and Foundation's exact text.
struct DisplayFormatTests {
    @Test func fixedDecimalsMatchPrintfEverywhere() {
        var values: [Double] = [0, -0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 1.005, 2.675, 0.285, 1.115, 551, 13.0,
                                17.76, 4.44, 231.82, 99.999, 99.995, 0.0001, 0.00005, 0.00015, -0.001, -12.345,
                                123_456_789.125, 999_999_999.5, 1e9, 1e21, -1e21, .infinity, -.infinity, .nan,
                                .leastNonzeroMagnitude, .greatestFiniteMagnitude]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            values.append(Double.random(in: -1000...1000, using: &generator))
            // Values on and near the ties printf and a naive multiply could disagree on.
            let cents = Double(Int.random(in: -100_000...100_000, using: &generator))
            values.append((cents + 0.5) / 100)
            values.append((cents + 0.5) / 100 + Double.random(in: -1e-9...1e-9, using: &generator))
            values.append((cents * 10 + 5) / 10_000)
        }
        for value in values {
            for decimals in 0...4 {
                #expect(DisplayFormat.fixed(value, decimals: decimals) == String(format: "%.\(decimals)f", value),
                        "\(value) with \(decimals) decimals")
            }
        }
    }

    /// Money and points are cut and grouped as bytes; these are the String versions they replaced.
    @Test func moneyAndPointsMatchTheirStringVersions() {
        func points(_ value: Double) -> String {
            var text = String(format: "%.2f", value)
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
            return text
        }
        func money(_ value: Double) -> String {
            let fixed = String(format: "%.2f", value)
            let negative = fixed.hasPrefix("-")
            let body = negative ? String(fixed.dropFirst()) : fixed
            let parts = body.split(separator: ".", maxSplits: 1)
            guard let integer = parts.first else { return fixed }
            var digits = Array(integer)
            var grouped = ""
            while digits.count > 3 {
                grouped = "," + String(digits.suffix(3)) + grouped
                digits.removeLast(3)
            }
            return (negative ? "-" : "") + String(digits) + grouped + (parts.count > 1 ? "." + parts[1] : "")
        }
        var values: [Double] = [0, -0.0, 0.5, 0.005, 0.015, 1, 10, 100, 999.995, 1000, 1234.5, -1234.5, 12_345_678.9,
                                999_999_999.99, 1e9, 1e12, -1e15, 1e21, .infinity, -.infinity, .nan, .greatestFiniteMagnitude]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            values.append(Double.random(in: -1e7...1e7, using: &generator))
            values.append(Double(Int.random(in: -100_000...100_000, using: &generator)) / 100)
            values.append((Double(Int.random(in: -100_000...100_000, using: &generator)) + 0.5) / 100)
        }
        for value in values {
            #expect(DisplayFormat.points(value) == points(value), "\(value)")
            #expect(DisplayFormat.money(value) == money(value), "\(value)")
        }
    }

    @Test func chinaTimeMatchesFoundationsCalendar() {
        var dates: [Date] = [Date(timeIntervalSince1970: 0), Date(timeIntervalSince1970: -1),
                             Date(timeIntervalSince1970: 1_669_897_800), Date(timeIntervalSince1970: 951_782_400),
                             Date(timeIntervalSince1970: 951_868_799.999), Date(timeIntervalSince1970: 4_107_542_399),
                             Date(timeIntervalSince1970: -2_208_988_800), Date(timeIntervalSince1970: 16 * 3600 - 0.5)]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            dates.append(Date(timeIntervalSince1970: Double.random(in: -3e9...5e9, using: &generator)))
        }
        for date in dates {
            #expect(DisplayFormat.chinaTime(date) == DisplayFormat.foundationChinaTime(date), "\(date.timeIntervalSince1970)")
        }
    }
}
