import Foundation
import JixiaoModel

/// Turns file bytes into text: UTF-8 only (BOM dropped); other encodings get a located explanation.
enum TextDecoding {
    struct Problem: Error {
        var location: SourceLocation
        var message: String
    }

    static func decode(_ data: Data) -> Result<String, Problem> {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(Problem(location: .start,
                message: "文件是 UTF-16 编码；请另存为 UTF-8（记事本：另存为 → 编码选 UTF-8）"))
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return .success(text)
        }
        let offset = firstInvalidUTF8Offset(bytes)
        let location = locate(offset: offset, in: bytes)
        let hint = looksLikeGB18030(bytes)
            ? "文件看起来是 GBK/GB18030 编码（Windows 编辑器常见），请另存为 UTF-8"
            : "文件不是有效的 UTF-8 编码，请另存为 UTF-8"
        let byteText = bytes[offset..<min(bytes.count, offset + 2)].map { String(format: "%02X", $0) }.joined(separator: " ")
        return .failure(Problem(location: location,
                                message: "\(hint)（第一个无效字节 0x\(byteText)，位于第 \(location.line) 行第 \(location.column) 列）"))
    }

    /// True when `bytes` is well-formed UTF-8 (Unicode's table 3-7: no overlong forms, no
    /// surrogates, nothing above U+10FFFF, no truncated sequence), which is what
    /// `String(validating:as: UTF8.self)` accepts; without making a string.
    static func isWellFormedUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var index = 0
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
            } else if lead &- 0xE1 < 0x0F && lead != 0xED {
                // E1…EC, EE, EF (every CJK character): any two continuation bytes follow.
                guard index + 2 < count, bytes[index + 1] & 0xC0 == 0x80, bytes[index + 2] & 0xC0 == 0x80 else { return false }
                index += 3
            } else if lead < 0xC2 {
                return false
            } else if lead < 0xE0 {
                guard index + 1 < count, bytes[index + 1] & 0xC0 == 0x80 else { return false }
                index += 2
            } else if lead < 0xF0 {
                guard index + 2 < count, bytes[index + 2] & 0xC0 == 0x80 else { return false }
                let second = bytes[index + 1]
                switch lead {
                case 0xE0: guard second >= 0xA0 && second <= 0xBF else { return false }
                case 0xED: guard second >= 0x80 && second <= 0x9F else { return false }
                default: guard second & 0xC0 == 0x80 else { return false }
                }
                index += 3
            } else if lead < 0xF5 {
                guard index + 3 < count, bytes[index + 2] & 0xC0 == 0x80, bytes[index + 3] & 0xC0 == 0x80 else { return false }
                let second = bytes[index + 1]
                switch lead {
                case 0xF0: guard second >= 0x90 && second <= 0xBF else { return false }
                case 0xF4: guard second >= 0x80 && second <= 0x8F else { return false }
                default: guard second & 0xC0 == 0x80 else { return false }
                }
                index += 4
            } else {
                return false
            }
        }
        return true
    }

    /// The byte offset where UTF-8 decoding first fails.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            if index + length > bytes.count { return index }
            let prefix = Array(bytes[index..<(index + length)])
            if String(validating: prefix, as: UTF8.self) == nil { return index }
            index += length
        }
        return bytes.count
    }

    /// Line and column (in characters) of a byte offset, counting only the valid text before it.
    static func locate(offset: Int, in bytes: [UInt8]) -> SourceLocation {
        let before = bytes[..<offset]
        let lineStart = (before.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
        let line = before.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        let lineBytes = Array(bytes[lineStart..<offset])
        let column = String(decoding: lineBytes, as: UTF8.self).unicodeScalars.count + 1
        return SourceLocation(line: line, column: column)
    }

    /// True when the non-ASCII bytes pair up as GBK/GB18030 double-byte characters.
    static func looksLikeGB18030(_ bytes: [UInt8]) -> Bool {
        var index = 0
        var pairs = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            guard (0x81...0xFE).contains(byte), index + 1 < bytes.count else { return false }
            let trail = bytes[index + 1]
            if (0x40...0xFE).contains(trail) && trail != 0x7F {
                pairs += 1
                index += 2
            } else if (0x30...0x39).contains(trail), index + 3 < bytes.count {
                index += 4  // GB18030 four-byte sequence
                pairs += 1
            } else {
                return false
            }
        }
        return pairs > 0
    }
}
