extension String {
    /// Without surrounding white space; Foundation is not needed for this alone.
    var trimmed: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
