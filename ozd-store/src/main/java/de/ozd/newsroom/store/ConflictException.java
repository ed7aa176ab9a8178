package de.ozd.newsroom.store;

/**
 * A save based on a revision that is no longer current (optimistic locking). Nothing was stored; the rejected
 * text is carried back so that the editor can merge it by hand.
 */
public final class ConflictException extends StoreException {
    private static final long serialVersionUID = 1L;

    private final int currentRevision;
    private final transient Object rejected;

    public ConflictException(String slug, int baseRevision, int currentRevision, Object rejected) {
        super(
                Kind.CONFLICT,
                "conflict",
                "Paket „" + slug + "“ wurde inzwischen geändert: Ihre Fassung beruht auf Revision "
                        + baseRevision + ", aktuell ist Revision " + currentRevision
                        + ". Nichts ging verloren: Ihr Text "
                        + "liegt der Antwort bei; führen Sie ihn mit der aktuellen Fassung zusammen und speichern Sie erneut.");
        this.currentRevision = currentRevision;
        this.rejected = rejected;
    }

    public int currentRevision() {
        return currentRevision;
    }

    /** What the caller tried to save (a package or house text), unchanged. */
    public Object rejected() {
        return rejected;
    }
}
