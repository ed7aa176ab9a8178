package de.ozd.newsroom.server;

import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.Store;
import java.util.Optional;

/**
 * What {@code ozd serve --demo} does after importing {@code examples/}: every draft goes through review to
 * publication, and the bridge example is corrected, so a newcomer sees a front page, articles and a correction
 * note. The note says that it is a demonstration. Only for the throwaway demo store.
 */
public final class DemoNewsroom {
    /** The example that gets a correction in the demo. */
    public static final String CORRECTED_SLUG = "mainfurt-sperrt-alte-mainbruecke";
    /** Its correction note, marked as a demonstration. */
    public static final String CORRECTION_NOTE = "Beispielkorrektur der Demo: In einer früheren Fassung hieß es, die "
            + "Brücke werde für Fahrzeuge über 3,5 Tonnen gesperrt; richtig ist: über 7,5 Tonnen.";

    private static final String AUTHOR = "demo";

    private DemoNewsroom() {}

    /** Publishes every draft and corrects {@link #CORRECTED_SLUG} if present; returns how many were published. */
    public static int publishAll(Store store) {
        int published = 0;
        var drafts = store.list(Optional.of(State.DRAFT), Optional.empty(), Integer.MAX_VALUE, 0)
                .items();
        for (var d : drafts) {
            store.transition(d.slug(), State.IN_REVIEW, null, AUTHOR, null);
            store.transition(d.slug(), State.PUBLISHED, null, AUTHOR, null);
            published++;
        }
        store.find(CORRECTED_SLUG)
                .filter(r -> r.state() == State.PUBLISHED)
                .ifPresent(r -> store.transition(CORRECTED_SLUG, State.CORRECTED, CORRECTION_NOTE, AUTHOR, null));
        return published;
    }
}
