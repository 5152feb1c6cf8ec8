import Testing
@testable import JixiaoScoring

/// Completion dates read by hand must be those the regexes read.
@Suite struct CompletionDateTests {
    static let texts: [String] = [
        "已于2022年11月完成", "2022年12月", "2022 年 12 月 3 日", "2022年12月31日前", "2022年123月", "12022年3月", "2022年底",
        "2022 年 末完成", "2022-12-31", "2022.1", "2022/12/311", "2022-123", "12月", "12 月 5 日", "123月", "三月", "十二月",
        "２０２２年１２月", "2022年十二月", "2022\u{3000}年12月", "2022年12月\u{301}3日", "1\u{301}2月", "2022年12月\r\n3日",
        "按时完成", "", "月", "2022年", "2022-", "9999年99月99日", "0000年0月", "（2022年12月）完成，", "2022年12月 日",
    ]

    @Test func byHandIsTheRegexReading() {
        for text in Self.texts {
            #expect(CompletionDate.readDate(text) == CompletionDate.readDateReference(text), "\(text.debugDescription)")
        }
    }

    @Test func randomTextsReadAsTheRegexesRead() {
        let alphabet: [String] = ["0", "1", "2", "9", " ", "年", "月", "日", "底", "末", "-", ".", "/", "完", "成", "a",
                                  "三", "２", "\u{3000}", "\t", "，", "\u{301}"]
        var state: UInt64 = 2026
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<20_000 {
            // Mostly digits and date marks, so that many texts hold (near-)dates.
            let text = (0..<next(14)).map { _ in next(4) == 0 ? alphabet[next(alphabet.count)] : alphabet[next(8)] }.joined()
            #expect(CompletionDate.readDate(text) == CompletionDate.readDateReference(text), "\(text.debugDescription)")
        }
    }

    @Test func datesAreRead() {
        #expect(CompletionDate.read("已于2022年11月完成") == .date(year: 2022, month: 11, day: nil))
        #expect(CompletionDate.read("2022-12-31") == .date(year: 2022, month: 12, day: 31))
        #expect(CompletionDate.read("12 月 5 日") == .date(year: nil, month: 12, day: 5))
        #expect(CompletionDate.read("2022年底") == .date(year: 2022, month: 12, day: nil))
    }
}
