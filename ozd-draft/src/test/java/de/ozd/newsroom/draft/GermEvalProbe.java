package de.ozd.newsroom.draft;

import de.ozd.newsroom.core.model.ArticlePackage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A tuning probe, not a test: with {@code -Dozd.probe=true} it drafts every sentence of a part of {@link
 * GermEvalCorpus} ({@code -Dozd.germeval.part=tune}, the default) as a report of its own and writes each drafted line
 * with its sentence to {@code target/germeval-lines-PART.tsv}, for reading. Skipped otherwise.
 */
class GermEvalProbe {
    @Test
    void probe() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("ozd.probe"), "tuning probe: -Dozd.probe=true");
        String part = GermEvalCorpus.partFromProperty();
        List<String> out = new ArrayList<>();
        out.add("sentence\tkind\tline\tsource");
        for (GermEvalCorpus.Sentence s : GermEvalCorpus.read(part, "GermEvalProbe")) {
            ArticlePackage pkg = DraftTestSupport.engine().draft(DraftRequest.of(s.report()));
            for (DraftedLines.Line l : DraftedLines.of(pkg)) {
                if (l.kind() != DraftedLines.Kind.QUESTION) {
                    out.add(s.index() + "\t" + l.kind() + "\t" + l.text() + "\t" + s.text());
                }
            }
        }
        Files.write(Path.of("target/germeval-lines-" + part + ".tsv"), out, StandardCharsets.UTF_8);
    }
}
