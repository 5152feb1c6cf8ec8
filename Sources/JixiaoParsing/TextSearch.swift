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

    /// Foundation's own answer, for text outside the plain set.
    private static func foundationContains(_ text: String, _ word: String) -> Bool {
        text.contains(word)
    }
}
