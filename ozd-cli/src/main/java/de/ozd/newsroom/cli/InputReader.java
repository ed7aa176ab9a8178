package de.ozd.newsroom.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a text input (a file, or {@code -} for standard input) in bounded memory: the size is checked before the
 * bytes are read, and at most {@code maxBytes + 1} bytes are ever buffered. Refuses empty, binary and non-UTF-8
 * inputs with one German message ({@link UserException}, exit 2).
 */
public final class InputReader {
    private final long maxBytes;
    private final InputStream stdin;

    public InputReader(long maxBytes) {
        this(maxBytes, System.in);
    }

    public InputReader(long maxBytes, InputStream stdin) {
        this.maxBytes = maxBytes;
        this.stdin = stdin;
    }

    /** A named text: {@code name} is what messages call it ({@code -} shows as {@code <stdin>}). */
    public record Input(String name, String text) {}

    public Input read(String name) {
        byte[] bytes = name.equals("-") ? readStdin() : readFile(Path.of(name));
        String shown = name.equals("-") ? "<stdin>" : name;
        return new Input(shown, decode(shown, bytes));
    }

    private byte[] readFile(Path path) {
        if (Files.isDirectory(path)) {
            throw new UserException(path + " ist ein Verzeichnis: geben Sie Dateien an, z. B. " + path + "/*.txt.");
        }
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                throw tooLarge(path.toString(), size);
            }
            try (InputStream in = Files.newInputStream(path)) {
                return readBounded(in, path.toString());
            }
        } catch (NoSuchFileException e) {
            throw new UserException(path + " gibt es nicht: prüfen Sie Pfad und Schreibweise.");
        } catch (AccessDeniedException e) {
            throw new UserException(path + " darf nicht gelesen werden: prüfen Sie die Dateirechte.");
        } catch (IOException e) {
            throw new UserException(path + " kann nicht gelesen werden (" + e.getMessage() + ").");
        }
    }

    private byte[] readStdin() {
        try {
            return readBounded(stdin, "<stdin>");
        } catch (IOException e) {
            throw new UserException("Die Standardeingabe kann nicht gelesen werden (" + e.getMessage() + ").");
        }
    }

    private byte[] readBounded(InputStream in, String name) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw tooLarge(name, -1);
        }
        return bytes;
    }

    private UserException tooLarge(String name, long size) {
        return new UserException(name + " ist " + (size >= 0 ? size + " Bytes groß" : "größer als erlaubt")
                + "; die Grenze ist " + maxBytes + " Bytes. Ein Artikelpaket ist selten größer als 50 KB: prüfen Sie "
                + "die Datei oder erhöhen Sie die Grenze mit --max-bytes bzw. OZD_MAX_INPUT_BYTES.");
    }

    static String decode(String name, byte[] bytes) {
        if (bytes.length == 0) {
            throw new UserException(name + " ist leer: ein Paket beginnt mit dem Bericht.");
        }
        int nul = indexOfControl(bytes);
        if (nul >= 0) {
            throw new UserException(name + " ist keine Textdatei (Steuerzeichen 0x" + String.format("%02X", bytes[nul])
                    + " an Byte " + nul + "): erwartet wird UTF-8-Text.");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new UserException(name + " ist kein gültiges UTF-8 (Byte " + in.position() + "): speichern Sie "
                    + "die Datei als UTF-8, z. B. mit iconv -f latin1 -t utf-8.");
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** Index of a NUL or other C0 control byte that never appears in text (tab, CR, LF, FF are fine). */
    private static int indexOfControl(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                return i;
            }
        }
        return -1;
    }
}
