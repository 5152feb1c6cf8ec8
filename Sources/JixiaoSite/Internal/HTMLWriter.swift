/// Writes HTML straight into UTF-8 bytes, in document order, without building a tree first.
///
/// Text and attribute values are always escaped (Plot 0.14 wrote attribute values unescaped, so a
/// file's text could break out of an attribute there). Element and attribute names and `raw`
/// markup are `StaticString`s: only literals of this module can reach the output unescaped.
///
/// Writing directly replaced a tree of small arrays and strings (`Markup`) that was built and then
/// rendered for every page and every project's rows: its allocations and reference counting were
/// a large share of a build's CPU.
struct HTMLWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// One attribute of a start tag. Attributes are passed as optionals so a call can leave one out
    /// (`span > 1 ? .attr("rowspan", span) : nil`).
    struct Attribute {
        enum Value {
            /// A bare boolean attribute (`hidden`, `defer`).
            case flag
            /// Two parts written one after the other, so a class list needs no temporary string.
            case text(String, String)
            case number(Int)
        }

        let name: StaticString
        let value: Value

        static func attr(_ name: StaticString, _ value: String, _ more: String = "") -> Attribute {
            Attribute(name: name, value: .text(value, more))
        }

        static func attr(_ name: StaticString, _ number: Int) -> Attribute {
            Attribute(name: name, value: .number(number))
        }

        static func flag(_ name: StaticString) -> Attribute {
            Attribute(name: name, value: .flag)
        }

        static func cls(_ value: String, _ more: String = "") -> Attribute {
            Attribute(name: "class", value: .text(value, more))
        }
    }

    // MARK: Elements

    /// `<name attributes…>`; the caller writes the content and `end(name)`.
    mutating func start(_ name: StaticString, _ attributes: Attribute?...) {
        startTag(name, attributes)
    }

    /// An element without content or end tag (`<meta>`, `<input>`, `<col>`).
    mutating func void(_ name: StaticString, _ attributes: Attribute?...) {
        startTag(name, attributes)
    }

    mutating func end(_ name: StaticString) {
        bytes.append(UInt8(ascii: "<"))
        bytes.append(UInt8(ascii: "/"))
        append(name)
        bytes.append(UInt8(ascii: ">"))
    }

    /// An element holding only text.
    mutating func element(_ name: StaticString, _ attributes: Attribute?..., text: String) {
        startTag(name, attributes)
        self.text(text)
        end(name)
    }

    /// An element whose content `content` writes; the nesting of calls follows the page's.
    mutating func element(_ name: StaticString, _ attributes: Attribute?..., content: (inout HTMLWriter) -> Void) {
        startTag(name, attributes)
        content(&self)
        end(name)
    }

    // MARK: Content

    /// Text, escaped.
    mutating func text(_ text: String) {
        Self.appendEscaped(text, to: &bytes)
    }

    /// A whole number in decimal.
    mutating func text(_ number: Int) {
        Self.appendDecimal(number, to: &bytes)
    }

    /// Markup of this module written as is (doctype, markers); never text from a file.
    mutating func raw(_ markup: StaticString) {
        append(markup)
    }

    /// Markup rendered earlier by this module (cached rows); never text from a file.
    mutating func raw(_ markup: [UInt8]) {
        bytes.append(contentsOf: markup)
    }

    /// The bytes written so far in an array of their size (no spare capacity), leaving the writer
    /// empty for the next rows.
    mutating func takeBytes() -> [UInt8] {
        let written = Self.exactCopy(bytes)
        bytes.removeAll(keepingCapacity: true)
        return written
    }

    /// A copy without spare capacity, for bytes that are kept (per-project rows of every project).
    static func exactCopy(_ bytes: [UInt8]) -> [UInt8] {
        [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, count in
            count = buffer.initialize(fromContentsOf: bytes)
        }
    }

    // MARK: Bytes

    private mutating func startTag(_ name: StaticString, _ attributes: [Attribute?]) {
        bytes.append(UInt8(ascii: "<"))
        append(name)
        for case let attribute? in attributes {
            bytes.append(UInt8(ascii: " "))
            append(attribute.name)
            switch attribute.value {
            case .flag:
                continue
            case let .text(value, more):
                bytes.append(UInt8(ascii: "="))
                bytes.append(UInt8(ascii: "\""))
                Self.appendEscaped(value, to: &bytes)
                Self.appendEscaped(more, to: &bytes)
                bytes.append(UInt8(ascii: "\""))
            case let .number(number):
                bytes.append(UInt8(ascii: "="))
                bytes.append(UInt8(ascii: "\""))
                Self.appendDecimal(number, to: &bytes)
                bytes.append(UInt8(ascii: "\""))
            }
        }
        bytes.append(UInt8(ascii: ">"))
    }

    private mutating func append(_ literal: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// The five characters that matter in text and in quoted attribute values, as bits of a mask
    /// over the bytes below 64 (all five are ASCII, so scanning UTF-8 never splits a character).
    private static let escapedMask: UInt64 = 1 << 0x26 | 1 << 0x3C | 1 << 0x3E | 1 << 0x22 | 1 << 0x27

    /// Escapes `&<>"'`; runs without any of them (most text) are copied in one go.
    static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 64, escapedMask & (1 << UInt64(byte)) != 0 else { continue }
                let replacement: StaticString
                switch byte {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                default: replacement = "&#39;"
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                output.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                start = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
        }
    }

    /// `String(number)`'s digits without making the string.
    static func appendDecimal(_ number: Int, to output: inout [UInt8]) {
        if number < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                count += 1
                buffer[buffer.count - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            output.append(contentsOf: buffer[(buffer.count - count)...])
        }
    }
}
