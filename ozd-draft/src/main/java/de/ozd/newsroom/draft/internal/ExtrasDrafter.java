package de.ozd.newsroom.draft.internal;

import de.ozd.newsroom.core.model.Extras;
import de.ozd.newsroom.draft.DraftLabels;
import de.ozd.newsroom.language.Quantity;
import de.ozd.newsroom.language.QuantityKind;
import de.ozd.newsroom.language.Sentence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The extras: the report's sentence about a first or historic event, or a timeline of dated facts. */
final class ExtrasDrafter {
    private static final Pattern FIRST =
            Pattern.compile("(?iu)\\b(erstmals|erstmalig|zum ersten mal|historisch\\w*|premiere|rekord\\w*)\\b");

    private final DraftContext ctx;

    ExtrasDrafter(DraftContext ctx) {
        this.ctx = ctx;
    }

    /** A context note: the report's sentence about a first or historic event, or a timeline. */
    Optional<Extras> draft() {
        for (Sentence s : ctx.analysis().sentences()) {
            if (FIRST.matcher(s.text()).find() && balancedQuotes(s.text())) {
                return Optional.of(new Extras(List.of(DraftLabels.context(s.text()))));
            }
        }
        List<String> timeline = new ArrayList<>();
        Set<Integer> done = new HashSet<>();
        List<FactComposer.Fact> longer = ctx.ranked(DraftContext.MAX_POINT_WORDS + 4);
        for (Quantity q : ctx.analysis().quantities()) {
            if ((q.kind() == QuantityKind.DATE || q.kind() == QuantityKind.YEAR && !counts(q))
                    && !comparedWith(q)
                    && !ofAnAttribute(q)
                    && done.add(q.sentenceIndex())) {
                longer.stream()
                        .filter(f -> f.sentence() == q.sentenceIndex()
                                && f.clause().begin() <= q.begin()
                                && q.end() <= f.clause().end())
                        .findFirst()
                        .ifPresent(f -> timeline.add(dateWithYear(q) + " – " + f.text()));
            }
        }
        if (timeline.size() >= 2) {
            return Optional.of(new Extras(List.of(DraftLabels.timeline(timeline))));
        }
        return Optional.empty();
    }

    /** „gegenüber März“: the date the figure is compared with, not when something happened. */
    private boolean comparedWith(Quantity q) {
        // wide enough for a long noun before a year („Gemeinderatswahl 2018“; twelve characters cut its capital off)
        String before = ctx.analysis().text().substring(Math.max(0, q.begin() - 40), q.begin());
        return before.matches("(?s).*\\bgegenüber\\s+(dem\\s+|der\\s+)?$")
                || q.kind() == QuantityKind.YEAR
                        && before.matches("(?s).*(\\bfür|\\p{Lu}\\p{Ll}+)\\s+$") // „für 2015“, „Gemeinderatswahl 2018“
                        && !before.matches(
                                "(?s).*\\b(Jahr|Jahres|Jahre|Frühjahr|Frühling|Sommer|Herbst|Winter|Anfang|Mitte|Ende"
                                        + "|Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November"
                                        + "|Dezember)\\s+$");
    }

    /** „2000 Flüchtlinge“: a number that counts the noun after it, not a year. */
    private boolean counts(Quantity q) {
        String after = ctx.analysis().text().substring(q.end());
        return COUNTED.matcher(after).lookingAt();
    }

    /** „Der am Donnerstag festgenommene Mann“: the date of an attribute, not of what the sentence reports. */
    private boolean ofAnAttribute(Quantity q) {
        return ATTRIBUTE.matcher(ctx.analysis().text().substring(q.end())).lookingAt();
    }

    private static final Pattern COUNTED = Pattern.compile("\\s+\\p{Lu}\\p{Ll}+");

    private static final Pattern ATTRIBUTE =
            Pattern.compile("\\s+\\p{Ll}+(te|ten|tene|tenen|ene|enen|ende|enden|ter|tes|tem)\\s+\\p{Lu}");

    /** „im April 2027“, not „im April“: the year that follows a date in the report stays with it. */
    private String dateWithYear(Quantity q) {
        for (Quantity next : ctx.analysis().quantitiesIn(q.sentenceIndex())) {
            if (next.kind() == QuantityKind.YEAR
                    && next.begin() > q.begin()
                    && ctx.analysis().text().substring(q.end(), next.begin()).isBlank()) {
                return ctx.analysis().text().substring(q.begin(), next.end());
            }
        }
        return q.text();
    }

    private static boolean balancedQuotes(String s) {
        long open = s.chars().filter(c -> c == '„').count();
        long close = s.chars().filter(c -> c == '“').count();
        return open == close;
    }
}
