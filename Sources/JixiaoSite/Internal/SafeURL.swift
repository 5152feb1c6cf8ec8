/// Decides which URLs from the configuration may become links.
enum SafeURL {
    /// True for an absolute http(s) URL without characters that could smuggle in anything else.
    static func isHTTP(_ url: String) -> Bool {
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return false }
        // Control characters, spaces and quote-like characters make browsers guess; such a value is
        // refused, not repaired.
        return !url.unicodeScalars.contains { $0.value < 0x21 || $0.value == 0x7F || "\"'<>\\`".unicodeScalars.contains($0) }
    }
}
