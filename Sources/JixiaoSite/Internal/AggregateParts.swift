/// An aggregate page as parts: the page rendered with a marker where its rows go, cut at the
/// marker, with every project's rows in between — so a writer can stream it instead of holding it.
enum AggregateParts {
    /// Stands in for the rows. It is matched at its last occurrence: only the footer (no text from
    /// files) follows the table, so a file's text cannot move the cut even if it holds the marker.
    static let marker = "\u{0}jixiao-rows\u{0}"

    static func split(_ page: [UInt8], rows: [[UInt8]]) -> [[UInt8]] {
        let needle = Array(marker.utf8)
        guard page.count >= needle.count else { return [page] }
        var start = page.count - needle.count
        while start >= 0 {
            if page[start] == needle[0], Array(page[start..<start + needle.count]) == needle {
                return [Array(page[..<start])] + rows + [Array(page[(start + needle.count)...])]
            }
            start -= 1
        }
        return [page]  // no table (nothing to list)
    }
}
