#if canImport(Glibc)
import Glibc
#endif
import SeedanceRules
import Testing

/// Folders named on the command line are searched for spec files once, however links
/// inside them point.
@Suite struct FileDiscoveryTests {
    @Test func linksBackUpTheTreeListEachFileOnceAndDoNotHang() {
        let dir = ScratchFolder()
        dir.write("specs/sub/a.yaml", "model: seedance_2_0_pro\nprompt: a\n")
        dir.write("specs/b.yml", "model: seedance_2_0_pro\nprompt: b\n")
        // Two links to the parent: before the fix, 2^40 paths until ELOOP.
        #expect(symlink("..", dir.path + "/specs/sub/up") == 0)
        #expect(symlink("..", dir.path + "/specs/sub/up2") == 0)
        let found = FileSystem.specFiles(under: dir.path + "/specs")
        #expect(found == [dir.path + "/specs/b.yml", dir.path + "/specs/sub/a.yaml"])
    }

    @Test func aLinkToAFolderOutsideIsFollowed() {
        let dir = ScratchFolder()
        dir.write("shared/c.yaml", "model: seedance_2_0_pro\nprompt: c\n")
        dir.write("specs/a.yaml", "model: seedance_2_0_pro\nprompt: a\n")
        #expect(symlink("../shared", dir.path + "/specs/shared") == 0)
        let found = FileSystem.specFiles(under: dir.path + "/specs")
        #expect(found == [dir.path + "/specs/a.yaml", dir.path + "/specs/shared/c.yaml"])
    }
}
