/// Writes HTML straight into UTF-8 bytes, in document order, without building a tree first.
///
/// Text and attribute values are always escaped (Plot 0.14 wrote attribute values unescaped, so a
/// file's text could break out of an attribute there). Element and attribute names and `raw`
/// markup are `StaticString`s: only literals of this module can reach the output unescaped.
///
/// Writing directly replaced a tree of small arrays and strings (`Markup`) that was built and then
/// rendered for every page and every project's rows: its allocations and reference counting were
/// a large share of a build's CPU.
struct HTMLWriter: ~Copyable {
    private var buffer: ByteBuffer

    init(capacity: Int = 4096) {
        buffer = ByteBuffer(capacity: capacity)
    }

    /// What was written, in an array of its size.
    var bytes: [UInt8] { buffer.bytes }

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

    // Up to five attributes as separate optional parameters rather than a variadic list: a
    // variadic argument is an array allocated on the heap for every element written.

    /// An element without content or end tag (`<meta>`, `<input>`, `<col>`).
    mutating func void(_ name: StaticString, _ a1: Attribute? = nil, _ a2: Attribute? = nil, _ a3: Attribute? = nil, _ a4: Attribute? = nil, _ a5: Attribute? = nil) {
        startTag(name, a1, a2, a3, a4, a5)
    }

    private mutating func end(_ name: StaticString) {
        buffer.append("</")
        buffer.append(name)
        buffer.append(UInt8(ascii: ">"))
    }

    /// An element holding only text.
    mutating func element(_ name: StaticString, _ a1: Attribute? = nil, _ a2: Attribute? = nil, _ a3: Attribute? = nil, _ a4: Attribute? = nil, _ a5: Attribute? = nil, text: String) {
        startTag(name, a1, a2, a3, a4, a5)
        self.text(text)
        end(name)
    }

    /// An element whose content `content` writes; the nesting of calls follows the page's.
    mutating func element(_ name: StaticString, _ a1: Attribute? = nil, _ a2: Attribute? = nil, _ a3: Attribute? = nil, _ a4: Attribute? = nil, _ a5: Attribute? = nil,
                          content: (inout HTMLWriter) -> Void) {
        startTag(name, a1, a2, a3, a4, a5)
        content(&self)
        end(name)
    }

    // MARK: Content

    /// Text, escaped.
    mutating func text(_ text: String) {
        Self.appendEscaped(text, to: &buffer)
    }

    /// A whole number in decimal.
    @inline(__always)
    mutating func text(_ number: Int) {
        buffer.appendDecimal(number)
    }

    /// Markup of this module written as is (doctype, markers); never text from a file.
    @inline(__always)
    mutating func raw(_ markup: StaticString) {
        buffer.append(markup)
    }

    /// Markup rendered earlier by this module (cached rows); never text from a file.
    @inline(__always)
    mutating func raw(_ markup: [UInt8]) {
        buffer.append(markup)
    }

    /// `String(number)` with zeros before it up to `width` characters (a sign counts as one).
    mutating func zeroPadded(_ number: Int, width: Int) {
        var length = number < 0 ? 2 : 1
        var magnitude = number.magnitude
        while magnitude >= 10 {
            magnitude /= 10
            length += 1
        }
        for _ in length..<max(length, width) { buffer.append(UInt8(ascii: "0")) }
        buffer.appendDecimal(number)
    }

    /// UTF-8 text, escaped.
    mutating func text(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        buffer.appendEscaped(bytes)
    }

    /// Text that may be absent (an empty cell), escaped.
    mutating func text(_ text: String?) {
        if let text { Self.appendEscaped(text, to: &buffer) }
    }

    /// `rowspan="N"` with its leading space when a merged cell spans more than one row (the
    /// same bytes as `.attr("rowspan", span)`), nothing for a single row.
    mutating func rowspan(_ span: Int) {
        guard span > 1 else { return }
        buffer.append(" rowspan=\"")
        buffer.appendDecimal(span)
        buffer.append(UInt8(ascii: "\""))
    }

    /// `text` escaped as `text(_:)` and attribute values escape it, in an array: for text
    /// written many times (a rule's name and rationale beside each of its findings).
    static func escaped(_ text: String) -> [UInt8] {
        var buffer = ByteBuffer(capacity: text.utf8.count + 16)
        appendEscaped(text, to: &buffer)
        return buffer.bytes
    }

    /// The bytes written so far in an array of their size (no spare capacity: rows are kept for
    /// every project), leaving the writer empty for the next rows.
    mutating func takeBytes() -> [UInt8] {
        buffer.take()
    }

    // MARK: Bytes

    private mutating func startTag(_ name: StaticString, _ a1: Attribute?, _ a2: Attribute?, _ a3: Attribute?,
                                   _ a4: Attribute?, _ a5: Attribute?) {
        buffer.append(UInt8(ascii: "<"))
        buffer.append(name)
        if let a1 { write(a1) }
        if let a2 { write(a2) }
        if let a3 { write(a3) }
        if let a4 { write(a4) }
        if let a5 { write(a5) }
        buffer.append(UInt8(ascii: ">"))
    }

    private mutating func write(_ attribute: Attribute) {
        buffer.append(UInt8(ascii: " "))
        buffer.append(attribute.name)
        switch attribute.value {
        case .flag:
            return
        case let .text(value, more):
            buffer.append("=\"")
            Self.appendEscaped(value, to: &buffer)
            if !more.isEmpty { Self.appendEscaped(more, to: &buffer) }  // most attributes have one part
            buffer.append(UInt8(ascii: "\""))
        case let .number(number):
            buffer.append("=\"")
            buffer.appendDecimal(number)
            buffer.append(UInt8(ascii: "\""))
        }
    }

    /// Escapes `&<>"'` (as `&amp;` `&lt;` `&gt;` `&quot;` `&#39;`); everything else is copied.
    static func appendEscaped(_ text: String, to output: inout ByteBuffer) {
        if let done: Void = text.utf8.withContiguousStorageIfAvailable({ output.appendEscaped($0) }) { return done }
        var text = text
        text.withUTF8 { output.appendEscaped($0) }
    }

    /// `appendEscaped` as it was before `ByteBuffer.appendEscaped`: search for the next special
    /// byte, copy the run before it (for tests to compare with).
    static func appendEscapedByRuns(_ text: String, to output: inout ByteBuffer) {
        guard !text.isEmpty else { return }
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            var index = nextEscaped(in: bytes, from: 0)
            while index < bytes.count {
                output.append(UnsafeBufferPointer(rebasing: bytes[start..<index]))
                switch bytes[index] {
                case UInt8(ascii: "&"): output.append("&amp;")
                case UInt8(ascii: "<"): output.append("&lt;")
                case UInt8(ascii: ">"): output.append("&gt;")
                case UInt8(ascii: "\""): output.append("&quot;")
                default: output.append("&#39;")
                }
                start = index + 1
                index = nextEscaped(in: bytes, from: start)
            }
            output.append(UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
        }
    }

    /// The index of the first of `&<>"'` at or after `start`, or the end.
    private static func nextEscaped(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if hasByte(word, "&") || hasByte(word, "<") || hasByte(word, ">") || hasByte(word, "\"")
                    || hasByte(word, "'") { break }
                index += 8
            }
        }
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): return index
            default: index += 1
            }
        }
        return index
    }

    /// Whether any byte of `word` is `byte` (the zero-byte test on `word` XOR the byte repeated).
    @inline(__always)
    private static func hasByte(_ word: UInt64, _ byte: Unicode.Scalar) -> Bool {
        let difference = word ^ (UInt64(byte.value) &* 0x0101_0101_0101_0101)
        return (difference &- 0x0101_0101_0101_0101) & ~difference & 0x8080_8080_8080_8080 != 0
    }
}
