/// Small helpers to look into rendered HTML the way a reader would.
enum HTMLText {
    /// The text from the first `start` up to and including the next `end` after it.
    static func slice(_ html: String, from start: String, to end: String) -> String? {
        guard let lower = html.range(of: start) else { return nil }
        guard let upper = html.range(of: end, range: lower.upperBound..<html.endIndex) else { return nil }
        return String(html[lower.lowerBound..<upper.upperBound])
    }

    /// How often `needle` occurs in `html`.
    static func count(_ needle: String, in html: String) -> Int {
        html.components(separatedBy: needle).count - 1
    }
}
