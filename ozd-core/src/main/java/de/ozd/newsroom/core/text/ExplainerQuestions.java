package de.ozd.newsroom.core.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name an explainer's question asks about: „Was ist die SPD?“ asks about „SPD“, „Wer ist Petra Albrecht?“ about
 * the person „Petra Albrecht“. The drafter and the store read questions the same way, so that an explainer kept in a
 * published package is found again for the same name (the explainer library grows with the archive). Stateless.
 */
public final class ExplainerQuestions {
    /** „Wer|Was ist|sind|war|waren [der|die|das|den] NAME?“; the name may stand in quotation marks. */
    private static final Pattern FORM = Pattern.compile(
            "(Wer|Was)\\s+(?:ist|sind|war|waren)\\s+(?:(?:der|die|das|den)\\s+)?[„\"]?([^?„“\"]+?)[“\"]?\\s*\\?\\s*");

    private ExplainerQuestions() {}

    /**
     * What a question asks about.
     *
     * @param person whether it asks „Wer …?“ (a person) rather than „Was …?“
     * @param name the name as the question writes it, without article and quotation marks
     */
    public record Subject(boolean person, String name) {}

    /** The subject of {@code question}, or empty when it is not of the form „Wer/Was ist [Artikel] Name?“. */
    public static Optional<Subject> subject(String question) {
        Matcher m = FORM.matcher(question.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(2).strip().replaceAll("\\s+", " ");
        return name.isEmpty()
                ? Optional.empty()
                : Optional.of(new Subject(m.group(1).equals("Wer"), name));
    }
}
