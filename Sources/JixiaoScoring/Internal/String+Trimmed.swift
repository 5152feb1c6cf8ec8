import JixiaoModel

extension String {
    /// Without surrounding white space (characters whose first scalar is white space, as
    /// `Character.isWhitespace` says); Foundation is not needed for this alone.
    ///
    /// Slices instead of rebuilding the text character by character (twice reversed), and returns
    /// the text itself when nothing is trimmed, the usual case: this ran for every indicator.
    var trimmed: String {
        guard let first = firstIndex(where: { !PlainText.isWhitespace($0) }),
              let last = lastIndex(where: { !PlainText.isWhitespace($0) }) else { return "" }
        if first == startIndex, index(after: last) == endIndex { return self }
        return String(self[first...last])
    }
}
