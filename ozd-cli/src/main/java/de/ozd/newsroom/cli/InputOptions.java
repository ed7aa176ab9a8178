package de.ozd.newsroom.cli;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.json.HouseConfigJson;
import de.ozd.newsroom.core.json.PackageJsonException;
import picocli.CommandLine.Option;

/** Options shared by every command that reads house-format files. */
public final class InputOptions {
    @Option(
            names = "--max-bytes",
            paramLabel = "N",
            description = "Refuse inputs larger than N bytes (default: ${DEFAULT-VALUE}; also OZD_MAX_INPUT_BYTES).")
    long maxBytes = defaultMaxBytes();

    static long defaultMaxBytes() {
        String env = System.getenv("OZD_MAX_INPUT_BYTES");
        if (env != null && env.strip().matches("\\d{1,18}")) {
            return Long.parseLong(env.strip());
        }
        return de.ozd.newsroom.core.HouseConfig.Limits.DEFAULT.maxInputBytes();
    }

    @Option(
            names = "--house",
            paramLabel = "FILE",
            description = "House configuration (JSON: brand, heading words, limits); default: the OZD house. "
                    + "Also OZD_HOUSE.")
    String houseFile = System.getenv("OZD_HOUSE");

    public InputReader reader() {
        return new InputReader(maxBytes);
    }

    /** The house to parse and check with: the OZD defaults, or the file given with --house. */
    public HouseConfig house() {
        return house(houseFile);
    }

    /** The house in {@code file} (JSON), or the OZD house when none is given; a bad file is a user error. */
    static HouseConfig house(String file) {
        if (file == null || file.isBlank()) {
            return HouseConfig.OZD;
        }
        InputReader.Input in = new InputReader(1024 * 1024).read(file);
        try {
            return HouseConfigJson.read(in.text());
        } catch (PackageJsonException e) {
            throw new UserException(in.name() + ": " + e.getMessage());
        }
    }
}
