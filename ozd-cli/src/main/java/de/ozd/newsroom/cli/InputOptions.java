package de.ozd.newsroom.cli;

import de.ozd.newsroom.core.HouseConfig;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by every command that reads house-format files. */
public final class InputOptions {
    @Option(
            names = "--max-bytes",
            paramLabel = "N",
            description = "Eingaben über N Bytes ablehnen (Vorgabe: ${DEFAULT-VALUE}; auch über OZD_MAX_INPUT_BYTES).")
    long maxBytes = defaultMaxBytes();

    static long defaultMaxBytes() {
        String env = System.getenv("OZD_MAX_INPUT_BYTES");
        if (env != null && env.strip().matches("\\d{1,18}")) {
            return Long.parseLong(env.strip());
        }
        return de.ozd.newsroom.core.HouseConfig.Limits.DEFAULT.maxInputBytes();
    }

    @Mixin
    HouseOption house;

    public InputReader reader() {
        return new InputReader(maxBytes);
    }

    /** The {@code drafting} settings of the house file given with --house; none without one. */
    public de.ozd.newsroom.core.DraftingSettings drafting() {
        return house.drafting();
    }

    /** The house to parse and check with: the OZD defaults, or the file given with --house. */
    public HouseConfig house() {
        return house.house();
    }
}
