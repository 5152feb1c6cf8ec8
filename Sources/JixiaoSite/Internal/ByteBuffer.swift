/// A growable run of bytes that the page and row writers append to.
///
/// Appending a few bytes is a capacity check and a copy. `Array.append(contentsOf:)` went through
/// a generic call and a uniqueness check every time, and a page is written in thousands of small
/// pieces (a tag name, `="`, a class): that was a fifth of rendering's instructions. Noncopyable,
/// so the memory has one owner and is freed with it.
struct ByteBuffer: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count += 1
    }

    // The appends are inlined into their callers (a page is thousands of them); only growing is
    // a call.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress else { return }
        append(start, count: bytes.count)
    }

    @inline(__always)
    mutating func append(_ start: UnsafePointer<UInt8>, count length: Int) {
        if count + length > capacity { grow(to: count + length) }
        Self.copy(start, to: base + count, count: length)
        count += length
    }

    /// Copies `length` bytes. Most runs are short (a tag, a class, a cell's text): up to 16 bytes
    /// move as two overlapping 8-byte words (or 4-byte ones, or single bytes), longer runs through
    /// `memcpy`.
    @inline(__always)
    static func copy(_ source: UnsafePointer<UInt8>, to destination: UnsafeMutablePointer<UInt8>, count length: Int) {
        let from = UnsafeRawPointer(source), to = UnsafeMutableRawPointer(destination)
        if length > 16 {
            to.copyMemory(from: from, byteCount: length)
        } else if length >= 8 {
            let first = from.loadUnaligned(as: UInt64.self)
            let last = from.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)
            to.storeBytes(of: first, as: UInt64.self)
            to.storeBytes(of: last, toByteOffset: length - 8, as: UInt64.self)
        } else if length >= 4 {
            let first = from.loadUnaligned(as: UInt32.self)
            let last = from.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)
            to.storeBytes(of: first, as: UInt32.self)
            to.storeBytes(of: last, toByteOffset: length - 4, as: UInt32.self)
        } else {
            for offset in 0..<length { destination[offset] = source[offset] }
        }
    }

    @inline(__always)
    mutating func append(_ literal: StaticString) {
        append(literal.utf8Start, count: literal.utf8CodeUnitCount)
    }

    @inline(__always)
    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// The text's UTF-8 as it is (for text that needs no escaping or quoting).
    mutating func append(utf8 text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    /// The bytes with `&<>"'` written as `&amp;` `&lt;` `&gt;` `&quot;` `&#39;` (HTML text and
    /// attribute values). One pass that copies eight bytes at a time while none of them can be
    /// one of the five (all ASCII, so a match never splits a character); a word that may hold
    /// one goes byte by byte.
    mutating func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        let length = bytes.count
        // Room for the text as it is; an entity makes room for itself and the rest.
        if count + length + 8 > capacity { grow(to: count + length + 8) }
        var index = 0
        var end = count
        while index + 8 <= length {
            let word = UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self)
            if !Self.mayHoldSpecial(word) {
                UnsafeMutableRawPointer(base + end).storeBytes(of: word, as: UInt64.self)
                end += 8
                index += 8
                continue
            }
            for _ in 0..<8 {
                putEscaped(source[index], at: &end, remaining: length - index)
                index += 1
            }
        }
        while index < length {
            putEscaped(source[index], at: &end, remaining: length - index)
            index += 1
        }
        count = end
    }

    /// Writes one byte, or its entity, at `end`; `remaining` counts it and the bytes after it.
    @inline(__always)
    private mutating func putEscaped(_ byte: UInt8, at end: inout Int, remaining: Int) {
        let entity: StaticString
        switch byte {
        case UInt8(ascii: "&"): entity = "&amp;"
        case UInt8(ascii: "<"): entity = "&lt;"
        case UInt8(ascii: ">"): entity = "&gt;"
        case UInt8(ascii: "\""): entity = "&quot;"
        case UInt8(ascii: "'"): entity = "&#39;"
        default:
            base[end] = byte
            end += 1
            return
        }
        if end + entity.utf8CodeUnitCount + remaining + 8 > capacity {
            count = end
            grow(to: end + entity.utf8CodeUnitCount + remaining + 8)
        }
        Self.copy(entity.utf8Start, to: base + end, count: entity.utf8CodeUnitCount)
        end += entity.utf8CodeUnitCount
    }

    /// True exactly when a byte of `word` is `"` (0x22), `&` or `'` (0x26, 0x27), `<` or `>`
    /// (0x3C, 0x3E): three zero-byte tests instead of five.
    @inline(__always)
    static func mayHoldSpecial(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (0x22 &* ones)
        let ampersand = (word | ones) ^ (0x27 &* ones)  // only 0x26 and 0x27 become 0x27
        let angle = (word | (0x02 &* ones)) ^ (0x3E &* ones)  // only 0x3C and 0x3E become 0x3E
        let zero = ((quote &- ones) & ~quote) | ((ampersand &- ones) & ~ampersand) | ((angle &- ones) & ~angle)
        return zero & highs != 0
    }

    /// `String(number)`'s digits without making the string.
    mutating func appendDecimal(_ number: Int) {
        if number < 0 { append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        var digits = 1
        var power: UInt = 10
        while digits < 20, magnitude >= power {
            digits += 1
            power = power.multipliedReportingOverflow(by: 10).partialValue
        }
        if count + digits > capacity { grow(to: count + digits) }
        var position = count + digits
        repeat {
            position -= 1
            base[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        count += digits
    }

    /// The bytes written so far, lent to `body`.
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        body(UnsafeBufferPointer(start: base, count: count))
    }

    /// The bytes in an array of their size (no spare capacity: rows are kept for every project).
    var bytes: [UInt8] {
        // Copied with memcpy (`Array(UnsafeBufferPointer)` went byte by byte: a page was 17 k
        // instructions).
        let count = count, base = base
        return [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            if let destination = buffer.baseAddress, count > 0 {
                UnsafeMutableRawPointer(destination).copyMemory(from: base, byteCount: count)
            }
            initialized = count
        }
    }

    /// `bytes`, leaving the buffer empty for the next rows (its memory is kept).
    mutating func take() -> [UInt8] {
        let taken = bytes
        count = 0
        return taken
    }

    @inline(never)
    private mutating func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
