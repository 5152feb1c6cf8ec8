import Foundation
import JixiaoModel

/// Substring search with the answers of Foundation's `StringProtocol.contains(_:)` (a non-literal
/// `range(of:)`, i.e. canonical equivalence), without bridging to NSString for plain text.
///
/// The rules and the scores ask "does this cell contain 未达成 / 提升 / …" dozens of times per
/// indicator; through CFStringFind that was a tenth of `jixiao check`. Project text is plain
/// (`PlainText`), where canonical equivalence is byte equality, so a UTF-8 byte search gives the
/// same answer; anything else still goes to Foundation.
package enum TextSearch {
    /// `text.contains(word)` as Foundation answers it.
    package static func contains(_ text: String, _ word: String) -> Bool {
        if !word.isEmpty, PlainText.isPlain(word), PlainText.isPlain(text) {
            return PlainText.utf8Contains(text, word)
        }
        return foundationContains(text, word)
    }

    /// The first of `words` that `text` contains, as `words.first(where: text.contains)` answers.
    package static func firstContained(in text: String, among words: [String]) -> String? {
        let plain = PlainText.isPlain(text)
        for word in words {
            let found = plain && !word.isEmpty && PlainText.isPlain(word)
                ? PlainText.utf8Contains(text, word)
                : foundationContains(text, word)
            if found { return word }
        }
        return nil
    }

    /// `text.replacingOccurrences(of: target, with: replacement)` as Foundation answers it: for a
    /// plain text and target, a byte search (there canonical equivalence is byte equality), left
    /// to right, without overlaps; anything else goes to Foundation (slow through NSString: the
    /// rules' example tables, made with it at start-up, took 60 M instructions).
    package static func replacing(_ target: String, with replacement: String, in text: String) -> String {
        guard !target.isEmpty, PlainText.isPlain(text), PlainText.isPlain(target) else {
            return text.replacingOccurrences(of: target, with: replacement)
        }
        var text = text, target = target
        return text.withUTF8 { haystack in
            target.withUTF8 { needle in
                var result: [UInt8] = []
                var start = 0
                while let found = PlainText.firstOffset(of: needle, in: UnsafeBufferPointer(rebasing: haystack[start...])) {
                    result.append(contentsOf: haystack[start..<(start + found)])
                    result.append(contentsOf: replacement.utf8)
                    start += found + needle.count
                }
                if start == 0 { return String(decoding: haystack, as: UTF8.self) }
                result.append(contentsOf: haystack[start...])
                return String(decoding: result, as: UTF8.self)
            }
        }
    }

    /// Foundation's own answer, for text outside the plain set.
    private static func foundationContains(_ text: String, _ word: String) -> Bool {
        text.contains(word)
    }
}
