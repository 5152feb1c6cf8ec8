/// What the fallback scan compares between two listings of one path.
struct FileStamp: Equatable {
    let isDirectory: Bool
    let size: Int64
    let modifiedSeconds: Int
    let modifiedNanoseconds: Int
}
