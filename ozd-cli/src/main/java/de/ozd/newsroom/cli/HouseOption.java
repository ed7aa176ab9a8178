package de.ozd.newsroom.cli;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.json.HouseConfigJson;
import de.ozd.newsroom.core.json.PackageJsonException;
import picocli.CommandLine.Option;

/** {@code --house FILE}: the one option every command that reads, writes or serves the house format shares. */
public final class HouseOption {
    @Option(
            names = "--house",
            paramLabel = "FILE",
            description = "House configuration (JSON: brand, heading words, limits); default: the OZD house. "
                    + "Also OZD_HOUSE.")
    String houseFile = System.getenv("OZD_HOUSE");

    /** The OZD defaults, or the house in the file given; a bad file is a user error. */
    public HouseConfig house() {
        if (houseFile == null || houseFile.isBlank()) {
            return HouseConfig.OZD;
        }
        InputReader.Input in = new InputReader(1024 * 1024).read(houseFile);
        try {
            return HouseConfigJson.read(in.text());
        } catch (PackageJsonException e) {
            throw new UserException(in.name() + ": " + e.getMessage());
        }
    }
}
