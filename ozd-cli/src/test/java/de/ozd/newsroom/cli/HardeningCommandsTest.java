package de.ozd.newsroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 10, finding 9, through the real command line: reindex on a damaged index, private data files. */
class HardeningCommandsTest {
    @TempDir
    Path dir;

    private static final String PKG =
            "---\nheadline: Neue Brücke\nslug: neue-bruecke\n---\nDie neue Brücke ist fertig. OZD\n";

    private Path imported() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), PKG);
        Path data = dir.resolve("daten").resolve("data");
        CliRun run = CliRun.run("import", "--data", data.toString(), in.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return data;
    }

    @Test
    void reindexRebuildsADamagedIndexFromTheDatabase() throws Exception {
        Path data = imported();
        // damage every file of the index, as a full disk or a half-copied backup would
        try (Stream<Path> files = Files.list(data.resolve("index"))) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("write.lock"))
                    .toList()) {
                Files.write(f, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
            }
        }
        CliRun broken = CliRun.run("search", "--data", data.toString(), "Brücke");
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).contains("ozd reindex");

        CliRun reindex = CliRun.run("reindex", "--data", data.toString());
        assertThat(reindex.exitCode()).as(reindex.err()).isZero();
        assertThat(reindex.err()).contains("1 Pakete");
        CliRun search = CliRun.run("search", "--data", data.toString(), "Brücke");
        assertThat(search.exitCode()).as(search.err()).isZero();
        assertThat(search.out()).contains("neue-bruecke");
    }

    @Test
    void reindexAlsoWorksWhenTheIndexFolderIsGoneOrHoldsForeignFiles() throws Exception {
        Path data = imported();
        try (Stream<Path> files = Files.list(data.resolve("index"))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.writeString(data.resolve("index").resolve("segments_9"), "kein Lucene");
        CliRun reindex = CliRun.run("reindex", "--data", data.toString());
        assertThat(reindex.exitCode()).as(reindex.err()).isZero();
        assertThat(CliRun.run("search", "--data", data.toString(), "Brücke").out())
                .contains("neue-bruecke");
    }

    @Test
    void dataDirectoryAndDatabaseFilesAreForTheOwnerOnly() throws Exception {
        Assumptions.assumeTrue(
                dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "SKIPPED: no POSIX file permissions on this file system");
        Path data = imported();
        for (Path d : List.of(data, data.getParent())) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(d)))
                    .as(d.toString())
                    .isEqualTo("rwx------");
        }
        try (Stream<Path> files = Files.list(data)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("ozd.db"))
                    .toList()) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                        .as(f.toString())
                        .isEqualTo("rw-------");
            }
        }
    }
}
