/// JSON strings and numbers spelled byte for byte as Foundation's `JSONEncoder` spells them with
/// `[.sortedKeys, .withoutEscapingSlashes]` and non-finite numbers as strings (`Infinity`,
/// `-Infinity`, `NaN`): the format of `data/projects.json`, whose lines are written member by
/// member (`ProjectsExport`), and of the build cache. The export test compares the lines with
/// Foundation's encoder on real reports.
package enum JSONSpelling {
    /// Quotes and escapes like Foundation: `"` and `\`, the named control characters, other
    /// controls as `\u00xx`; everything else (slashes, non-ASCII) as is.
    package static func writeString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            // Most strings need no escape: one append.
            guard bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
                output.append(contentsOf: bytes)
                return
            }
            var start = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                start = index + 1
                switch byte {
                case UInt8(ascii: "\""): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
                case UInt8(ascii: "\\"): output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
                case 0x08: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
                case 0x09: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
                case 0x0A: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
                case 0x0C: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
                case 0x0D: output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                               hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
        }
        output.append(UInt8(ascii: "\""))
    }

    /// `String(value)`, written without making the string.
    static func writeInteger(_ value: Int, to output: inout [UInt8]) {
        if value < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 20 digits, filled from the end
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                count += 1
                buffer[24 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            output.append(contentsOf: UnsafeRawBufferPointer(rebasing: buffer[(24 - count)...]))
        }
    }

    /// `description` without a trailing `.0` (`92`, `-0`, `1e+21`); non-finite numbers as strings.
    static func writeNumber(_ value: Double, to output: inout [UInt8]) {
        if value.isNaN { return writeString("NaN", to: &output) }
        if value.isInfinite { return writeString(value > 0 ? "Infinity" : "-Infinity", to: &output) }
        // A whole number below 10¹⁵ is described as its digits and `.0` (no exponent below
        // 10¹⁶): its digits, without making the description (`-0` for negative zero).
        if value.magnitude < 1e15, value == value.rounded(.towardZero) {
            if value == 0, value.sign == .minus { output.append(UInt8(ascii: "-")) }
            return writeInteger(Int(value), to: &output)
        }
        writeNumberByDescription(value, to: &output)
    }

    /// `writeNumber` through `description` (every finite number; for tests of the fast path).
    static func writeNumberByDescription(_ value: Double, to output: inout [UInt8]) {
        if value.isNaN { return writeString("NaN", to: &output) }
        if value.isInfinite { return writeString(value > 0 ? "Infinity" : "-Infinity", to: &output) }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        output.append(contentsOf: text.utf8)
    }
}
