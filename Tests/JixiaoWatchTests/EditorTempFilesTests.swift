import Testing
import JixiaoWatch

/// Names editors and tools write next to real files, and names that must still count.
struct EditorTempFilesTests {
    @Test(arguments: ["4913", ".a.yaml.swp", ".a.yaml.swx", "a.yaml~", ".#a.yaml", "#a.yaml#",
                      "sedAbC123", "sed0a1B2c", ".goutputstream-K3X9", "a.tmp", ".git"])
    func ignored(_ name: String) {
        #expect(EditorTempFiles.isIgnored(name))
    }

    @Test(arguments: ["a.yaml", "项目 一.yaml", "2022", "sed.yaml", "sedAbC12", "sedAbC1234", "sedAb-123",
                      "#", "4914", "swp.yaml", ".gitignore"])
    func kept(_ name: String) {
        #expect(!EditorTempFiles.isIgnored(name))
    }

    @Test func pathsUnderGitAreIgnored() {
        #expect(EditorTempFiles.isIgnored(relativePath: ".git/index.lock"))
        #expect(EditorTempFiles.isIgnored(relativePath: "2022/.a.yaml.swp"))
        #expect(!EditorTempFiles.isIgnored(relativePath: "2022/a.yaml"))
    }
}
