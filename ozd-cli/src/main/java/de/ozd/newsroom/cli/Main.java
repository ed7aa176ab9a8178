package de.ozd.newsroom.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Entry point of the {@code ozd} command. */
public final class Main {
    /**
     * On JDK 21+ Lucene reports through java.util.logging which memory-mapping and vector code it uses (INFO, and a
     * WARNING about the Vector API on JDK 23+): nothing an editor can act on, so it stays off stderr. Held here so
     * the levels are not lost when the loggers are garbage-collected.
     */
    private static final Logger LUCENE = Logger.getLogger("org.apache.lucene");

    private static final Logger LUCENE_VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

    private Main() {}

    public static void main(String[] args) {
        LUCENE.setLevel(Level.WARNING);
        LUCENE_VECTORIZATION.setLevel(Level.SEVERE);
        System.exit(OzdCli.commandLine().execute(args));
    }
}
