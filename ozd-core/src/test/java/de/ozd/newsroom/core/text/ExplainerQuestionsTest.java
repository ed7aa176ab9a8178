package de.ozd.newsroom.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExplainerQuestionsTest {
    @Test
    void readsTheNameWithoutArticleAndTheKind() {
        assertThat(ExplainerQuestions.subject("Was ist die SPD?"))
                .contains(new ExplainerQuestions.Subject(false, "SPD"));
        assertThat(ExplainerQuestions.subject("Was ist der Bundestag?"))
                .contains(new ExplainerQuestions.Subject(false, "Bundestag"));
        assertThat(ExplainerQuestions.subject("Was ist Brüssel?"))
                .contains(new ExplainerQuestions.Subject(false, "Brüssel"));
        assertThat(ExplainerQuestions.subject("Wer ist Petra  Albrecht? "))
                .contains(new ExplainerQuestions.Subject(true, "Petra Albrecht"));
        assertThat(ExplainerQuestions.subject("Was sind die Vereinten Nationen?"))
                .contains(new ExplainerQuestions.Subject(false, "Vereinten Nationen"));
        assertThat(ExplainerQuestions.subject("Was ist „Fridays for Future“?"))
                .contains(new ExplainerQuestions.Subject(false, "Fridays for Future"));
    }

    @Test
    void otherQuestionsAskAboutNoName() {
        assertThat(ExplainerQuestions.subject("Worum geht es?")).isEmpty();
        assertThat(ExplainerQuestions.subject("Warum ist die Brücke gesperrt?")).isEmpty();
        assertThat(ExplainerQuestions.subject("Was ist die SPD")).isEmpty();
    }
}
