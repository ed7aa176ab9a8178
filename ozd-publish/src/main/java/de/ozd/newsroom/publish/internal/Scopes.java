package de.ozd.newsroom.publish.internal;

import de.ozd.newsroom.publish.OutputFormat;
import de.ozd.newsroom.publish.Publication;
import java.util.List;

/** Checks the number of items a renderer was given against its format's scope. */
public final class Scopes {
    private Scopes() {
    }

    public static Publication one(OutputFormat format, List<Publication> items) {
        if (items.size() != 1) {
            throw new IllegalArgumentException(format.name() + " renders exactly one article, got " + items.size());
        }
        return items.get(0);
    }
}
