// Drafting evaluation (not a test). Run with bench/llm-eval.sh; see docs/drafting.md.
//
// Drafts every report of a folder with the llm engine (any OpenAI-compatible endpoint, from the
// environment) and with the extractive engine, checks each draft (house rules and grounding against
// its report) and prints one line per draft and engine, then totals per engine.
import de.ozd.newsroom.core.DraftingSettings;
import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.check.HouseChecker;
import de.ozd.newsroom.core.format.PackageWriter;
import de.ozd.newsroom.core.model.ArticlePackage;
import de.ozd.newsroom.draft.DraftEngine;
import de.ozd.newsroom.draft.DraftException;
import de.ozd.newsroom.draft.DraftListener;
import de.ozd.newsroom.draft.DraftOutcome;
import de.ozd.newsroom.draft.DraftRequest;
import de.ozd.newsroom.draft.ExplainerLibrary;
import de.ozd.newsroom.draft.ExtractiveDraftEngine;
import de.ozd.newsroom.draft.GroundingRule;
import de.ozd.newsroom.draft.llm.DraftEngines;
import de.ozd.newsroom.language.GermanAnalyzer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

public class LlmEval {

  record Row(String report, String engine, boolean failed, String failure, long houseErrors, long houseWarnings,
      long ozd101, long ozd102, long ozd103, int placeholders, long millis, long tokensIn, long tokensOut) {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args[0]);
    List<Path> reports = new ArrayList<>();
    if (args.length > 1 && !args[1].isEmpty()) {
      reports.addAll(list(Path.of(args[1])));
    } else {
      Path base = root.resolve("ozd-draft/src/test/resources/reports");
      reports.addAll(list(base));
      reports.addAll(list(base.resolve("quality")));
    }
    if (reports.isEmpty()) {
      System.err.println("llm-eval: no *.txt reports found");
      System.exit(2);
    }
    String env = System.getenv().getOrDefault("OZD_EVAL_ENGINES", "llm extractive");
    HouseConfig house = HouseConfig.OZD;
    GermanAnalyzer analyzer = GermanAnalyzer.builder().build();
    ExplainerLibrary library = ExplainerLibrary.standard();
    ExtractiveDraftEngine extractive = ExtractiveDraftEngine.builder(analyzer).build();
    DraftingSettings llmSettings = new DraftingSettings(Optional.of("llm"),
        Optional.ofNullable(System.getenv("OZD_LLM_URL")), Optional.ofNullable(System.getenv("OZD_LLM_MODEL")),
        Optional.of(Integer.parseInt(System.getenv().getOrDefault("OZD_LLM_TIMEOUT", "300"))), Optional.empty(),
        Optional.empty(), Optional.ofNullable(System.getenv("OZD_LLM_PROMPTS")));
    Map<String, DraftEngine> engines = new LinkedHashMap<>();
    for (String e : env.trim().split("\\s+")) {
      engines.put(e, e.equals("llm")
          ? DraftEngines.create(llmSettings, Optional.ofNullable(System.getenv("OZD_LLM_API_KEY")), () -> analyzer,
              library, house, () -> extractive)
          : extractive);
    }
    System.out.printf("# llm-eval %s, %d reports, endpoint %s, model %s%n", java.time.Instant.now(), reports.size(),
        llmSettings.llmUrl().orElse("-"), llmSettings.model().orElse("-"));
    System.out.println("report\tengine\tresult\thouse_errors\thouse_warnings\tOZD101\tOZD102\tOZD103\tplaceholders\tms\ttokens_in\ttokens_out");
    List<Row> rows = new ArrayList<>();
    for (Path report : reports) {
      String text = Files.readString(report, StandardCharsets.UTF_8);
      for (Map.Entry<String, DraftEngine> e : engines.entrySet()) {
        Row row = run(report.getFileName().toString(), e.getKey(), e.getValue(), text, analyzer, library, house);
        rows.add(row);
        System.out.printf("%s\t%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t%s%n", row.report(), row.engine(),
            row.failed() ? "FAILED: " + row.failure() : "ok", row.houseErrors(), row.houseWarnings(), row.ozd101(),
            row.ozd102(), row.ozd103(), row.placeholders(), row.millis(),
            row.tokensIn() < 0 ? "-" : Long.toString(row.tokensIn()),
            row.tokensOut() < 0 ? "-" : Long.toString(row.tokensOut()));
      }
    }
    System.out.println();
    System.out.println("# totals: engine, drafts ok/all, house errors, house warnings, OZD101, OZD102, OZD103, placeholder sections, median ms, tokens in, tokens out");
    for (String engine : engines.keySet()) {
      List<Row> mine = rows.stream().filter(r -> r.engine().equals(engine)).toList();
      List<Row> ok = mine.stream().filter(r -> !r.failed()).toList();
      long[] ms = ok.stream().mapToLong(Row::millis).sorted().toArray();
      System.out.printf("%s\t%d/%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d%n", engine, ok.size(), mine.size(),
          sum(ok, Row::houseErrors), sum(ok, Row::houseWarnings), sum(ok, Row::ozd101), sum(ok, Row::ozd102),
          sum(ok, Row::ozd103), sum(ok, r -> r.placeholders()), ms.length == 0 ? 0 : ms[ms.length / 2],
          sum(ok, r -> Math.max(0, r.tokensIn())), sum(ok, r -> Math.max(0, r.tokensOut())));
    }
  }

  static Row run(String name, String engineName, DraftEngine engine, String text, GermanAnalyzer analyzer,
      ExplainerLibrary library, HouseConfig house) {
    long start = System.nanoTime();
    DraftOutcome out;
    try {
      out = engine.draft(DraftRequest.of(text), DraftListener.NONE);
    } catch (DraftException e) {
      return new Row(name, engineName, true, e.getMessage(), 0, 0, 0, 0, 0, 0,
          (System.nanoTime() - start) / 1_000_000, -1, -1);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    ArticlePackage pkg = out.pkg();
    String draft = new PackageWriter(house).canonical(pkg);
    List<Diagnostic> found = new HouseChecker(house, HouseChecker.defaultRules())
        .with(GroundingRule.forSource(analyzer, text, library, house)).check(draft);
    long houseErrors = found.stream().filter(d -> d.rule().compareTo("OZD100") < 0 && d.isError()).count();
    long houseWarnings = found.stream().filter(d -> d.rule().compareTo("OZD100") < 0 && !d.isError()).count();
    int placeholders = 0;
    for (String section : draft.split("\n(?=OZD-Kommentar|Mini-Infobox|OZD-Analyse|Erklärungen|Alle Angaben ohne Gewähr|OZD-Extras)")) {
      if (section.contains(ExtractiveDraftEngine.PLACEHOLDER_PREFIX)) {
        placeholders++;
      }
    }
    long in = out.usage().flatMap(u -> u.tokensIn().isPresent() ? Optional.of(u.tokensIn().getAsLong()) : Optional.empty()).orElse(-1L);
    long outTokens = out.usage().flatMap(u -> u.tokensOut().isPresent() ? Optional.of(u.tokensOut().getAsLong()) : Optional.empty()).orElse(-1L);
    return new Row(name, engineName, false, "", houseErrors, houseWarnings, count(found, "OZD101"),
        count(found, "OZD102"), count(found, "OZD103"), placeholders, millis, in, outTokens);
  }

  static long count(List<Diagnostic> found, String rule) {
    return found.stream().filter(d -> d.rule().equals(rule)).count();
  }

  static long sum(List<Row> rows, java.util.function.ToLongFunction<Row> f) {
    return rows.stream().mapToLong(f).sum();
  }

  static List<Path> list(Path dir) throws java.io.IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }
}
