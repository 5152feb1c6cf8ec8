import JixiaoModel

/// Encodes a value as compact JSON with sorted keys, byte for byte what Foundation's `JSONEncoder`
/// gives with `[.sortedKeys, .withoutEscapingSlashes]` and non-finite numbers spelled as strings
/// (`Infinity`, `-Infinity`, `NaN`) — the format of `data/projects.json` — in a fraction of the time
/// (Foundation's encoder boxes and casts every value; it was a sixth of a full build). Only what the
/// model's synthesised `Codable` uses is needed: keyed, unkeyed and single-value containers of
/// strings, numbers, booleans and nil. The export test compares both encoders on real reports.
enum CompactJSONEncoder {
    static func encode(_ value: some Encodable) throws -> [UInt8] {
        let encoder = ValueEncoder()
        try value.encode(to: encoder)
        var output: [UInt8] = []
        output.reserveCapacity(8192)
        write(encoder.value ?? .object(ObjectBox()), to: &output)
        return output
    }

    /// A JSON value while it is built; objects and arrays are boxes so containers can fill them later.
    enum Value {
        /// Already serialised JSON (the fast paths for the model's commonest values).
        case raw([UInt8])
        case string(String)
        case number(String)
        case bool(Bool)
        case null
        case object(ObjectBox)
        case array(ArrayBox)
    }

    final class ObjectBox {
        var entries: [(key: String, value: Value)] = []
    }

    final class ArrayBox {
        var items: [Value] = []
    }

    // MARK: Writing

    static func write(_ value: Value, to output: inout [UInt8]) {
        switch value {
        case let .raw(bytes): output.append(contentsOf: bytes)
        case let .string(text): writeString(text, to: &output)
        case let .number(text): output.append(contentsOf: text.utf8)
        case let .bool(flag): output.append(contentsOf: flag ? Array("true".utf8) : Array("false".utf8))
        case .null: output.append(contentsOf: Array("null".utf8))
        case let .object(box):
            output.append(UInt8(ascii: "{"))
            // Keys in code-point order, as Foundation sorts them (synthesised coding never repeats a key).
            var entries = box.entries
            entries.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (index, entry) in entries.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                writeString(entry.key, to: &output)
                output.append(UInt8(ascii: ":"))
                write(entry.value, to: &output)
            }
            output.append(UInt8(ascii: "}"))
        case let .array(box):
            output.append(UInt8(ascii: "["))
            for (index, item) in box.items.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                write(item, to: &output)
            }
            output.append(UInt8(ascii: "]"))
        }
    }

    /// Quotes and escapes like Foundation: `"` and `\`, the named control characters, other
    /// controls as `\u00xx`; everything else (slashes, non-ASCII) as is.
    static func writeString(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
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

    /// `description` without a trailing `.0` (`92`, `-0`, `1e+21`); non-finite numbers as strings.
    static func number(_ value: Double) -> Value {
        if value.isNaN { return .string("NaN") }
        if value.isInfinite { return .string(value > 0 ? "Infinity" : "-Infinity") }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        return .number(text)
    }

    /// A primitive without going through `Encodable` (the common case), nil for anything else.
    static func primitive<T: Encodable>(_ value: T) -> Value? {
        // Metatype checks first: a failed dynamic cast per nested value costs more than the encoding.
        if T.self == String.self, let text = value as? String { return .string(text) }
        if T.self == Double.self, let number = value as? Double { return Self.number(number) }
        if T.self == Int.self, let number = value as? Int { return .number(String(number)) }
        if T.self == Bool.self, let flag = value as? Bool { return .bool(flag) }
        // The other standard numbers: the containers only spell out Int, Double, Bool and String,
        // and a UInt64 sent to the generic path would encode itself through it again, forever.
        if let integer = value as? any FixedWidthInteger { return .number(String(describing: integer)) }
        if let number = value as? Float {
            if number.isNaN { return .string("NaN") }
            if number.isInfinite { return .string(number > 0 ? "Infinity" : "-Infinity") }
            var text = number.description
            if text.hasSuffix(".0") { text.removeLast(2) }
            return .number(text)
        }
        // Every cell is a Field (~150 per project): written directly, in the synthesised coding's
        // sorted-key form. PerfExportTests compares with Foundation's bytes, so a change of these
        // types' coding cannot go unnoticed.
        if T.self == Field.self, let field = value as? Field {
            var bytes = Array(#"{"location":"#.utf8)
            writeLocation(field.location, to: &bytes)
            bytes.append(contentsOf: #","text":"#.utf8)
            writeString(field.text, to: &bytes)
            bytes.append(UInt8(ascii: "}"))
            return .raw(bytes)
        }
        if T.self == SourceLocation.self, let location = value as? SourceLocation {
            var bytes: [UInt8] = []
            writeLocation(location, to: &bytes)
            return .raw(bytes)
        }
        return nil
    }

    /// `{"column":…,"line":…}`
    private static func writeLocation(_ location: SourceLocation, to output: inout [UInt8]) {
        output.append(contentsOf: #"{"column":"#.utf8)
        output.append(contentsOf: String(location.column).utf8)
        output.append(contentsOf: #","line":"#.utf8)
        output.append(contentsOf: String(location.line).utf8)
        output.append(UInt8(ascii: "}"))
    }

    /// Encodes any value into a `Value`. The coding path is not tracked (nothing here throws, and
    /// an array per nested value was a large share of the encoding time).
    static func value(of encodable: some Encodable) throws -> Value {
        if let primitive = primitive(encodable) { return primitive }
        let encoder = ValueEncoder()
        try encodable.encode(to: encoder)
        return encoder.value ?? .object(ObjectBox())
    }
}
