package de.ozd.newsroom.cli;

import de.ozd.newsroom.core.DraftingSettings;
import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.json.HouseConfigJson;
import de.ozd.newsroom.core.json.PackageJsonException;
import picocli.CommandLine.Option;

/** {@code --house FILE}: the one option every command that reads, writes or serves the house format shares. */
public final class HouseOption {
    @Option(
            names = "--house",
            paramLabel = "FILE",
            description = "Hauskonfiguration (JSON: Marke, Überschriftenwörter, Grenzen); ohne Angabe das OZD-Haus. "
                    + "Auch über OZD_HOUSE.")
    String houseFile = System.getenv("OZD_HOUSE");

    /** The OZD defaults, or the house in the file given; a bad file is a user error. */
    public HouseConfig house() {
        return houseFile == null || houseFile.isBlank() ? HouseConfig.OZD : read(HouseConfigJson::read);
    }

    /** The {@code drafting} settings of the house file (the engine for ozd draft and serve); none without one. */
    public DraftingSettings drafting() {
        return houseFile == null || houseFile.isBlank() ? DraftingSettings.NONE : read(HouseConfigJson::drafting);
    }

    private <T> T read(HouseReader<T> reader) {
        InputReader.Input in = new InputReader(1024 * 1024).read(houseFile);
        try {
            return reader.read(in.text());
        } catch (PackageJsonException e) {
            throw new UserException(in.name() + ": " + e.getMessage());
        }
    }

    private interface HouseReader<T> {
        T read(String json) throws PackageJsonException;
    }
}
