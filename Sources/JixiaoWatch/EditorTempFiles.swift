/// Names that editors, sed and git write next to real files and that never count as content.
public enum EditorTempFiles {
    /// True for vim's `4913`, `*.swp`, `*.swx`, `*.swo`, backups `*~`, emacs `.#*` and `#*#`,
    /// sed's `sedXXXXXX`, GNOME's `.goutputstream-*`, `*.tmp`, and `.git` itself.
    public static func isIgnored(_ name: String) -> Bool {
        if name == "4913" || name == ".git" { return true }
        if name.hasSuffix(".swp") || name.hasSuffix(".swx") || name.hasSuffix(".swo") { return true }
        if name.hasSuffix("~") || name.hasPrefix(".#") { return true }
        if name.count >= 2, name.hasPrefix("#"), name.hasSuffix("#") { return true }
        if name.hasPrefix(".goutputstream-") || name.hasSuffix(".tmp") { return true }
        return isSedTemp(name)
    }

    /// True when any component of a root-relative path is ignored ("a/.git/HEAD", "b/x.swp").
    public static func isIgnored(relativePath: String) -> Bool {
        relativePath.split(separator: "/").contains { isIgnored(String($0)) }
    }

    /// sed -i writes `sed` + 6 random letters/digits, then renames it onto the target.
    private static func isSedTemp(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard bytes.count == 9, name.hasPrefix("sed") else { return false }
        return bytes[3...].allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        }
    }
}
