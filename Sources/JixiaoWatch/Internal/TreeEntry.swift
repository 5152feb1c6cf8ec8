/// One directory entry as the tree walker saw it with lstat (symlinks are never directories).
struct TreeEntry {
    let name: String
    let stamp: FileStamp

    var isDirectory: Bool { stamp.isDirectory }
}
