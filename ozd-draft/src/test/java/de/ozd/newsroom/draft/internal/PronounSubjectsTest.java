package de.ozd.newsroom.draft.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.draft.DraftTestSupport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, twenty-second round: a sentence that opens with „Er“ or „Sie“ gives a fact under the name of the person
 * it stands for, where the sentence before names that person alone, as its subject ({@link PronounSubjects}).
 * Sentences written for this test; each refusal is a report where the pronoun could stand for someone or something
 * else.
 */
class PronounSubjectsTest {

    private static List<String> facts(String text) {
        return ComposedFacts.of("PronounSubjectsTest", text, 8, 10);
    }

    private static final String LUSTIG =
            "Der angeklagte Bauunternehmer Franz Lustig erschien am Montag nicht vor dem Landgericht. ";

    @Test
    void anOpeningPronounIsThePersonTheSentenceBeforeIsAbout() {
        assertThat(facts(LUSTIG + "Er liegt seit einer Woche im Krankenhaus."))
                .contains("Franz Lustig liegt seit einer Woche im Krankenhaus");
        // the next sentence goes on about him: the resolved name is the subject there in turn
        assertThat(facts(LUSTIG + "Er liegt seit einer Woche im Krankenhaus. Er leitet seit 2009 eine Baufirma in"
                        + " Lindenau."))
                .contains("Franz Lustig leitet seit 2009 eine Baufirma in Lindenau");
        // „sie“ with a verb in the singular, and a role that fits it
        assertThat(facts("Bürgermeisterin Petra Albrecht eröffnete am Montag die neue Saalebrücke. Sie hatte den"
                        + " Neubau im Stadtrat durchgesetzt."))
                .contains("Petra Albrecht hatte den Neubau im Stadtrat durchgesetzt");
        // a name in apposition before the verb
        assertThat(facts("Der Gründer der Musikschule, Jonas Brehm, erhebt schwere Vorwürfe gegen die Stadt. Er wurde"
                        + " im März gekündigt."))
                .contains("Jonas Brehm wurde im März gekündigt");
        // „er“ after the verb, and a person named after the verb as its subject
        assertThat(facts("Nach dem zweiten Lauf übernahm der Schweizer Marco Brunner die Führung. Am Sonntag gewann"
                        + " er auch das Rennen in Kitzbühel."))
                .contains("Marco Brunner gewann das Rennen in Kitzbühel");
        // the subject after a subordinate clause that opens the sentence
        assertThat(facts("Weil er Berufung eingelegt hatte, ist Franz Lustig weiter im Amt. Er war der einzige"
                        + " Angeklagte im Prozess."))
                .contains("Franz Lustig war der einzige Angeklagte im Prozess");
    }

    @Test
    void noNameWhereThePronounCouldStandForSomethingElse() {
        // a role the pronoun does not fit: „er“ is the bridge's length, not the Bürgermeisterin
        assertThat(facts("Bürgermeisterin Petra Albrecht eröffnete am Montag die neue Saalebrücke. Er wurde in zwei"
                        + " Jahren gebaut."))
                .noneMatch(f -> f.contains("Albrecht wurde"));
        // plural „sie“
        assertThat(facts(LUSTIG + "Sie waren seit 2019 Geschäftspartner.")).noneMatch(f -> f.contains("Lustig waren"));
        // two people named before
        assertThat(facts("Franz Lustig traf sich am Montag mit Jonas Brehm. Er leitet seit 2009 eine Baufirma."))
                .noneMatch(f -> f.contains("leitet seit 2009"));
        // named as an object, not as the subject
        assertThat(facts("Das Landgericht lud Franz Lustig für Montag vor. Er leitet seit 2009 eine Baufirma."))
                .noneMatch(f -> f.contains("leitet seit 2009"));
        // named after the verb, but as one of two subjects, or as whose team
        assertThat(facts("Am Montag traten Franz Lustig und sein Bruder vor das Gericht. Er leitet seit 2009 eine"
                        + " Baufirma."))
                .noneMatch(f -> f.contains("Lustig leitet"));
        assertThat(facts("Am Montag siegte Marco Brunners Team in Kitzbühel. Er leitet seit 2009 die Mannschaft."))
                .noneMatch(f -> f.contains("Brunner leitet"));
        // the sentence before opens with its own subject: the name after its verb is its object
        assertThat(facts("Die Bürgermeisterin empfing Franz Lustig am Montag im Rathaus. Sie lobte seinen Einsatz für"
                        + " die Feuerwehr."))
                .noneMatch(f -> f.contains("Lustig lobte"));
        // „sie“ after the verb may be the object or several: no name
        assertThat(facts(LUSTIG + "Am Dienstag besuchte sie der Richter im Krankenhaus."))
                .noneMatch(f -> f.contains("Lustig der Richter") || f.contains("besuchte Franz Lustig"));
        // the name says whose lawyer: „er“ is the lawyer
        assertThat(facts("Franz Lustigs Anwalt beantragte am Montag eine Vertagung. Er leitet seit 2009 eine"
                        + " Kanzlei."))
                .noneMatch(f -> f.contains("Lustig leitet"));
        // the subject is two people
        assertThat(facts("Franz Lustig und sein Bruder erschienen am Montag nicht. Er leitet seit 2009 eine"
                        + " Baufirma."))
                .noneMatch(f -> f.contains("Lustig leitet"));
        // the sentence before reports what someone said about someone else
        assertThat(facts("Staatsanwalt Jonas Brehm sagte am Montag, der Angeklagte habe Rechnungen gefälscht. Er"
                        + " leitet seit 2009 eine Baufirma."))
                .noneMatch(f -> f.contains("Brehm leitet"));
        // reported speech: whose words, the sentence does not say
        assertThat(facts(LUSTIG + "Er sei seit einer Woche im Krankenhaus.")).noneMatch(f -> f.contains("Lustig sei"));
        // a sentence between: too far back
        assertThat(facts(LUSTIG + "Das Gericht vertagte den Prozess. Er liegt seit einer Woche im Krankenhaus."))
                .noneMatch(f -> f.contains("Lustig liegt"));
    }

    @Test
    void aNationalityBeforeANameIsPartOfItsPhrase() {
        // the name finder marks „Schweizer“ as a name of its own; the subject is the whole phrase, not its first word
        assertThat(facts("Nach dem zweiten Lauf übernahm der Schweizer Marco Brunner die Führung."))
                .contains("Der Schweizer Marco Brunner übernahm die Führung")
                .noneMatch(f -> f.contains("Schweizer übernahm"));
    }

    @Test
    void aClauseThatGoesOnAfterASubordinateClauseIsNoFactWithoutItsRest() {
        // the words after the „nachdem“ clause belong to the first clause: „konzentriert sich“ alone says nothing
        assertThat(facts("Die Stadt konzentriert sich, nachdem der Zuschuss des Landes gestrichen wurde, auf die"
                        + " Schulen."))
                .noneMatch(f -> f.endsWith("konzentriert sich"));
        // a clause that closed its verb before the comma is whole; the words after the subordinate clause add to it
        assertThat(facts("Die Stadt stellt den Bau der Saalebrücke ein, weil das Geld fehlt, diesmal für zwei Jahre."))
                .anyMatch(f -> f.endsWith("stellt den Bau der Saalebrücke ein"));
        // a subordinate clause at the end leaves the clause before it whole
        assertThat(facts("Die Stadt saniert seit 2024 ihre Schulen, nachdem der Zuschuss des Landes gestiegen ist."))
                .anyMatch(f -> f.startsWith("Stadt saniert seit 2024 ihre Schulen")
                        || f.startsWith("Die Stadt saniert seit 2024 ihre Schulen"));
    }

    @Test
    void theReportItselfKeepsThePronoun() {
        String report = "Lindenau – " + LUSTIG + "Er liegt seit einer Woche im Krankenhaus. Das Gericht vertagte"
                + " den Prozess auf den 12. Januar.";
        var pkg = DraftTestSupport.draft(report);
        assertThat(String.join("\n", pkg.report().paragraphs())).contains("Er liegt seit einer Woche");
        assertThat(pkg.infobox().orElseThrow().facts()).contains("Franz Lustig liegt seit einer Woche im Krankenhaus");
    }
}
