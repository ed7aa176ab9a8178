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
        List<FactComposer.Fact> longer = ctx.dated(DraftContext.MAX_POINT_WORDS + 4);
        for (Quantity q : ctx.analysis().quantities()) {
            if ((q.kind() == QuantityKind.DATE || q.kind() == QuantityKind.YEAR && !counts(q))
                    && !comparedWith(q)
                    && !ofAnAttribute(q)
                    && !ofANounAfterAPreposition(q)
                    && !yearsAgo(q)
                    && done.add(q.sentenceIndex())) {
                longer.stream()
                        .filter(f -> f.sentence() == q.sentenceIndex()
                                && f.clause().begin() <= q.begin()
                                && q.end() <= f.clause().end())
                        .findFirst()
                        .ifPresent(f -> timeline.add(entry(label(q), f.text())));
            }
        }
        if (timeline.size() >= 2) {
            return Optional.of(new Extras(List.of(DraftLabels.timeline(timeline))));
        }
        return Optional.empty();
    }

    /**
     * A timeline entry: the date, a dash and the fact; the fact alone where it opens with that date itself („Am Samstag
     * wird der Teamchef …“, a present that keeps a date which may lie ahead; „Laut Polizei: Am Sonntag kamen …“, a
     * count of that day), which is not said twice.
     */
    static String entry(String label, String fact) {
        String claim = fact.replaceFirst(
                "^" + Pattern.quote(DraftLabels.SPEAKER) + "[^:]+" + Pattern.quote(DraftLabels.SPEAKER_END), "");
        return claim.toLowerCase(java.util.Locale.GERMAN).startsWith(label.toLowerCase(java.util.Locale.GERMAN) + " ")
                ? fact
                : label + " – " + fact;
    }

    /** „gegenüber März“: the date the figure is compared with, not when something happened. */
    private boolean comparedWith(Quantity q) {
        // wide enough for a long noun before a year („Gemeinderatswahl 2018“; twelve characters cut its capital off)
        String before = ctx.analysis().text().substring(Math.max(0, q.begin() - 40), q.begin());
        return before.matches("(?s).*\\bgegenüber\\s+(dem\\s+|der\\s+)?$")
                || q.kind() == QuantityKind.YEAR
                        && before.matches("(?s).*(\\bfür|\\p{Lu}\\p{Ll}+)\\s+$") // „für 2015“, „Gemeinderatswahl 2018“
                        && !before.matches("(?s).*\\b(" + PERIODS + "|" + MONTHS + ")\\s+$");
    }

    private static final String MONTHS =
            "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember";

    /** Nouns of a period that a year or date after them makes precise („Frühjahr 2015“, „Ende Mai“). */
    private static final String PERIODS = "Jahr|Jahres|Jahre|Frühjahr|Frühling|Sommer|Herbst|Winter|Anfang|Mitte|Ende";

    /** „2000 Flüchtlinge“: a number that counts the noun after it, not a year. */
    private boolean counts(Quantity q) {
        String after = ctx.analysis().text().substring(q.end());
        return COUNTED.matcher(after).lookingAt();
    }

    /** „Der am Donnerstag festgenommene Mann“: the date of an attribute, not of what the sentence reports. */
    private boolean ofAnAttribute(Quantity q) {
        return ATTRIBUTE.matcher(ctx.analysis().text().substring(q.end())).lookingAt();
    }

    /** „am 3. Februar vor 77 Jahren“: a day of a year long past, which the timeline's label would set in this one. */
    private boolean yearsAgo(Quantity q) {
        return YEARS_AGO.matcher(ctx.analysis().text().substring(q.end())).lookingAt();
    }

    private static final Pattern YEARS_AGO =
            Pattern.compile("\\s+vor\\s+\\S+\\s+(Jahren|Jahrzehnten|Jahrhunderten)\\b");

    private static final Pattern COUNTED = Pattern.compile("\\s+\\p{Lu}\\p{Ll}+");

    private static final Pattern ATTRIBUTE =
            Pattern.compile("\\s+\\p{Ll}+(te|ten|tene|tenen|ene|enen|ende|enden|ter|tes|tem)\\s+\\p{Lu}");

    /**
     * „für das Referendum am 5. Juli“, „seit dem Match im Oktober“: the date of a noun in a phrase whose preposition
     * looks ahead or back (a target, a start, a limit), not when the clause's event happened. After „auf“, „bei“,
     * „zu“ or „in“ the noun is the occasion of the event („auf dem Parteitag im Juli nominiert“) and dates it.
     */
    private boolean ofANounAfterAPreposition(Quantity q) {
        String before = ctx.analysis().text().substring(Math.max(0, q.begin() - 60), q.begin());
        return NOUN_OF_A_TARGET.matcher(before).matches()
                && !TIME_NOUN.matcher(before).matches();
    }

    /** „am“, „im“ … right before the date, when the quantity starts at the day or month. */
    private static final String DATE_PREPOSITION = "((am|im|vom|zum)\\s+)?$";

    private static final Pattern NOUN_OF_A_TARGET = Pattern.compile("(?s).*\\b(?i:für|seit|gegen|über|um)\\s+"
            + "((den|die|das|dem|der|einen|eine|einem|einer)\\s+)?(\\p{Ll}+\\s+)?\\p{Lu}[\\p{L}-]+\\s+"
            + DATE_PREPOSITION);

    /** „seit dem Jahr 2010“, „für Ende Mai“: a noun of time that the date only makes precise. */
    private static final Pattern TIME_NOUN = Pattern.compile("(?s).*\\b(" + PERIODS
            + "|Monat|Monats|Woche|Tag|Beginn|Nacht|Morgen|Abend|Wochenende|Saison|Zeitraum|Stichtag|Termin|Datum)\\s+"
            + DATE_PREPOSITION);

    /**
     * The date as the timeline names it: with the year that follows it („im April 2027“), with the first day of a
     * pair or range („24. und 25. September“), with the end of a span („Februar bis September 2014“), and a deadline or
     * night as the report says it („bis zum Sommer“, „in der Nacht zum Montag“), never a bare „zum Sommer“.
     */
    private String label(Quantity q) {
        String text = ctx.analysis().text();
        int begin = q.begin();
        int end = q.end();
        for (Quantity next : ctx.analysis().quantitiesIn(q.sentenceIndex())) {
            if (next.kind() == QuantityKind.YEAR
                    && next.begin() > q.begin()
                    && text.substring(end, next.begin()).isBlank()) {
                end = next.end();
                break;
            }
        }
        var span = SPAN.matcher(text.substring(end));
        if (span.lookingAt()) {
            end += span.end();
        }
        String before = text.substring(Math.max(0, begin - 40), begin);
        var pair = FIRST_DAY.matcher(before);
        if (pair.find()) {
            begin -= before.length() - pair.start(1);
        }
        var lead = LEAD.matcher(before);
        if (text.substring(begin, end).matches("(zum|zur|vom) .*") && lead.find()) {
            begin -= before.length() - lead.start(1);
        } else {
            String rest = text.substring(Math.max(0, begin - 40), begin);
            var bound = BOUND.matcher(rest);
            if (bound.find()) {
                begin -= rest.length() - bound.start(1);
            }
        }
        String label = text.substring(begin, end);
        return label.startsWith("vom ") ? label.substring("vom ".length()) : label; // „Zusammenstöße vom Mittwoch“
    }

    /** „bis September 2014“ after a month: the end of the span the date opens. */
    private static final Pattern SPAN = Pattern.compile("\\s+bis\\s+(" + MONTHS + ")\\s+\\d{4}\\b");

    /** „24. und “, „24. bis “ right before a date: the first day of a pair or range. */
    private static final Pattern FIRST_DAY = Pattern.compile("\\b(\\d{1,2}\\.\\s+(und|bis|oder)\\s+)$");

    /**
     * „seit “, „bis zum “, „ab “ right before a date that holds no preposition of its own: the date starts or ends a
     * span („seit Ende November kein Spiel mehr bestritten“, „bis Anfang Oktober auffüllen“), and the label without
     * the word would date the fact's event on that day.
     */
    private static final Pattern BOUND =
            Pattern.compile("\\b((?i:seit|bis|ab)\\s+((dem|der|zum|zur)\\s+)?(Jahr\\s+)?)$");

    /** „bis “, „in der Nacht “ before „zum …“: what the date says without them is not what the report says. */
    private static final Pattern LEAD = Pattern.compile("\\b(bis|in der Nacht|ab)\\s+$");

    private static boolean balancedQuotes(String s) {
        long open = s.chars().filter(c -> c == '„').count();
        long close = s.chars().filter(c -> c == '“').count();
        return open == close;
    }
}
