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

/// What the command line says about paths that give nothing to lint.
@Suite struct PathReportingTests {
    @Test func missingPathIsReportedFirstAndTheSummarySaysSo() {
        let folder = ScratchFolder()
        folder.write("good.yaml", "model: seedance_2_0_pro\nprompt: a cat\n")
        let run = folder.seedance(["lint", "missing.yaml", "good.yaml"])
        #expect(run.status == 2)
        #expect(run.err.contains("seedance: error: missing.yaml: No such file or directory"))
        #expect(run.out == "no problems in 1 file; 1 path could not be read\n")
    }

    @Test func folderWithoutSpecsIsWarnedAbout() {
        let folder = ScratchFolder()
        folder.write("empty/notes.txt", "nothing here\n")
        let run = folder.seedance(["lint", "empty"])
        #expect(run.status == 0)
        #expect(run.err.contains("seedance: warning: empty: no spec files (*.yaml, *.yml) found"))
    }

    @Test func upperCaseExtensionsAreFound() {
        let folder = ScratchFolder()
        folder.write("specs/SHOT.YML", "model: seedance_2_0_pro\nprompt: a cat\nduration: 99\n")
        let run = folder.seedance(["lint", "specs"])
        #expect(run.status == 1)
        #expect(run.out.contains("specs/SHOT.YML:3:11: error:"))
    }

    @Test func buildWithErrorsSaysNothingWasWritten() {
        let folder = ScratchFolder()
        folder.write("bad.yaml", "model: seedance_2_0_pro\nprompt: a cat\nduration: 99\n")
        let run = folder.seedance(["build", "bad.yaml"])
        #expect(run.status == 1)
        #expect(run.out.isEmpty)
        #expect(run.err.contains("no request body was written"))
    }
}
