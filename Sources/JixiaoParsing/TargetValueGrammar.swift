import Foundation
import JixiaoModel

/// The target-value grammar of domain.md §3: 指标值 text → quantitative, deadline or qualitative.
///
/// A deadline is tried first (`12月` is a date, not twelve of something), then a quantity; what
/// reads as neither is qualitative. docs/format.md lists the words and the rules that keep prose
/// such as `低于2022年初的预算` from becoming a bogus number.
public enum TargetValueGrammar {
    /// Parses one 指标值 (already trimmed). Never fails: what is not a number or a date is qualitative.
    ///
    /// The reading depends on the text alone, and the same few hundred texts (`≥95%`, `100%`,
    /// `2023年12月底前`) fill most cells of a site: a text read once is answered from
    /// `ReadingCache`, keyed by its exact bytes, so the result is the one `reading(_:)` gives.
    public static func parse(_ text: String) -> TargetValue {
        if let cached = ReadingCache.shared.value(for: text) { return cached }
        let value = reading(text)
        ReadingCache.shared.insert(value, for: text)
        return value
    }

    /// The grammar itself, without the cache (the tests compare the two).
    static func reading(_ text: String) -> TargetValue {
        // Cells come trimmed from the parser: `trimmed` then returns the text without Foundation.
        let trimmed = Trimming.whitespacesAndNewlines.trim(text)
        guard !trimmed.isEmpty else { return .qualitative("") }
        // One reading of the characters serves both parsers.
        let characters = TargetValueText(trimmed)
        if let deadline = TargetValueDeadlineParser.parse(characters) {
            return .deadline(deadline)
        }
        if let quantity = TargetValueQuantityParser.parse(characters) {
            return .quantitative(quantity)
        }
        return .qualitative(trimmed)
    }
}

/// Readings of texts already parsed, shared by every thread of a build. Keys compare by UTF-8
/// bytes, not by `String ==` (canonical equivalence): two texts that differ only in how they are
/// encoded keep their own readings, whose pieces are spelt as each text spells them. Bounded:
/// short texts only, and once full it answers from what it holds and keeps nothing more.
final class ReadingCache: @unchecked Sendable {
    static let shared = ReadingCache()

    /// Texts longer than this (in UTF-8 bytes) are read every time.
    static let maximumLength = 256
    /// How many readings are kept at most.
    static let capacity = 16_384

    private let lock = NSLock()
    private var readings: [Key: TargetValue] = [:]

    func value(for text: String) -> TargetValue? {
        guard text.utf8.count <= Self.maximumLength else { return nil }
        let key = Key(text)
        lock.lock()
        defer { lock.unlock() }
        return readings[key]
    }

    func insert(_ value: TargetValue, for text: String) {
        guard text.utf8.count <= Self.maximumLength else { return }
        let key = Key(text)
        lock.lock()
        defer { lock.unlock() }
        if readings.count < Self.capacity { readings[key] = value }
    }

    /// A text compared and hashed by its UTF-8 bytes.
    struct Key: Hashable {
        let text: String

        /// Keeps the text contiguous (a no-op for the native strings the parser makes), so its
        /// bytes are hashed and compared in place.
        init(_ text: String) {
            var text = text
            text.makeContiguousUTF8()
            self.text = text
        }

        static func == (lhs: Key, rhs: Key) -> Bool { PlainText.sameBytes(lhs.text, rhs.text) }

        func hash(into hasher: inout Hasher) {
            var text = text
            text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }
}
