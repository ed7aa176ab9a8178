package de.ozd.newsroom.draft.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.check.HouseChecker;
import de.ozd.newsroom.core.format.PackageParser;
import de.ozd.newsroom.core.format.PackageWriter;
import de.ozd.newsroom.core.format.ParseResult;
import de.ozd.newsroom.core.model.Analysis;
import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.core.model.Commentary;
import de.ozd.newsroom.core.model.Credits;
import de.ozd.newsroom.core.model.Dimension;
import de.ozd.newsroom.core.model.Explainer;
import de.ozd.newsroom.core.model.Explainers;
import de.ozd.newsroom.core.model.Extras;
import de.ozd.newsroom.core.model.FrontMatter;
import de.ozd.newsroom.core.model.Infobox;
import de.ozd.newsroom.core.model.Origin;
import de.ozd.newsroom.core.model.Point;
import de.ozd.newsroom.core.model.Provenance;
import de.ozd.newsroom.core.model.Report;
import de.ozd.newsroom.core.model.Section;
import de.ozd.newsroom.core.model.SectionProvenance;
import de.ozd.newsroom.draft.DraftEngine;
import de.ozd.newsroom.draft.DraftException;
import de.ozd.newsroom.draft.DraftListener;
import de.ozd.newsroom.draft.DraftOutcome;
import de.ozd.newsroom.draft.DraftRequest;
import de.ozd.newsroom.draft.ExplainerLibrary;
import de.ozd.newsroom.draft.GroundingRule;
import de.ozd.newsroom.draft.internal.ReportSection;
import de.ozd.newsroom.draft.internal.SourceReport;
import de.ozd.newsroom.language.GermanAnalyzer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Drafts the whole package with a language model behind any OpenAI-compatible API, in one request so that the
 * sections agree: the report, the house style (the {@link Prompts}) and the {@link PackageSchema}. The report stays
 * verbatim (the engine sets it; the model writes the other sections and proposes headline and teaser). The answer is
 * read strictly and house-checked; an unreadable answer or house errors go back to the model with the findings (at
 * most {@link LlmSettings#retries()} times), after which the draft fails with a German message — never half a
 * package. The grounding check runs on the result and its findings come with the package: they inform the editor,
 * they never block the draft.
 *
 * <p>Provenance: every drafted section is {@code llm <model id>, unreviewed}; the front matter records the prompt
 * version ({@value #PROMPT_KEY}) and the time ({@value #DRAFTED_KEY}) of the draft, which hold for every section whose
 * origin is {@code llm}. Immutable and thread-safe.
 */
public final class LlmDraftEngine implements DraftEngine {
    /** Front-matter key of the prompt version the llm sections were drafted with. */
    public static final String PROMPT_KEY = "llm.prompt";
    /** Front-matter key of the time (UTC, ISO-8601) the llm sections were drafted. */
    public static final String DRAFTED_KEY = "llm.drafted";

    private static final ObjectMapper M = new ObjectMapper();
    private static final List<Section> DRAFTED =
            List.of(Section.COMMENTARY, Section.INFOBOX, Section.ANALYSIS, Section.EXPLAINERS, Section.EXTRAS);

    private final LlmSettings settings;
    private final Prompts prompts;
    private final Supplier<GermanAnalyzer> analyzer;
    private final ExplainerLibrary library;
    private final HouseConfig config;
    private final Clock clock;
    private final ChatClient client;

    private LlmDraftEngine(Builder b) {
        this.settings = b.settings;
        this.prompts = b.prompts;
        this.analyzer = Objects.requireNonNull(b.analyzer, "analyzer");
        this.library = b.library;
        this.config = b.config;
        this.clock = b.clock;
        this.client = new ChatClient(settings);
    }

    /** An engine for the model in {@code settings}; the analyser (for the grounding check) is loaded on first use. */
    public static Builder builder(LlmSettings settings, Supplier<GermanAnalyzer> analyzer) {
        return new Builder(settings, analyzer);
    }

    @Override
    public String name() {
        return "llm";
    }

    public LlmSettings settings() {
        return settings;
    }

    public Prompts prompts() {
        return prompts;
    }

    @Override
    public ArticlePackage draft(DraftRequest request) {
        return draft(request, DraftListener.NONE).pkg();
    }

    @Override
    public DraftOutcome draft(DraftRequest request, DraftListener listener) {
        SourceReport source = SourceReport.of(request.reportText(), config);
        if (source.paragraphs().isEmpty()) {
            throw new DraftException(
                    "Der Bericht ist leer: „ozd draft“ braucht den Text einer Meldung, einen Absatz pro Zeile.");
        }
        Report report = ReportSection.of(source.paragraphs(), config);
        // a report line that reads as a heading fails before the model is asked
        ReportSection.requireSurvives(ArticlePackage.ofReport(report), source, config);
        long start = System.nanoTime();
        ChatClient.Meter meter = new ChatClient.Meter();
        List<String> notes = new ArrayList<>();
        DraftListener noting = new DraftListener() {
            @Override
            public void section(String section) {
                listener.section(section);
            }

            @Override
            public void note(String message) {
                if (!notes.contains(message)) {
                    notes.add(message);
                }
                listener.note(message);
            }
        };
        String system = prompts.system(config.brand());
        String user = prompts.user(source.text(), config.brand());
        List<String[]> turns = new ArrayList<>();
        List<String> problems = List.of();
        for (int attempt = 0; attempt <= settings.retries(); attempt++) {
            List<String[]> sofar = List.copyOf(turns);
            Function<Boolean, ArrayNode> messages = structured -> messages(structured, system, user, sofar);
            ChatClient.Answer answer = client.complete(messages, noting, meter);
            String model = answer.model().orElse(settings.model()).strip().replaceAll("\\s+", "-");
            problems = new ArrayList<>();
            ArticlePackage pkg = null;
            ParseResult parsed = null;
            ModelOutput.Read read = ModelOutput.read(answer.content());
            if (!read.ok()) {
                problems.addAll(read.problems());
            } else {
                pkg = assemble(
                        read.value(), report, request, model, clock.instant().truncatedTo(ChronoUnit.SECONDS));
                String text = new PackageWriter(config).canonical(pkg);
                parsed = new PackageParser(config).parse(text);
                if (!parsed.pkg().equals(pkg)) {
                    problems.add("Ein Text liest sich im Hausformat als Überschrift oder Zeile eines anderen Teils "
                            + "(etwa „" + config.infoboxHeading() + "“ oder „a) …“ als eigener Text): formulieren "
                            + "Sie ihn um.");
                } else {
                    List<String> lines = List.of(text.split("\n", -1));
                    for (Diagnostic d : new HouseChecker(config, HouseChecker.defaultRules()).check(parsed)) {
                        if (d.isError()) {
                            String line = d.line() >= 1 && d.line() <= lines.size() ? lines.get(d.line() - 1) : "";
                            problems.add("Zeile „" + line + "“: " + d.message() + " [" + d.rule() + "]");
                        }
                    }
                }
            }
            if (problems.isEmpty()) {
                List<Diagnostic> findings = new ArrayList<>();
                for (Diagnostic d : new HouseChecker(config, HouseChecker.defaultRules()).check(parsed)) {
                    findings.add(d); // warnings only: errors were retried above
                }
                GroundingRule.forSource(analyzer.get(), source.text(), library, config)
                        .check(parsed, config, findings);
                findings.sort(Diagnostic.BY_POSITION);
                DraftOutcome.Usage usage = new DraftOutcome.Usage(
                        model,
                        prompts.version(),
                        Duration.ofNanos(System.nanoTime() - start),
                        meter.requests,
                        meter.inReported ? OptionalLong.of(meter.tokensIn) : OptionalLong.empty(),
                        meter.outReported ? OptionalLong.of(meter.tokensOut) : OptionalLong.empty());
                return new DraftOutcome(pkg, findings, notes, name(), Optional.of(usage));
            }
            if (attempt < settings.retries()) {
                noting.note("Antwort " + (attempt + 1) + " des Modells unbrauchbar (" + problems.size() + " Befund"
                        + (problems.size() == 1 ? "" : "e") + "): neuer Versuch mit den Befunden.");
                turns.add(new String[] {"assistant", shorten(answer.content())});
                turns.add(new String[] {
                    "user", prompts.retry(problems.subList(0, Math.min(20, problems.size())), config.brand())
                });
            }
        }
        throw new ModelException("Das Modell hat nach " + (settings.retries() + 1)
                + " Versuchen kein brauchbares Paket "
                + "geliefert; es wurde nichts geschrieben. Zuletzt: "
                + String.join(" ", problems.subList(0, Math.min(3, problems.size())))
                + " Versuchen Sie es noch einmal, mit einem anderen Modell oder mit --engine extractive.");
    }

    private ArrayNode messages(boolean structured, String system, String user, List<String[]> turns) {
        ArrayNode a = M.createArrayNode();
        String sys = structured
                ? system
                : system + "\n\n"
                        + prompts.jsonInstructions(PackageSchema.schema().toPrettyString(), config.brand());
        a.addObject().put("role", "system").put("content", sys);
        a.addObject().put("role", "user").put("content", user);
        for (String[] t : turns) {
            a.addObject().put("role", t[0]).put("content", t[1]);
        }
        return a;
    }

    private static String shorten(String content) {
        return content.length() <= 30_000 ? content : content.substring(0, 30_000);
    }

    private ArticlePackage assemble(ObjectNode v, Report report, DraftRequest request, String model, Instant at) {
        JsonNode fm = v.get("frontMatter");
        FrontMatter front = FrontMatter.EMPTY
                .with("headline", fm.get("headline").asText().strip())
                .with("teaser", fm.get("teaser").asText().strip());
        if (request.agency().isPresent()) {
            front = front.with("agency", request.agency().get());
        }
        front = front.with(PROMPT_KEY, prompts.version()).with(DRAFTED_KEY, at.toString());
        JsonNode c = v.get("commentary");
        JsonNode box = v.get("infobox");
        List<Dimension> dims = new ArrayList<>();
        for (JsonNode d : v.get("analysis").get("dimensions")) {
            List<Point> points = new ArrayList<>();
            for (JsonNode p : d.get("points")) {
                points.add(new Point(
                        p.get("label").asText(), p.get("text").asText().strip()));
            }
            dims.add(new Dimension(d.get("title").asText().strip(), points));
        }
        List<Explainer> explainers = new ArrayList<>();
        for (JsonNode e : v.get("explainers")) {
            explainers.add(new Explainer(
                    e.get("question").asText().strip(), e.get("answer").asText().strip()));
        }
        String credit = request.pictureCredit().or(request::agency).orElse("[Redaktion: Bildnachweis ergänzen]");
        ArticlePackage pkg = ArticlePackage.ofReport(report)
                .withFrontMatter(front)
                .withCommentary(new Commentary(c.get("title").asText().strip(), texts(c.get("paragraphs"))))
                .withInfobox(new Infobox(box.get("title").asText().strip(), texts(box.get("facts"))))
                .withAnalysis(new Analysis(dims))
                .withExplainers(new Explainers(explainers))
                .withCredits(new Credits(config.disclaimer(), credit))
                .withExtras(new Extras(texts(v.get("extras").get("paragraphs"))));
        Provenance p = Provenance.EMPTY;
        for (Section s : DRAFTED) {
            p = p.with(s, SectionProvenance.drafted(Origin.LLM, model));
        }
        return pkg.withProvenance(p);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText().strip()));
        return out;
    }

    /** Options for the engine. */
    public static final class Builder {
        private final LlmSettings settings;
        private final Supplier<GermanAnalyzer> analyzer;
        private Prompts prompts = Prompts.bundled();
        private ExplainerLibrary library = ExplainerLibrary.standard();
        private HouseConfig config = HouseConfig.OZD;
        private Clock clock = Clock.systemUTC();

        private Builder(LlmSettings settings, Supplier<GermanAnalyzer> analyzer) {
            this.settings = Objects.requireNonNull(settings, "settings");
            this.analyzer = analyzer;
        }

        /** Prompt files; the bundled ones by default. */
        public Builder prompts(Prompts value) {
            this.prompts = Objects.requireNonNull(value);
            return this;
        }

        /** The explainer library the grounding check also accepts; the bundled one by default. */
        public Builder library(ExplainerLibrary value) {
            this.library = Objects.requireNonNull(value);
            return this;
        }

        /** The house; OZD by default. */
        public Builder config(HouseConfig value) {
            this.config = Objects.requireNonNull(value);
            return this;
        }

        /** The clock for the draft time in the front matter (tests fix it). */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value);
            return this;
        }

        public LlmDraftEngine build() {
            return new LlmDraftEngine(this);
        }
    }
}
