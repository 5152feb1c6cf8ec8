import JixiaoModel

extension String {
    /// Without surrounding white space (characters whose first scalar is white space, as
    /// `Character.isWhitespace` says); Foundation is not needed for this alone.
    ///
    /// Slices instead of rebuilding the text character by character (twice reversed), and returns
    /// the text itself when nothing is trimmed, the usual case: this ran for every indicator.
    var trimmed: String {
        // The usual case without walking characters: the first character's white-space-ness is
        // its first scalar's; and the last character is one whose first scalar is not white space
        // when its last scalar is printable ASCII, a CJK ideograph or a full-width form (these
        // join a cluster only after a Prepend scalar, and CR-LF is not among them).
        if utf8.withContiguousStorageIfAvailable(Self.keptWhole) == true { return self }
        let scalars = unicodeScalars
        if let first = scalars.first, !PlainText.isWhitespace(first), let last = scalars.last,
           (0x21...0x7E).contains(last.value) || (0x4E00...0x9FFF).contains(last.value)
            || (0xFF01...0xFF5E).contains(last.value) {
            return self
        }
        guard let first = firstIndex(where: { !PlainText.isWhitespace($0) }),
              let last = lastIndex(where: { !PlainText.isWhitespace($0) }) else { return "" }
        if first == startIndex, index(after: last) == endIndex { return self }
        return String(self[first...last])
    }

    /// The check above on the bytes, for a subset of its cases: the first byte is printable ASCII
    /// or a lead byte of U+5000–U+9FFF (not white space), and the last scalar is printable ASCII
    /// (last byte 21–7E) or a CJK ideograph U+4E00–U+9FFF (E4 B8 80 through E9 BF BF).
    private static func keptWhole(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard count > 0 else { return false }
        let first = bytes[0]
        guard (0x21...0x7E).contains(first) || (0xE5...0xE9).contains(first) else { return false }
        let last = bytes[count - 1]
        if (0x21...0x7E).contains(last) { return true }
        guard count >= 3, last >= 0x80, last < 0xC0 else { return false }
        let lead = bytes[count - 3]
        return (0xE5...0xE9).contains(lead) || lead == 0xE4 && bytes[count - 2] >= 0xB8
    }
}
