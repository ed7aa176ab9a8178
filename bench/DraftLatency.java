// Draft latency benchmark (not a test). Run with bench/draft-latency.sh; see docs/benchmarks.md.
//
// Loads the German analyser and the extractive engine, drafts N reports made from 10kGNAD articles
// (three sentences per paragraph), warms up until the JIT has settled (the first pass is reported
// too), then times every draft and prints p50/p95. In the same run, the same reports go through a
// bare Stanford CoreNLP pipeline (tokenize, ssplit, German CRF NER, nothing else) as the anchor.
// With --spelling it also times LanguageTool.
import de.ozd.newsroom.core.format.PackageWriter;
import de.ozd.newsroom.draft.DraftRequest;
import de.ozd.newsroom.draft.ExtractiveDraftEngine;
import de.ozd.newsroom.language.GermanAnalyzer;
import de.ozd.newsroom.language.Sentence;
import de.ozd.newsroom.language.SpellingChecker;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.logging.RedwoodConfiguration;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;

public class DraftLatency {

  static final int MIN_WARMUP = 2;
  static final int MAX_WARMUP = 20;

  public static void main(String[] args) throws Exception {
    Path csv = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    boolean spelling = args.length > 3 && args[3].equals("--spelling");

    long t0 = System.nanoTime();
    GermanAnalyzer analyzer = GermanAnalyzer.builder().build();
    ExtractiveDraftEngine engine = ExtractiveDraftEngine.builder(analyzer).build();
    double loadSeconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf("load: analyser + engine %.2f s, heap after load %d MB%n", loadSeconds,
        usedHeapMb());

    List<String> reports = reports(analyzer, csv, n);
    int words = reports.stream().mapToInt(r -> r.split("\\s+").length).sum();
    System.out.printf("reports: %d from 10kGNAD, mean %d words%n", reports.size(),
        words / reports.size());

    t0 = System.nanoTime();
    StanfordCoreNLP bare = barePipeline();
    System.out.printf("load: bare CoreNLP NER pipeline %.2f s%n", (System.nanoTime() - t0) / 1e9);

    Consumer<String> draft = r -> PackageWriter.ozd().canonical(engine.draft(DraftRequest.of(r)));
    Consumer<String> anchor = r -> bare.annotate(new Annotation(r));
    Consumer<String> analysis = analyzer::analyze;
    // Warm-up until the JIT has settled: on one pinned core the compiler threads share the core
    // with the benchmark, and hot methods of the engine and of the CRF are still being compiled a
    // minute into the run. The JIT counts as settled when compiling took less than 2 % of two passes
    // in a row (one quiet pass was seen while compiling went on: run S in docs/benchmarks.md); at
    // least MIN_WARMUP passes, at most MAX_WARMUP. The first pass is also reported: the latency
    // an editor sees right after a start.
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    List<String> around500 = reports.stream()
        .filter(r -> { int w = r.split("\\s+").length; return w >= 400 && w <= 600; }).toList();
    double[] cold = null;
    double[] cold500 = null;
    int passes = 0;
    boolean settled = false;
    boolean quiet = false;
    while (passes < MIN_WARMUP || (!settled && passes < MAX_WARMUP)) {
      long compiledBefore = jit.getTotalCompilationTime();
      long t = System.nanoTime();
      double[] pass = time(reports, draft, 1);
      double[] pass500 = passes == 0 ? time(around500, draft, 1) : null;
      reports.forEach(anchor);
      reports.forEach(analysis);
      double passMs = (System.nanoTime() - t) / 1e6;
      long compiledMs = jit.getTotalCompilationTime() - compiledBefore;
      cold = cold == null ? pass : cold;
      cold500 = cold500 == null ? pass500 : cold500;
      passes++;
      boolean quietNow = compiledMs < 0.02 * passMs;
      settled = quiet && quietNow;
      quiet = quietNow;
      System.out.printf("warm-up pass %d: %.1f s, draft p50 %.1f ms, JIT compiling %d ms%n", passes,
          passMs / 1000, pct(pass, 50), compiledMs);
    }
    System.out.printf("first pass after load (cold JIT): draft p50 %.1f ms  p95 %.1f ms%s%n",
        pct(cold, 50), pct(cold, 95), cold500.length == 0 ? "" : String.format(
            "; 400-600 words (%d, drafted right after): p50 %.1f ms", cold500.length,
            pct(cold500, 50)));
    System.out.printf("warm-up: %d passes, %s%n", passes,
        settled ? "settled (JIT under 2 % of the last two passes)" : "NOT settled, figures below are high");
    double[] d = time(reports, draft, rounds);
    double[] a = time(reports, anchor, rounds);
    double[] an = time(reports, analysis, rounds);
    System.out.printf("draft (extractive engine, whole package): p50 %.1f ms  p95 %.1f ms  "
        + "mean %.1f ms  (%d drafts)%n", pct(d, 50), pct(d, 95), mean(d), d.length);
    System.out.printf("anchor (bare CoreNLP tokenize+ssplit+ner): p50 %.1f ms  p95 %.1f ms  "
        + "mean %.1f ms%n", pct(a, 50), pct(a, 95), mean(a));
    System.out.printf("analysis only (GermanAnalyzer.analyze): p50 %.1f ms  p95 %.1f ms  "
        + "mean %.1f ms%n", pct(an, 50), pct(an, 95), mean(an));
    System.out.printf("ratio draft/anchor at p50: %.2f%n", pct(d, 50) / pct(a, 50));
    System.out.printf("per 500 words: draft mean %.1f ms, anchor mean %.1f ms%n",
        mean(d) * 500.0 * reports.size() / words, mean(a) * 500.0 * reports.size() / words);
    if (!around500.isEmpty()) {
      double[] d5 = time(around500, draft, rounds);
      double[] a5 = time(around500, anchor, rounds);
      System.out.printf("reports of 400-600 words (%d): draft p50 %.1f ms p95 %.1f ms; anchor p50 "
          + "%.1f ms p95 %.1f ms%n", around500.size(), pct(d5, 50), pct(d5, 95), pct(a5, 50),
          pct(a5, 95));
    }
    System.out.printf("heap with NER loaded (after GC): %d MB%n", usedHeapMb());

    if (spelling) {
      t0 = System.nanoTime();
      SpellingChecker speller = SpellingChecker.create(Set.of());
      System.out.printf("spelling: construction %.1f s%n", (System.nanoTime() - t0) / 1e9);
      t0 = System.nanoTime();
      speller.check(reports.get(0));
      System.out.printf("spelling: first check %.1f s%n", (System.nanoTime() - t0) / 1e9);
      double[] s = time(reports.subList(0, Math.min(20, reports.size())),
          r -> Arrays.stream(r.split("\n")).forEach(speller::check), 1);
      System.out.printf("spelling per report (line by line): p50 %.0f ms  p95 %.0f ms%n",
          pct(s, 50), pct(s, 95));
      System.out.printf("heap with NER and spelling loaded (after GC): %d MB%n", usedHeapMb());
    }
  }

  static List<String> reports(GermanAnalyzer analyzer, Path csv, int n) throws Exception {
    List<String> out = new ArrayList<>();
    for (String raw : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
      if (out.size() >= n) {
        break;
      }
      String line = raw.strip();
      String text = line.substring(line.indexOf(';') + 1);
      if (text.startsWith("'") && text.endsWith("'")) {
        text = text.substring(1, text.length() - 1).replace("''", "'");
      }
      List<Sentence> s = analyzer.sentences(text);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < s.size(); i++) {
        b.append(s.get(i).text()).append(i % 3 == 2 || i == s.size() - 1 ? "\n" : " ");
      }
      out.add(b.toString());
    }
    return out;
  }

  static StanfordCoreNLP barePipeline() {
    RedwoodConfiguration.current().clear().apply();
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,ner");
    p.setProperty("tokenize.language", "de");
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/german.distsim.crf.ser.gz");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("enforceRequirements", "false");
    return new StanfordCoreNLP(p);
  }

  static double[] time(List<String> reports, Consumer<String> job, int rounds) {
    double[] out = new double[reports.size() * rounds];
    int k = 0;
    for (int r = 0; r < rounds; r++) {
      for (String report : reports) {
        long t = System.nanoTime();
        job.accept(report);
        out[k++] = (System.nanoTime() - t) / 1e6;
      }
    }
    Arrays.sort(out);
    return out;
  }

  static double pct(double[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
  }

  static double mean(double[] v) {
    return Arrays.stream(v).average().orElse(0);
  }

  static long usedHeapMb() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime rt = Runtime.getRuntime();
    return (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
  }
}
