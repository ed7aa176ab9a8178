package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.draft.DraftTestSupport;
import de.ozd.newsroom.language.TextAnalysis;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The labelled fact cases ({@code facts/fact-cases.txt}, our own sentences): facts composed from
 * each case's last sentence at the infobox limit (8 words) and the point limit (10 words) are
 * compared with the facts an editor accepts. Counts bad facts (drafted but not acceptable:
 * fragments and distortions), missed cases (an acceptable fact within the limit exists, none was
 * drafted) and good facts; and how many bad facts {@link FragmentDetector} catches and how many
 * good ones it rejects, so the detector is measured too. The floors and ceilings sit at the
 * figures measured after the fact-completeness work (docs/drafting.md has before and after).
 */
class FactCasesTest {

    /** One labelled case. */
    record Case(String text, Set<String> accepted) {}

    /** Counts at one word limit. */
    record Score(
            int limit, int cases, int good, int bad, int missed, int caught, int falseAlarms, List<String> badFacts) {
        String line() {
            return String.format(
                    java.util.Locale.ROOT,
                    "fact cases, limit %d: %d cases, %d good facts, "
                            + "%d bad facts, %d missed; detector caught %d of %d bad, rejected %d of %d good",
                    limit,
                    cases,
                    good,
                    bad,
                    missed,
                    caught,
                    bad,
                    falseAlarms,
                    good);
        }
    }

    @Test
    void composedFactsAreTheAcceptedOnes() throws IOException {
        List<Case> cases = cases();
        for (int limit : new int[] {8, 10}) {
            Score s = score(cases, limit);
            System.out.println(s.line());
            if (Boolean.getBoolean("ozd.eval.verbose")) {
                s.badFacts().forEach(b -> System.out.println("  BAD " + b));
            }
            assertThat(s.cases()).isGreaterThanOrEqualTo(40);
            assertThat(s.bad()).isLessThanOrEqualTo(MAX_BAD);
            assertThat(s.good()).isGreaterThanOrEqualTo(limit == 8 ? MIN_GOOD_8 : MIN_GOOD_10);
            assertThat(s.caught()).isGreaterThanOrEqualTo(s.bad() - MAX_BAD_UNCAUGHT);
            assertThat(s.falseAlarms()).isLessThanOrEqualTo(MAX_FALSE_ALARMS);
        }
    }

    // floors and ceilings, see the class comment; issue 13's second precision round (whole clause or nothing: no
    // place, object, genitive or adjective dropped) lowered the good facts from 24/35 to the 12/22 measured then, with
    // no more bad facts; the coverage round (h14: past passive headlines, subject-led clauses, the whole clause when
    // a number headline fails) measured 12/23 good, 1 bad: the floors stay where the precision round put them
    static final int MAX_BAD = 2;
    static final int MIN_GOOD_8 = 12;
    static final int MIN_GOOD_10 = 22;
    static final int MAX_BAD_UNCAUGHT = 2;
    static final int MAX_FALSE_ALARMS = 2;

    static Score score(List<Case> cases, int limit) {
        int good = 0;
        int bad = 0;
        int missed = 0;
        int caught = 0;
        int falseAlarms = 0;
        List<String> badFacts = new ArrayList<>();
        for (Case c : cases) {
            TextAnalysis analysis = DraftTestSupport.analyzer().analyze(c.text());
            int last = analysis.sentences().size() - 1;
            FactComposer composer = new FactComposer(analysis);
            FragmentDetector detector = new FragmentDetector(DraftTestSupport.analyzer(), analysis);
            Set<String> drafted = new LinkedHashSet<>();
            for (Clause clause : new ClauseSplitter().split(analysis)) {
                if (clause.sentence() == last) {
                    composer.compose(clause, limit).ifPresent(f -> drafted.add(f.text()));
                }
            }
            for (String f : drafted) {
                boolean rejected = !detector.check(f).isEmpty();
                if (c.accepted().contains(f)) {
                    good++;
                    falseAlarms += rejected ? 1 : 0;
                } else {
                    bad++;
                    caught += rejected ? 1 : 0;
                    badFacts.add(f + (rejected ? " " + detector.check(f) : " (not caught)") + "  <- " + c.text());
                }
            }
            boolean possible = c.accepted().stream().anyMatch(a -> FactComposer.words(a) <= limit);
            if (possible && drafted.stream().noneMatch(c.accepted()::contains)) {
                missed++;
            }
        }
        return new Score(limit, cases.size(), good, bad, missed, caught, falseAlarms, badFacts);
    }

    static List<Case> cases() throws IOException {
        String text;
        try (InputStream in = FactCasesTest.class.getResourceAsStream("/facts/fact-cases.txt")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Case> out = new ArrayList<>();
        String current = null;
        Set<String> accepted = new LinkedHashSet<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("S ")) {
                if (current != null) {
                    out.add(new Case(current, Set.copyOf(accepted)));
                }
                current = line.substring(2).strip();
                accepted = new LinkedHashSet<>();
            } else if (line.startsWith("+ ")) {
                accepted.add(line.substring(2).strip());
            }
        }
        if (current != null) {
            out.add(new Case(current, Set.copyOf(accepted)));
        }
        return out;
    }
}
