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
}
