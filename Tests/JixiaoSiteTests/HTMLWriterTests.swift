@testable import JixiaoSite
import Testing

/// The byte-level fast paths of the writers against plain per-character versions: HTML escaping
/// tests eight bytes at a time, CSV fields skip `quote` when nothing needs it, numbers skip `String`,
/// and the buffer grows from any size.
struct HTMLWriterTests {
    /// Text mixing Chinese, Latin letters, digits and the characters that need escaping or quoting,
    /// at every position relative to the eight-byte words.
    static func samples() -> [String] {
        let pieces = ["绩", "效", "a", "Z", "0", " ", "&", "<", ">", "\"", "'", ",", "\n", "\r", "=", "+", "-", "@", "é",
                      "\u{301}", "；", "👍"]
        var generator = SystemRandomNumberGenerator()
        var samples = ["", "&", "=1", "-5", "+", "@x", "a,b", "=\u{301}x", "\"\u{301}", "12345678&", "绩效目标&<>\"'表"]
        for length in 0..<40 {
            for _ in 0..<25 {
                samples.append((0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined())
            }
        }
        return samples
    }

    /// By scalar, as the markup always was (a quote with a combining accent is still a quote).
    @Test func escapingMatchesPerScalarEscaping() {
        for sample in Self.samples() {
            var expected = ""
            for scalar in sample.unicodeScalars {
                switch scalar {
                case "&": expected += "&amp;"
                case "<": expected += "&lt;"
                case ">": expected += "&gt;"
                case "\"": expected += "&quot;"
                case "'": expected += "&#39;"
                default: expected.unicodeScalars.append(scalar)
                }
            }
            var html = HTMLWriter()
            html.text(sample)
            #expect(String(decoding: html.bytes, as: UTF8.self) == expected, "\(sample.debugDescription)")
        }
    }

    @Test func csvFieldsMatchQuote() {
        for sample in Self.samples() {
            var buffer = ByteBuffer(capacity: 0)
            IndicatorsExport.writeField(sample, to: &buffer)
            #expect(String(decoding: buffer.bytes, as: UTF8.self) == IndicatorsExport.quote(sample), "\(sample.debugDescription)")
        }
    }

    @Test func decimalsMatchStringInit() {
        for number in [0, 1, -1, 9, 10, 99, 100, 123_456, -987_654_321, Int.max, Int.min] {
            var buffer = ByteBuffer(capacity: 0)
            buffer.appendDecimal(number)
            #expect(String(decoding: buffer.bytes, as: UTF8.self) == String(number))
        }
    }
}
