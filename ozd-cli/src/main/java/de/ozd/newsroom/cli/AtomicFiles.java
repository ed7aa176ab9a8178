package de.ozd.newsroom.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that no reader ever sees half of it: into a temporary file beside the target, then moved over
 * it. A failure leaves the old file (or none) and no temporary file.
 */
final class AtomicFiles {
    /** rw-r--r-- (less the umask), like any file a command writes; a temp file's default 0600 would hide a site. */
    private static final FileAttribute<Set<PosixFilePermission>> READABLE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--"));

    private AtomicFiles() {}

    static void write(Path target, String text) {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    static void write(Path target, byte[] bytes) {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (Files.isDirectory(abs)) {
            throw new UserException(target + " ist ein Verzeichnis: geben Sie mit -o einen Dateinamen an.");
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UserException("Das Verzeichnis von " + target + " gibt es nicht: legen Sie es zuerst an.");
        }
        Path tmp = null;
        try {
            tmp = dir.getFileSystem().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempFile(dir, "." + abs.getFileName(), ".tmp", READABLE)
                    : Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserException(target + " kann nicht geschrieben werden (" + e.getMessage()
                    + "): prüfen Sie Pfad und Schreibrechte.");
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the move succeeded or the write failed; nothing more to clean
                }
            }
        }
    }
}
