package de.ozd.newsroom.core.format.internal;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.core.check.Diagnostic;
import de.ozd.newsroom.core.check.HouseRule;
import de.ozd.newsroom.core.format.NodeLayout;
import de.ozd.newsroom.core.format.NodePath;
import de.ozd.newsroom.core.format.ParseResult;
import de.ozd.newsroom.core.format.SourceLayout;
import de.ozd.newsroom.core.format.SourceLine;
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
import de.ozd.newsroom.core.model.Point;
import de.ozd.newsroom.core.model.Provenance;
import de.ozd.newsroom.core.model.Report;
import de.ozd.newsroom.core.model.Section;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One parse of one text: a small state machine over physical lines (spec "The OZD article package and its house
 * format", sections 0–7). Each section parser consumes its lines, records the raw lines of every node it builds,
 * and leaves blank lines and unknown text as trivia for the node that follows. Not thread-safe; one per parse.
 */
public final class ParserRun {
    private static final Pattern POINT = Pattern.compile("([a-z])\\)\\s*(.*)");
    private static final Pattern SIGNATURE_ONLY = Pattern.compile("[A-ZÄÖÜ]{2,8}(?:/[A-ZÄÖÜ]{2,8})*");
    /** What may stand before the signature: the end of a sentence or of a quote. */
    private static final String SENTENCE_END = ".!?\u201C\u201D\"\u2026)\u00BB\u00AB'\u2019";

    private final HouseConfig config;
    private final LineClassifier classifier;
    private final List<SourceLine> lines;
    /** The section each line opens, or null for text and blank lines; computed once per line. */
    private final Section[] headings;

    private final boolean bom;
    private int pos;

    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, List<SourceLine>> raw = new LinkedHashMap<>();
    private final Map<String, List<SourceLine>> leading = new HashMap<>();
    private List<SourceLine> trivia = new ArrayList<>();
    private final List<Section> order = new ArrayList<>();
    private final Set<Section> seen = EnumSet.noneOf(Section.class);

    private FrontMatter frontMatter = FrontMatter.EMPTY;
    private Provenance provenance = Provenance.EMPTY;
    private Report report = new Report(List.of(), Optional.empty());
    private Commentary commentary;
    private Infobox infobox;
    private Analysis analysis;
    private Explainers explainers;
    private Credits credits;
    private Extras extras;

    public ParserRun(HouseConfig config, String text) {
        this.config = config;
        this.classifier = new LineClassifier(config);
        this.bom = text.startsWith("\uFEFF");
        this.lines = LineReader.read(bom ? text.substring(1) : text);
        this.headings = new Section[lines.size()];
        for (int i = 0; i < headings.length; i++) {
            headings[i] = classifier.sectionOf(lines.get(i).text()).orElse(null);
        }
    }

    public ParseResult parse() {
        frontMatter();
        report();
        while (pos < lines.size()) {
            SourceLine line = lines.get(pos);
            if (line.isBlank()) {
                trivia.add(line);
                pos++;
            } else if (headings[pos] != null) {
                section(headings[pos]);
            } else {
                unknownText(line);
            }
        }
        return result();
    }

    // --- sections -----------------------------------------------------------------------------------------

    private void section(Section section) {
        if (!seen.add(section)) {
            duplicate(section);
            return;
        }
        order.add(section);
        switch (section) {
            case COMMENTARY -> commentary();
            case INFOBOX -> infobox();
            case ANALYSIS -> analysis();
            case EXPLAINERS -> explainers();
            case CREDITS -> credits();
            case EXTRAS -> extras();
            case REPORT -> throw new IllegalStateException("the report has no heading");
        }
    }

    /** Spec section 0: {@code ---} as the very first line, closed by a second {@code ---} line. */
    private void frontMatter() {
        if (lines.isEmpty() || !lines.get(0).text().equals(FrontMatterCodec.DELIMITER)) {
            return;
        }
        int close = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).text().equals(FrontMatterCodec.DELIMITER)) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            report(
                    HouseRule.FRONT_MATTER,
                    lines.get(0),
                    1,
                    "Kopfbereich wird mit „---“ geöffnet, aber nie geschlossen: setzen Sie eine Zeile „---“ unter "
                            + "die letzte Angabe oder löschen Sie die erste Zeile.");
            return;
        }
        List<String> body =
                lines.subList(1, close).stream().map(SourceLine::text).toList();
        FrontMatterCodec.Decoded decoded = FrontMatterCodec.decode(body);
        decoded.problems().forEach((i, message) -> report(HouseRule.FRONT_MATTER, lines.get(i + 1), 1, message));
        frontMatter = decoded.frontMatter();
        provenance = decoded.provenance();
        if (frontMatter.isEmpty() && provenance.isEmpty()) {
            // nothing readable (an empty block, or only unreadable lines): the writer emits no front-matter node
            // for it, so the lines are kept as trivia before what follows, like other unknown text
            trivia.addAll(lines.subList(0, close + 1));
        } else {
            node(NodePath.FRONT_MATTER, lines.subList(0, close + 1));
        }
        pos = close + 1;
    }

    /** Spec section 1: paragraphs, one per line, up to the first heading; the last ends with the signature. */
    private void report() {
        List<SourceLine> paragraphs = new ArrayList<>();
        List<List<SourceLine>> before = new ArrayList<>();
        List<SourceLine> blanks = new ArrayList<>();
        while (pos < lines.size() && headings[pos] == null) {
            SourceLine line = lines.get(pos++);
            if (line.isBlank()) {
                blanks.add(line);
            } else {
                before.add(blanks);
                blanks = new ArrayList<>();
                paragraphs.add(line);
            }
        }
        if (paragraphs.isEmpty()) {
            trivia.addAll(blanks);
            return;
        }
        List<String> texts = new ArrayList<>();
        String signature = null;
        int last = paragraphs.size() - 1;
        String lastText = paragraphs.get(last).text().strip();
        int split = signatureSplit(lastText);
        boolean signatureLine = last > 0 && SIGNATURE_ONLY.matcher(lastText).matches();
        for (int i = 0; i < paragraphs.size(); i++) {
            texts.add(paragraphs.get(i).text().strip());
        }
        if (signatureLine) {
            signature = lastText;
            texts.remove(last);
        } else if (split > 0) {
            signature = lastText.substring(split);
            texts.set(last, lastText.substring(0, split).strip());
        } else if (last == 0 && SIGNATURE_ONLY.matcher(lastText).matches()) {
            signature = lastText;
            texts.remove(last);
        }
        for (int i = 0; i < texts.size(); i++) {
            trivia.addAll(before.get(i));
            List<SourceLine> nodeLines = new ArrayList<>(List.of(paragraphs.get(i)));
            if (signatureLine && i == texts.size() - 1) {
                nodeLines.addAll(before.get(last));
                nodeLines.add(paragraphs.get(last));
            }
            node(NodePath.reportParagraph(i), nodeLines);
        }
        if (texts.isEmpty()) {
            trivia.addAll(before.get(0));
            node(NodePath.reportParagraph(0), List.of(paragraphs.get(0)));
        }
        trivia.addAll(blanks);
        report = new Report(texts, Optional.ofNullable(signature));
    }

    /** Whether a signature appended to {@code paragraph} after a space would be read back as one. */
    static boolean signatureFitsAfter(String paragraph) {
        return !paragraph.isEmpty() && SENTENCE_END.indexOf(paragraph.charAt(paragraph.length() - 1)) >= 0;
    }

    /**
     * Where the desk signature starts in a stripped last paragraph ({@code … Seite. OZD}), or -1: an upper-case code
     * after whitespace that follows the end of a sentence or quote. Hand-written because it runs on every parse.
     */
    static int signatureSplit(String text) {
        int start = text.length();
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int before = start;
        while (before > 0 && Character.isWhitespace(text.charAt(before - 1))) {
            before--;
        }
        if (before == 0 || before == start || SENTENCE_END.indexOf(text.charAt(before - 1)) < 0) {
            return -1;
        }
        return SIGNATURE_ONLY.matcher(text.subSequence(start, text.length())).matches() ? start : -1;
    }

    /** Spec section 2: {@code OZD-Kommentar – Titel}, paragraphs one per line; a blank line closes it. */
    private void commentary() {
        SourceLine heading = lines.get(pos++);
        String title = commentaryTitle(heading);
        node(NodePath.COMMENTARY, List.of(heading));
        List<String> paragraphs = new ArrayList<>();
        while (pos < lines.size() && !lines.get(pos).isBlank() && !isHeading(lines.get(pos))) {
            SourceLine line = lines.get(pos++);
            node(NodePath.commentaryParagraph(paragraphs.size()), List.of(line));
            paragraphs.add(line.text().strip());
        }
        commentary = new Commentary(title, paragraphs);
    }

    private String commentaryTitle(SourceLine heading) {
        String s = heading.text().strip();
        String rest = s.substring(config.commentaryHeading().length()).strip();
        if (rest.isEmpty()) {
            return "";
        }
        char first = rest.charAt(0);
        if (first == '\u2013') {
            return rest.substring(1).strip();
        }
        int column = heading.columnOf(heading.text().indexOf(rest));
        boolean separator = first == ':' || LineClassifier.isDash(first);
        report(
                HouseRule.HYPHEN_IN_HEADING,
                heading,
                column,
                separator
                        ? "Zwischen „" + config.commentaryHeading() + "“ und Titel steht „" + first
                                + "“: schreiben Sie den Halbgeviertstrich „–“ mit je einem Leerzeichen davor und danach."
                        : "Zwischen „" + config.commentaryHeading()
                                + "“ und Titel fehlt der Halbgeviertstrich: schreiben Sie „"
                                + config.commentaryHeading() + " – " + rest + "“.");
        return separator ? rest.substring(1).strip() : rest;
    }

    /** Spec section 3: the box title, then one fact per line. */
    private void infobox() {
        node(NodePath.INFOBOX, List.of(lines.get(pos++)));
        String title = "";
        boolean titled = false;
        List<String> facts = new ArrayList<>();
        while (pos < lines.size() && !isHeading(lines.get(pos))) {
            SourceLine line = lines.get(pos++);
            if (line.isBlank()) {
                trivia.add(line);
            } else if (!titled) {
                titled = true;
                title = line.text().strip();
                node(NodePath.INFOBOX_TITLE, List.of(line));
            } else {
                node(NodePath.infoboxFact(facts.size()), List.of(line));
                facts.add(line.text().strip());
            }
        }
        if (!titled) {
            node(NodePath.INFOBOX_TITLE, List.of());
        }
        infobox = new Infobox(title, facts);
    }

    /** Spec section 4: dimension titles, each followed by points {@code a) …}. */
    private void analysis() {
        node(NodePath.ANALYSIS, List.of(lines.get(pos++)));
        List<Dimension> dimensions = new ArrayList<>();
        String title = null;
        List<Point> points = new ArrayList<>();
        while (pos < lines.size() && !isHeading(lines.get(pos))) {
            SourceLine line = lines.get(pos++);
            Matcher point = POINT.matcher(line.text().strip());
            if (line.isBlank()) {
                trivia.add(line);
            } else if (point.matches()) {
                if (title == null) {
                    title = "";
                    node(NodePath.dimension(dimensions.size()), List.of());
                }
                node(NodePath.point(dimensions.size(), points.size()), List.of(line));
                points.add(new Point(point.group(1), point.group(2).strip()));
            } else {
                if (title != null) {
                    dimensions.add(new Dimension(title, points));
                    points = new ArrayList<>();
                }
                title = line.text().strip();
                node(NodePath.dimension(dimensions.size()), List.of(line));
            }
        }
        if (title != null) {
            dimensions.add(new Dimension(title, points));
        }
        analysis = new Analysis(dimensions);
    }

    /**
     * Spec section 5: a question is a line ending in {@code ?} that is followed by more text; the answer runs, possibly
     * hard-wrapped, to the next question, a blank line, a heading or the credits line.
     */
    private void explainers() {
        node(NodePath.EXPLAINERS, List.of(lines.get(pos++)));
        List<Explainer> entries = new ArrayList<>();
        while (pos < lines.size() && !isHeading(lines.get(pos))) {
            SourceLine line = lines.get(pos);
            if (line.isBlank()) {
                trivia.add(line);
                pos++;
                continue;
            }
            int index = entries.size();
            String question = "";
            if (line.text().strip().endsWith("?")) {
                question = line.text().strip();
                node(NodePath.question(index), List.of(line));
                pos++;
            } else {
                node(NodePath.question(index), List.of());
            }
            List<SourceLine> answer = answerLines();
            node(NodePath.answer(index), answer);
            entries.add(new Explainer(
                    question,
                    String.join(" ", answer.stream().map(l -> l.text().strip()).toList())));
        }
        explainers = new Explainers(entries);
    }

    private List<SourceLine> answerLines() {
        List<SourceLine> answer = new ArrayList<>();
        while (pos < lines.size() && !lines.get(pos).isBlank() && !isHeading(lines.get(pos))) {
            SourceLine line = lines.get(pos);
            if (line.text().strip().endsWith("?") && (answer.isEmpty() || followedByText(pos))) {
                break;
            }
            answer.add(line);
            pos++;
        }
        return answer;
    }

    private boolean followedByText(int index) {
        return index + 1 < lines.size() && !lines.get(index + 1).isBlank() && !isHeading(lines.get(index + 1));
    }

    /** Spec section 6: {@code Alle Angaben ohne Gewähr. Titelbild AFP.} */
    private void credits() {
        SourceLine line = lines.get(pos++);
        node(NodePath.CREDITS, List.of(line));
        String s = line.text().strip();
        String disclaimer = null;
        if (s.startsWith(classifier.disclaimerStem())) {
            disclaimer = config.disclaimer();
            s = s.substring(classifier.disclaimerStem().length());
            s = (s.startsWith(".") ? s.substring(1) : s).strip();
        }
        String picture = null;
        String word = config.pictureCreditWord();
        if (s.startsWith(word + " ")) {
            picture = s.substring(word.length()).strip();
            picture = picture.endsWith(".")
                    ? picture.substring(0, picture.length() - 1).strip()
                    : picture;
            picture = picture.isEmpty() ? null : picture;
        }
        credits = new Credits(Optional.ofNullable(disclaimer), Optional.ofNullable(picture));
    }

    /** Spec section 7: paragraphs, one per line, to a blank line or the end. */
    private void extras() {
        node(NodePath.EXTRAS, List.of(lines.get(pos++)));
        List<String> paragraphs = new ArrayList<>();
        while (pos < lines.size() && !lines.get(pos).isBlank() && !isHeading(lines.get(pos))) {
            SourceLine line = lines.get(pos++);
            node(NodePath.extrasParagraph(paragraphs.size()), List.of(line));
            paragraphs.add(line.text().strip());
        }
        extras = new Extras(paragraphs);
    }

    private void duplicate(Section section) {
        SourceLine heading = lines.get(pos++);
        report(
                HouseRule.DUPLICATE_SECTION,
                heading,
                heading.firstColumn(),
                "„" + heading.text().strip()
                        + "“ steht schon weiter oben: führen Sie beide Teile zusammen und löschen Sie den zweiten.");
        trivia.add(heading);
        if (section == Section.CREDITS) {
            return;
        }
        while (pos < lines.size() && !isHeading(lines.get(pos))) {
            trivia.add(lines.get(pos++));
        }
    }

    private void unknownText(SourceLine line) {
        String where = order.isEmpty() ? "nach dem Bericht" : "nach „" + headingName(order.get(order.size() - 1)) + "“";
        report(
                HouseRule.UNKNOWN_TEXT,
                line,
                line.firstColumn(),
                "Text " + where
                        + " gehört zu keinem Teil: löschen Sie ihn, entfernen Sie die Leerzeile davor oder setzen Sie eine "
                        + "Überschrift darüber.");
        trivia.add(line);
        pos++;
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private String headingName(Section section) {
        return switch (section) {
            case COMMENTARY -> config.commentaryHeading();
            case INFOBOX -> config.infoboxHeading();
            case ANALYSIS -> config.analysisHeading();
            case EXPLAINERS -> config.explainersHeading();
            case EXTRAS -> config.extrasHeading();
            case CREDITS -> config.disclaimer();
            case REPORT -> "Bericht";
        };
    }

    private boolean isHeading(SourceLine line) {
        return headings[line.number() - 1] != null;
    }

    private void node(String path, List<SourceLine> nodeLines) {
        raw.put(path, List.copyOf(nodeLines));
        if (!trivia.isEmpty()) {
            leading.put(path, trivia);
            trivia = new ArrayList<>();
        }
    }

    private void report(HouseRule rule, SourceLine line, int column, String message) {
        diagnostics.add(Diagnostic.of(rule, line.number(), column, message));
    }

    private ParseResult result() {
        ArticlePackage pkg = new ArticlePackage(
                frontMatter,
                report,
                Optional.ofNullable(commentary),
                Optional.ofNullable(infobox),
                Optional.ofNullable(analysis),
                Optional.ofNullable(explainers),
                Optional.ofNullable(credits),
                Optional.ofNullable(extras),
                provenance);
        Map<String, NodeLayout> nodes = new LinkedHashMap<>();
        for (Node node : new NodeEmitter(config).nodes(pkg, order)) {
            nodes.put(
                    node.path(),
                    new NodeLayout(
                            node.lines(),
                            raw.getOrDefault(node.path(), List.of()),
                            leading.getOrDefault(node.path(), List.of())));
        }
        if (!nodes.keySet().containsAll(raw.keySet())) {
            throw new IllegalStateException("parser recorded nodes the writer does not emit: " + raw.keySet());
        }
        String finalTerminator =
                lines.isEmpty() ? "" : lines.get(lines.size() - 1).terminator();
        SourceLayout layout = new SourceLayout(
                bom, LineReader.dominantTerminator(lines), finalTerminator, order, nodes, trivia, lines, pkg);
        diagnostics.sort(Diagnostic.BY_POSITION);
        return new ParseResult(pkg, diagnostics, layout);
    }
}
