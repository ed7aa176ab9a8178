package de.ozd.newsroom.server.desk;

import static de.ozd.newsroom.server.desk.Html.esc;

import de.ozd.newsroom.core.text.Slugs;
import de.ozd.newsroom.store.Accounts;
import de.ozd.newsroom.store.PackageRecord;
import de.ozd.newsroom.store.Role;
import de.ozd.newsroom.store.State;
import de.ozd.newsroom.store.Store;
import java.util.List;

/**
 * The editing view's „Adresse“ section (issue 11, part 8): the package's slug with a form to change it and, for a
 * package that was never published, a delete form with a confirmation box. Who may do what:
 *
 * <ul>
 *   <li>Change the address: until the first publication anyone who may edit; afterwards a Redakteur or Admin, and
 *       the old address then redirects permanently (301) to the new one.
 *   <li>Delete: only a package that was never published; a Redakteur or Admin any such package, a Reporter only one
 *       they created (author of revision 1).
 * </ul>
 */
final class AddressSection {
    private AddressSection() {}

    /** Whether {@code s} may change the address of {@code rec} ({@code published}: it was ever public). */
    static boolean mayRename(Accounts.Session s, PackageRecord rec, boolean published) {
        return rec.state() != State.RETRACTED
                && (!published || s.account().role().includes(Role.REDAKTEUR));
    }

    /** Whether {@code s} may delete {@code rec} ({@code published}: it was ever public; such a package never). */
    static boolean mayDelete(Accounts.Session s, Store store, PackageRecord rec, boolean published) {
        if (published) {
            return false;
        }
        return s.account().role().includes(Role.REDAKTEUR)
                || store.revisions(rec.slug())
                        .get(0)
                        .author()
                        .equals(s.account().name());
    }

    static void render(StringBuilder m, Accounts.Session s, Store store, PackageRecord rec) {
        boolean published = store.everPublished(rec.slug());
        List<String> old = store.oldSlugs(rec.slug());
        String base = DeskPages.BASE + "/pakete/" + esc(rec.slug());
        m.append("<section aria-labelledby=\"adresse-titel\">\n<h2 id=\"adresse-titel\">Adresse</h2>\n<p>")
                .append("Slug: <code>")
                .append(esc(rec.slug()))
                .append("</code>");
        if (!old.isEmpty()) {
            m.append(" · frühere Adressen (leiten dauerhaft weiter): ");
            for (int i = 0; i < old.size(); i++) {
                m.append(i == 0 ? "" : ", ")
                        .append("<code>")
                        .append(esc(old.get(i)))
                        .append("</code>");
            }
        }
        m.append("</p>\n");
        String proposed = Slugs.slugify(rec.headline());
        if (mayRename(s, rec, published)) {
            Html.packageForm(m, "", base + "/adresse", s, rec.revision());
            m.append("<label for=\"neuer-slug\">Neue Adresse (Slug)</label> ")
                    .append("<input id=\"neuer-slug\" name=\"slug\" required maxlength=\"")
                    .append(Slugs.MAX_LENGTH)
                    .append("\" value=\"")
                    .append(esc(rec.slug()))
                    .append("\"> <button type=\"submit\">Adresse ändern</button>");
            if (!proposed.isEmpty() && !proposed.equals(rec.slug())) {
                m.append(" <span class=\"hint\">Vorschlag aus der Überschrift: <code>")
                        .append(esc(proposed))
                        .append("</code></span>");
            }
            m.append("</form>\n<p class=\"hint\">")
                    .append(
                            published
                                    ? "Das Paket war schon veröffentlicht: die bisherige Adresse leitet danach dauerhaft"
                                            + " (301) auf die neue weiter."
                                    : "Bis zur ersten Veröffentlichung lässt sich die Adresse frei ändern.")
                    .append("</p>\n");
        } else if (rec.state() != State.RETRACTED) {
            m.append("<p class=\"hint\">Die Adresse eines veröffentlichten Artikels ändern Redakteure.</p>\n");
        }
        if (mayDelete(s, store, rec, published)) {
            Html.packageForm(m, " class=\"danger\"", base + "/loeschen", s, rec.revision());
            m.append("<label><input type=\"checkbox\" name=\"bestaetigt\" value=\"ja\" required> Ja, diesen"
                            + " nie veröffentlichten Entwurf mit allen Revisionen endgültig löschen</label> ")
                    .append("<button type=\"submit\">Entwurf löschen</button></form>\n");
        }
        m.append("</section>\n");
    }
}
