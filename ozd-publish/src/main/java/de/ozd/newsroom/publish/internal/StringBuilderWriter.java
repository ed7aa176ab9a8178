package de.ozd.newsroom.publish.internal;

import java.io.Writer;

/**
 * A {@link Writer} into a {@link StringBuilder}: {@link java.io.StringWriter} without its {@link StringBuffer}'s lock
 * on every write. Jackson writes each stretch between two escaped characters (every quote of an HTML attribute, every
 * line feed) straight to its writer, so a ninjs item makes hundreds of small writes. For one thread's rendering: not
 * thread-safe.
 */
public final class StringBuilderWriter extends Writer {
    private final StringBuilder text;

    public StringBuilderWriter(int capacity) {
        text = new StringBuilder(capacity);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String s) {
        text.append(s);
    }

    @Override
    public void write(String s, int offset, int length) {
        text.append(s, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence s) {
        text.append(s);
        return this;
    }

    @Override
    public Writer append(CharSequence s, int start, int end) {
        text.append(s, start, end);
        return this;
    }

    @Override
    public Writer append(char c) {
        text.append(c);
        return this;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    /** Empties the buffer, keeping its capacity. */
    public void clear() {
        text.setLength(0);
    }

    /** Everything written since the start or the last {@link #clear()}. */
    @Override
    public String toString() {
        return text.toString();
    }
}
