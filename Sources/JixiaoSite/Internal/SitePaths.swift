import JixiaoModel

/// Where pages live in the output, and how links to them are written.
package enum SitePaths {
    static let index = "index.html"
    static let findings = "findings.html"
    static let rules = "rules.html"
    static let stylesheet = "assets/site.css"
    static let script = "assets/site.js"
    static let projectsJSON = "data/projects.json"
    static let indicatorsCSV = "data/indicators.csv"
    static let findingsCSV = "data/findings.csv"

    /// `projects/<id>.html`; the id is the content path without its extension.
    static func projectPage(id: String, path: String) -> String {
        var base = id
        if base.isEmpty {
            base = path
            if let dot = base.lastIndex(of: "."), !base[dot...].contains("/") { base = String(base[..<dot]) }
        }
        // An id must not climb out of projects/ nor produce empty segments.
        if isPlainRelative(base) { return "projects/" + base + ".html" }
        let segments = base.split(separator: "/", omittingEmptySubsequences: true)
            .map { $0 == ".." || $0 == "." ? "_" : String($0) }
        return "projects/" + (segments.isEmpty ? "_" : segments.joined(separator: "/")) + ".html"
    }

    /// True when every `/`-separated segment is non-empty and neither `.` nor `..` (cut at the byte
    /// `/`, as the kernel cuts a path): a page path that needs no repair (the usual case), and
    /// the only kind of path the builder writes to (`OutputFolder.safePath`).
    package static func isPlainRelative(_ path: String) -> Bool {
        // In place when the text is contiguous (always, for native strings): the UTF-8 view's
        // iterator cost several times the loop itself.
        path.utf8.withContiguousStorageIfAvailable(isPlainRelative(utf8:)) ?? isPlainRelative(utf8: path.utf8)
    }

    private static func isPlainRelative(utf8 bytes: some Sequence<UInt8>) -> Bool {
        var length = 0
        var onlyDots = true
        for byte in bytes {
            if byte == UInt8(ascii: "/") {
                if length == 0 || onlyDots && length <= 2 { return false }
                length = 0
                onlyDots = true
            } else {
                length += 1
                if byte != UInt8(ascii: ".") { onlyDots = false }
            }
        }
        return !(length == 0 || onlyDots && length <= 2)
    }

    /// The prefix that leads from a page back to the site root (`../../` for `projects/2022/x.html`).
    static func rootPrefix(from page: String) -> String {
        func slashes(_ bytes: some Sequence<UInt8>) -> Int {
            var depth = 0
            for byte in bytes where byte == UInt8(ascii: "/") { depth += 1 }
            return depth
        }
        let depth = page.utf8.withContiguousStorageIfAvailable(slashes) ?? slashes(page.utf8)
        switch depth {
        case 0: return ""
        case 1: return "../"
        case 2: return "../../"
        case 3: return "../../../"
        default: return String(repeating: "../", count: depth)
        }
    }

    /// A relative href from one output page to another output file, percent-encoded per segment.
    static func href(from page: String, to target: String, fragment: String? = nil) -> String {
        var result = rootPrefix(from: page) + encodedPath(target)
        if let fragment { result += "#" + encodeSegment(fragment) }
        return result
    }

    /// Percent-encodes every segment of a `/`-separated path (Chinese, spaces, `#`, `?` …).
    static func encodedPath(_ path: String) -> String {
        percentEncoded(path, keepingSlashes: true)
    }

    /// Keeps only RFC 3986 unreserved characters; everything else becomes %XX of its UTF-8 bytes.
    static func encodeSegment(_ segment: String) -> String {
        percentEncoded(segment, keepingSlashes: false)
    }

    /// One pass over the UTF-8 bytes (a link per finding row: tens of thousands per site).
    private static func percentEncoded(_ text: String, keepingSlashes: Bool) -> String {
        let utf8 = text.utf8
        func keeps(_ byte: UInt8) -> Bool { isUnreserved(byte) || keepingSlashes && byte == UInt8(ascii: "/") }
        if utf8.withContiguousStorageIfAvailable({ $0.allSatisfy(keeps) }) ?? utf8.allSatisfy(keeps) { return text }
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count * 3)
        for byte in utf8 {
            if isUnreserved(byte) || keepingSlashes && byte == UInt8(ascii: "/") {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0x0F)])
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
             UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }
}
