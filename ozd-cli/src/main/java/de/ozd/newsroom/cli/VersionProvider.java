package de.ozd.newsroom.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar manifest, or "dev" when run from classes. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = OzdCommand.class.getPackage().getImplementationVersion();
        return new String[] {"ozd " + (v == null ? "dev" : v)};
    }
}
