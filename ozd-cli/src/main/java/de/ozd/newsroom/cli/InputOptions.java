package de.ozd.newsroom.cli;

import picocli.CommandLine.Option;

/** Options shared by every command that reads house-format files. */
public final class InputOptions {
    @Option(names = "--max-bytes", paramLabel = "N",
            description = "Refuse inputs larger than N bytes (default: ${DEFAULT-VALUE}; also OZD_MAX_INPUT_BYTES).")
    long maxBytes = defaultMaxBytes();

    static long defaultMaxBytes() {
        String env = System.getenv("OZD_MAX_INPUT_BYTES");
        if (env != null && env.strip().matches("\\d{1,18}")) {
            return Long.parseLong(env.strip());
        }
        return de.ozd.newsroom.core.HouseConfig.Limits.DEFAULT.maxInputBytes();
    }

    public InputReader reader() {
        return new InputReader(maxBytes);
    }
}
