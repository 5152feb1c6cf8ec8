import Foundation
import JixiaoSite

/// Where a builder keeps every project's row bytes of the listing aggregates (overview rows,
/// findings rows, projects.json lines, CSV rows: ~75 MB at 10,000 projects) instead of memory: one
/// append-only file per kind of rows, unlinked as soon as it is opened (nothing is left behind, even
/// after a crash), in the output's `.jixiao` folder. An aggregate is written by streaming its rows
/// back in path order; a full build appends them in that order, so reads are long and sequential.
/// One owner thread.
final class FragmentStore {
    /// A run of bytes in one of the files.
    struct Slice: Sendable, Equatable {
        var offset: Int
        var count: Int
    }

    private var descriptors: [Int32] = []
    /// Bytes appended to each file, and how many of them are still referenced.
    private var sizes: [Int]
    private var live: [Int]

    init(in output: OutputFolder) throws {
        let folder = output.rootPath + "/.jixiao"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        sizes = Array(repeating: 0, count: ProjectFragments.Rows.allCases.count)
        live = sizes
        for rows in ProjectFragments.Rows.allCases {
            descriptors.append(try Self.openUnlinked(folder + "/rows-\(rows.rawValue)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"))
        }
    }

    deinit {
        for descriptor in descriptors { close(descriptor) }
    }

    private static func openUnlinked(_ path: String) throws -> Int32 {
        let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        unlink(path)
        return descriptor
    }

    /// Appends several projects' bytes, one write per kind of rows (a chunk of a full build);
    /// returns each project's slices in `Rows.allCases` order.
    func append(_ batch: [ProjectFragments]) throws -> [[Slice]] {
        var slices = Array(repeating: [Slice](), count: batch.count)
        for rows in ProjectFragments.Rows.allCases {
            for (index, slice) in try append(rows, batch.map { $0.bytes(rows) }).enumerated() {
                slices[index].append(slice)
            }
        }
        return slices
    }

    /// Appends these pieces of one kind of rows in one write; returns where each one is.
    private func append(_ rows: ProjectFragments.Rows, _ pieces: [[UInt8]]) throws -> [Slice] {
        let start = sizes[rows.rawValue]
        var buffer: [UInt8] = []
        buffer.reserveCapacity(pieces.reduce(0) { $0 + $1.count })
        let slices = pieces.map { piece in
            defer { buffer.append(contentsOf: piece) }
            return Slice(offset: start + buffer.count, count: piece.count)
        }
        try buffer.withUnsafeBytes { try write(rows, $0, at: start) }
        sizes[rows.rawValue] += buffer.count
        live[rows.rawValue] += buffer.count
        return slices
    }

    /// Forgets slices no longer referenced (their bytes stay until `compact`).
    func release(_ slices: [Slice]) {
        for (index, slice) in slices.enumerated() { live[index] -= slice.count }
    }

    /// How many times the files were rewritten.
    private(set) var compactions = 0

    /// True when more than half of a file is unreferenced, and more than `minimumGarbage` bytes.
    func wantsCompaction(minimumGarbage: Int) -> Bool {
        zip(sizes, live).contains { size, live in size - live > minimumGarbage && size > 2 * live }
    }

    /// Rewrites the files with only these slices (in this order), returning their new places.
    /// Goes 256 projects at a time, so a rewrite holds little of the files in memory.
    func compact(_ slices: [[Slice]], in output: OutputFolder) throws -> [[Slice]] {
        let fresh = try FragmentStore(in: output)
        var moved = Array(repeating: [Slice](), count: slices.count)
        for start in stride(from: 0, to: slices.count, by: 256) {
            let chunk = start..<min(start + 256, slices.count)
            for rows in ProjectFragments.Rows.allCases {
                let pieces = try chunk.map { try read(rows, slices[$0][rows.rawValue]) }
                for (offset, slice) in try fresh.append(rows, pieces).enumerated() {
                    moved[chunk.lowerBound + offset].append(slice)
                }
            }
        }
        swap(&descriptors, &fresh.descriptors)
        swap(&sizes, &fresh.sizes)
        swap(&live, &fresh.live)
        compactions += 1
        return moved
    }

    func read(_ rows: ProjectFragments.Rows, _ slice: Slice) throws -> [UInt8] {
        try [UInt8](unsafeUninitializedCapacity: slice.count) { buffer, count in
            try readFully(rows, UnsafeMutableRawBufferPointer(buffer), at: slice.offset)
            count = slice.count
        }
    }

    /// Calls `body` with the bytes of these slices in order, reading runs of adjacent slices at
    /// once (up to 1 MiB); the first slice without its first `skip` bytes.
    func stream(_ rows: ProjectFragments.Rows, _ slices: [Slice], skippingFirst skip: Int,
                _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        let limit = 1 << 20
        var buffer = [UInt8](repeating: 0, count: limit)
        var runStart = -1
        var runCount = 0
        func flush() throws {
            guard runCount > 0 else { return }
            try buffer.withUnsafeMutableBytes { raw in
                let region = UnsafeMutableRawBufferPointer(rebasing: raw[0..<runCount])
                try readFully(rows, region, at: runStart)
                try body(UnsafeRawBufferPointer(region))
            }
            runCount = 0
        }
        for (index, original) in slices.enumerated() {
            var slice = original
            if index == 0 && skip > 0 {
                let dropped = min(skip, slice.count)
                slice.offset += dropped
                slice.count -= dropped
            }
            guard slice.count > 0 else { continue }
            if slice.count > limit {
                try flush()
                let bytes = try read(rows, slice)
                try bytes.withUnsafeBytes { try body($0) }
                continue
            }
            if runCount > 0, runStart + runCount == slice.offset, runCount + slice.count <= limit {
                runCount += slice.count
            } else {
                try flush()
                runStart = slice.offset
                runCount = slice.count
            }
        }
        try flush()
    }

    private func write(_ rows: ProjectFragments.Rows, _ bytes: UnsafeRawBufferPointer, at offset: Int) throws {
        guard let base = bytes.baseAddress else { return }
        try Self.transfer(bytes.count) { done in
            pwrite(descriptors[rows.rawValue], base + done, bytes.count - done, off_t(offset + done))
        }
    }

    private func readFully(_ rows: ProjectFragments.Rows, _ buffer: UnsafeMutableRawBufferPointer, at offset: Int) throws {
        guard let base = buffer.baseAddress else { return }
        try Self.transfer(buffer.count) { done in
            pread(descriptors[rows.rawValue], base + done, buffer.count - done, off_t(offset + done))
        }
    }

    /// Repeats `step` (given the bytes done so far; a pread or pwrite) until `count` bytes are done.
    private static func transfer(_ count: Int, _ step: (Int) -> Int) throws {
        var done = 0
        while done < count {
            let moved = step(done)
            if moved < 0 {
                if errno == EINTR { continue }
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
            guard moved > 0 else { throw POSIXError(.EIO) }  // the file is shorter than recorded
            done += moved
        }
    }
}
