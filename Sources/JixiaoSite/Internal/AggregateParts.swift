/// An aggregate page as parts: the page rendered with a marker where its rows go, cut at the
/// marker, with every project's rows in between — so a writer can stream it instead of holding it.
enum AggregateParts {
    /// Stands in for the rows. It is matched at its last occurrence: only the footer (no text from
    /// files) follows the table, so a file's text cannot move the cut even if it holds the marker.
    static let marker: StaticString = "\u{0}jixiao-rows\u{0}"

    /// The page cut at the marker, with these projects' `rows` between the halves; the whole page
    /// and no rows when it has no table (nothing to list).
    static func plan(_ page: [UInt8], rows: ProjectFragments.Rows) -> AggregatePlan {
        let needle = Array(UnsafeBufferPointer(start: marker.utf8Start, count: marker.utf8CodeUnitCount))
        guard page.count >= needle.count else { return AggregatePlan(head: page, rows: nil, tail: []) }
        var start = page.count - needle.count
        while start >= 0 {
            if page[start] == needle[0], Array(page[start..<start + needle.count]) == needle {
                return AggregatePlan(head: Array(page[..<start]), rows: rows, tail: Array(page[(start + needle.count)...]))
            }
            start -= 1
        }
        return AggregatePlan(head: page, rows: nil, tail: [])
    }
}

/// How one aggregate file is made: `head`, then every project's `rows` bytes in path order (the
/// first without its first `firstRowSkip` bytes), then `tail`. A writer can stream the rows from
/// wherever it keeps them; `parts(_:)` takes them from the fragments.
public struct AggregatePlan: Sendable {
    public let head: [UInt8]
    /// Which bytes of each project go between head and tail; nil for a file without project rows.
    public let rows: ProjectFragments.Rows?
    public let firstRowSkip: Int
    public let tail: [UInt8]

    init(head: [UInt8], rows: ProjectFragments.Rows?, firstRowSkip: Int = 0, tail: [UInt8]) {
        self.head = head
        self.rows = rows
        self.firstRowSkip = firstRowSkip
        self.tail = tail
    }

    /// The file as parts, the rows taken from these fragments (in path order, with their bytes).
    public func parts(_ fragments: [ProjectFragments]) -> [[UInt8]] {
        guard let rows else { return tail.isEmpty ? [head] : [head, tail] }
        var parts: [[UInt8]] = [head]
        parts.reserveCapacity(fragments.count + 2)
        for (index, fragment) in fragments.enumerated() {
            let bytes = fragment.bytes(rows)
            parts.append(index == 0 && firstRowSkip > 0 ? Array(bytes.dropFirst(firstRowSkip)) : bytes)
        }
        parts.append(tail)
        return parts
    }

    /// The whole file in one buffer (`parts` concatenated).
    public func bytes(_ fragments: [ProjectFragments]) -> [UInt8] {
        let parts = parts(fragments)
        var output: [UInt8] = []
        output.reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts { output.append(contentsOf: part) }
        return output
    }
}
