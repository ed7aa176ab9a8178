package de.ozd.newsroom.core.check;

import java.util.Locale;

/** How serious a finding is: errors fail {@code ozd check} (exit 1), warnings do not. */
public enum Severity {
    ERROR,
    WARNING;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
