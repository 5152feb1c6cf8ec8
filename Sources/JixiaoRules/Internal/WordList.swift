import JixiaoModel
import JixiaoParsing

/// A fixed list of words to look for in texts, as `TextSearch.firstContained(in:among:)` answers:
/// the first word of the list (in list order) that the text contains.
///
/// The words' bytes and plainness are worked out once. For plain text and plain words,
/// containment is byte containment (`PlainText`); the text is scanned once, scalar by scalar,
/// and only words whose first byte and first scalar match are compared there. Anything else
/// goes to `TextSearch`.
package struct WordList: Sendable {
    package let words: [String]
    private let bytes: [[UInt8]]
    private let allPlain: Bool
    /// Bit `key` set for the first scalar of every word (`key`: its first and last byte mixed),
    /// so that most places of a text are passed over without comparing any word.
    private let filter: UInt64

    package init(_ words: [String]) {
        self.words = words
        bytes = words.map { Array($0.utf8) }
        allPlain = words.allSatisfy { !$0.isEmpty && PlainText.isPlain($0) }
        var filter: UInt64 = 0
        for word in bytes where !word.isEmpty {
            let last = min(Self.scalarLength(word[0]), word.count) - 1
            filter |= 1 << UInt64(Self.key(word[0], word[last]))
        }
        self.filter = filter
    }

    /// The first of `words` that `text` contains, nil when none.
    package func firstContained(in text: String) -> String? {
        firstIndex(in: text).map { words[$0] }
    }

    /// The position in `words` of the first word `text` contains.
    package func firstIndex(in text: String) -> Int? {
        guard allPlain, PlainText.isPlain(text) else {
            return TextSearch.firstContained(in: text, among: words).flatMap { found in
                words.firstIndex { $0 == found }
            }
        }
        var text = text
        return text.withUTF8 { haystack -> Int? in
            var best: Int?
            var offset = 0
            let count = haystack.count
            while offset < count {
                let lead = haystack[offset]
                let length = Self.scalarLength(lead)
                let key = Self.key(lead, haystack[min(offset + length - 1, count - 1)])
                if filter & (1 << UInt64(key)) != 0 {
                    let limit = best ?? bytes.count
                    var index = 0
                    while index < limit {
                        if matches(bytes[index], in: haystack, at: offset) {
                            best = index
                            break
                        }
                        index += 1
                    }
                    if best == 0 { return 0 }
                }
                offset += length
            }
            return best
        }
    }

    @inline(__always)
    private func matches(_ word: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        let count = word.count
        guard count <= haystack.count - offset, word[0] == haystack[offset] else { return false }
        var index = 1
        while index < count {
            if haystack[offset + index] != word[index] { return false }
            index += 1
        }
        return true
    }

    @inline(__always)
    private static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    @inline(__always)
    private static func key(_ lead: UInt8, _ last: UInt8) -> UInt8 {
        (lead &+ last) & 63
    }
}

/// A fixed list of texts looked up by their UTF-8 bytes: for plain texts (the list's must all be
/// plain) equal bytes is exactly equality (`PlainText`), so `index(ofBytes:)` answers `==` for a
/// plain text without hashing it (hashing Chinese text normalises it) or comparing it as `String`.
struct ByteTable: Sendable {
    let texts: [String]
    private let bytes: [[UInt8]]

    init(_ texts: [String]) {
        self.texts = texts
        bytes = texts.map { Array($0.utf8) }
    }

    /// The position of the first text with the same bytes as `text`.
    func index(ofBytes text: String) -> Int? {
        var text = text
        return text.withUTF8 { buffer -> Int? in
            let count = buffer.count
            for position in bytes.indices {
                let entry = bytes[position]
                guard entry.count == count else { continue }
                var offset = 0
                while offset < count, entry[offset] == buffer[offset] { offset += 1 }
                if offset == count { return position }
            }
            return nil
        }
    }
}
