import Foundation

/// One read of a file with `open`, `fstat`, `read`s and `close`: the status comes from the open
/// file, so it describes the bytes read. FileManager's attribute dictionary, `FileHandle` or a
/// separate `stat` by path cost more CPU and system calls than reading a 3 KB project file.
package struct FileBytes {
    /// `fstat` of the open file.
    package let status: stat
    /// The bytes, up to one past the size `fstat` gave (so a file that grew meanwhile shows);
    /// nil when that size is over the limit (not read).
    package let data: Data?

    /// The size `fstat` gave.
    package var size: Int { Int(status.st_size) }

    /// True when more bytes were read than `fstat` said: the file is being written.
    package var grew: Bool { (data?.count ?? 0) > size }

    /// Nil when the file cannot be opened, stat'ed or read.
    package static func read(atPath path: String, sizeLimit: Int) -> FileBytes? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        let size = Int(status.st_size)
        guard size >= 0, size <= sizeLimit else { return FileBytes(status: status, data: nil) }
        var data = Data(count: size + 1)
        let total = data.withUnsafeMutableBytes { buffer -> Int in
            var total = 0
            while total < buffer.count {
                let count = Foundation.read(descriptor, buffer.baseAddress! + total, buffer.count - total)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return count < 0 ? -1 : total }
                total += count
            }
            return total
        }
        guard total >= 0 else { return nil }
        data.count = total
        return FileBytes(status: status, data: data)
    }
}
