package de.ozd.newsroom.cli;

import de.ozd.newsroom.core.HouseConfig;
import de.ozd.newsroom.draft.DraftException;
import de.ozd.newsroom.draft.ExplainerLibrary;
import de.ozd.newsroom.draft.llm.DraftEngines;
import de.ozd.newsroom.publish.Site;
import de.ozd.newsroom.server.ApiServer;
import de.ozd.newsroom.server.DemoNewsroom;
import de.ozd.newsroom.server.EditorialDesk;
import de.ozd.newsroom.server.ReaderSite;
import de.ozd.newsroom.server.ServerSettings;
import de.ozd.newsroom.server.desk.DeskPages;
import de.ozd.newsroom.server.desk.DeskSettings;
import de.ozd.newsroom.server.reader.AccessLog;
import de.ozd.newsroom.store.Passwords;
import de.ozd.newsroom.store.Role;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ozd serve}: the reader site and the REST API (and, in later issues, the editor) on the store. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Bietet die Leserseite (/, /artikel/SLUG, Feeds, Sitemaps) und die REST-API unter /api/v1 an",
            "(OpenAPI-Dokument unter /api/v1/openapi.json).",
            "Eingebettet: SQLite + Lucene unter --data. Serverbetrieb: --db postgresql://… (beliebig viele Instanzen).",
            "Maschinenclients brauchen ein Token: ozd token create NAME."
        })
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    DraftingOptions drafting;

    @Option(
            names = "--port",
            paramLabel = "N",
            description = "Port (Vorgabe: ${DEFAULT-VALUE}; 0: ein beliebiger freier Port).")
    int port = 8080;

    @Option(
            names = "--host",
            paramLabel = "ADDR",
            description = "Adresse, auf der der Server lauscht (Vorgabe: ${DEFAULT-VALUE}).")
    String host = "127.0.0.1";

    @Option(
            names = "--max-body-bytes",
            paramLabel = "N",
            description = "Größter Anfragerumpf in Bytes (Vorgabe: ${DEFAULT-VALUE}).")
    long maxBody = ServerSettings.DEFAULT.maxBodyBytes();

    @Option(
            names = "--warm-language",
            description = "Die deutsche Sprachanalyse und LanguageTool gleich nach dem Start im Hintergrund laden "
                    + "(etwa 500 MB mehr Heap), damit der erste /api/v1/check mit source oder spelling und "
                    + "der erste /api/v1/draft nicht darauf warten.")
    boolean warmLanguage;

    @Option(
            names = "--demo",
            description = "examples/ in einen temporären Datenordner übernehmen, veröffentlichen (eines "
                    + "korrigiert), zwei Redaktionskonten (Reporter, Redakteur) anlegen und ausgeben; die API liest "
                    + "ohne Token, Änderungen brauchen eines oder die Anmeldung in der Redaktion (nur auf 127.0.0.1).")
    boolean demo;

    /** The house for the API's check, draft and save and the reader site's headings. */
    @Mixin
    HouseOption houseOption;

    @Option(
            names = "--base-url",
            paramLabel = "URL",
            description = "Öffentliche Adresse der Leserseite für "
                    + "kanonische Links, Feeds und Sitemaps (Vorgabe: http://HOST:PORT/).")
    URI baseUrl;

    @Option(
            names = "--access-log",
            paramLabel = "FILE",
            description =
                    "Zugriffsprotokoll im Combined Log Format: eine Datei (wird ergänzt), - für die Standardausgabe, off für"
                            + " keines (Vorgabe: ${DEFAULT-VALUE}).")
    String accessLog = "off";

    /** The examples folder: in the current directory, else beside the {@code ./ozd} launcher that started us. */
    private static Path demoExamples() {
        Path here = Path.of("examples");
        if (Files.isDirectory(here)) {
            return here;
        }
        String home = System.getProperty("ozd.home");
        if (home != null && Files.isDirectory(Path.of(home, "examples"))) {
            return Path.of(home, "examples");
        }
        throw new UserException("--demo braucht den Ordner examples/ des Projekts: starten Sie ./ozd serve --demo "
                + "im Projektordner.");
    }

    /** A started server with its store; {@link #close()} stops both (and removes the demo's data). */
    record Running(ApiServer server, Store store, int port, Path demoData) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
            store.close();
            if (demoData != null) {
                deleteTree(demoData);
            }
        }
    }

    @Override
    public Integer call() throws Exception {
        Running running = start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            running.close();
                            stopped.countDown();
                        },
                        "ozd-shutdown"));
        stopped.await();
        return OzdCli.OK;
    }

    /** Opens the store and starts the server for the options given; says where it runs. */
    Running start() throws java.io.IOException {
        HouseConfig house = houseOption.house();
        if (port < 0 || port > 65535) {
            throw new UserException("--port muss zwischen 0 und 65535 liegen.");
        }
        ServerSettings settings =
                ServerSettings.DEFAULT.withHost(host).withMaxBodyBytes(maxBody).withWarmLanguage(warmLanguage);
        URI publicUrl = siteUrl();
        if (demo) {
            if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
                throw new UserException("--demo läuft ohne Tokens und daher nur auf 127.0.0.1.");
            }
            Path examples = demoExamples();
            Path tmp = Files.createTempDirectory("ozd-demo-");
            storeOptions.data = tmp;
            storeOptions.db = null;
            int rc = new CommandLine(new ImportCommand())
                    .setErr(spec.commandLine().getErr())
                    .execute("--data", tmp.toString(), examples.toString());
            if (rc != OzdCli.OK) {
                spec.commandLine().getErr().println("ozd serve --demo: nicht alle Beispiele ließen sich importieren.");
            }
            settings = settings.withAuthRequired(false);
        }
        Store store = storeOptions.open();
        if (store.created() && !demo) {
            // the first line: a new, empty store is news (a typo in --data must not go unnoticed)
            spec.commandLine()
                    .getErr()
                    .println("ozd serve: Neuer, leerer Speicher angelegt (" + store.description() + "); "
                            + "Pakete übernimmt „ozd import“.");
            spec.commandLine().getErr().flush();
        }
        ApiServer server;
        int actual;
        List<String> accountLines = new java.util.ArrayList<>();
        try {
            if (demo) {
                DemoNewsroom.publishAll(store);
            }
            // Desk accounts: the first start creates "admin"; the demo adds a Reporter and a Redakteur.
            java.util.Optional<String> adminPassword =
                    java.util.Optional.ofNullable(System.getenv("OZD_ADMIN_PASSWORD"));
            store.accounts()
                    .ensureAdmin(adminPassword)
                    .ifPresent(pw -> accountLines.add("Konto „admin“ (Admin) angelegt, Passwort: " + pw
                            + "  (wird nur jetzt gezeigt; eigenes Passwort mit OZD_ADMIN_PASSWORD)"));
            if (demo) {
                for (String[] a : new String[][] {{"reporterin", "reporter"}, {"redakteur", "redakteur"}}) {
                    String pw = Passwords.generate();
                    Role role = Role.parse(a[1]).orElseThrow();
                    store.accounts().create(a[0], role, pw);
                    accountLines.add("Demo-Konto „" + a[0] + "“ (" + role.label() + "), Passwort: " + pw);
                }
            }
            // Internal errors are reported here, one German line each (SLF4J would add a stack trace).
            var errors = spec.commandLine().getErr();
            java.util.function.BiConsumer<String, Exception> report = (what, e) -> {
                errors.println("ozd serve: interner Fehler bei " + de.ozd.newsroom.server.LogSafe.text(what) + ": "
                        + de.ozd.newsroom.server.LogSafe.line(e));
                errors.flush();
            };
            ReaderSite site =
                    new ReaderSite(Site.ozd().withHouse(house).withBaseUrl(publicUrl)).onInternalError(report);
            if (!accessLog.equals("off")) {
                try {
                    site.withAccessLog(AccessLog.to(
                            accessLog.equals("-")
                                    ? System.out
                                    : Files.newOutputStream(
                                            Path.of(accessLog),
                                            java.nio.file.StandardOpenOption.CREATE,
                                            java.nio.file.StandardOpenOption.APPEND)));
                } catch (java.io.IOException e) {
                    throw new UserException(
                            "Das Zugriffsprotokoll " + accessLog + " lässt sich nicht öffnen: " + e.getMessage());
                }
            }
            EditorialDesk desk;
            try {
                desk = new EditorialDesk(
                        house,
                        ExplainerLibrary.standard(),
                        new de.ozd.newsroom.server.StoreExplainerArchive(store),
                        DraftEngines.merge(drafting.settings(), houseOption.drafting()),
                        DraftingOptions.apiKey());
            } catch (DraftException e) {
                throw new UserException(e.getMessage());
            }
            // One desk object: the API's /check and /draft and the editor's pages use the same checks and engine.
            DeskPages deskPages = new DeskPages(
                            desk, Site.ozd().withHouse(house).withBaseUrl(publicUrl), DeskSettings.DEFAULT)
                    .onInternalError(report);
            server = ApiServer.create(store, settings, List.of(site, deskPages), desk);
            server.onInternalError(report);
            actual = server.start(port);
        } catch (StoreException | de.ozd.newsroom.server.ConnectionLimits.InvalidSetting e) {
            store.close();
            throw new UserException(e.getMessage());
        } catch (UserException e) {
            store.close();
            throw e;
        } catch (RuntimeException e) {
            store.close();
            throw new UserException("Der Server kann nicht auf " + host + ":" + port + " starten (" + e.getMessage()
                    + "); ist der Port belegt? Wählen Sie einen anderen mit --port.");
        }
        Path demoData = demo ? storeOptions.data : null;
        var err = spec.commandLine().getErr();
        err.println("OZD-Server läuft: http://" + host + ":" + actual + "/  (Leserseite; API unter " + ApiServer.BASE
                + ", Daten: " + store.description() + ", " + store.count() + " Pakete)");
        err.println("Redaktion: http://" + host + ":" + actual + DeskPages.BASE + "/login");
        accountLines.forEach(err::println);
        if (!settings.authRequired()) {
            err.println("Demo: die API liest ohne Token; ändern lässt sich nur mit Token oder über die Redaktion. "
                    + "Beenden mit Strg+C.");
        } else if (store.tokens().list().stream().noneMatch(t -> t.revokedAt().isEmpty())) {
            err.println(
                    "Noch kein API-Token: legen Sie eines an mit „ozd token create NAME“ (mit denselben --data/--db).");
        }
        err.flush();
        return new Running(server, store, actual, demoData);
    }

    /** The reader site's public address: --base-url, else this server's own. */
    private URI siteUrl() {
        if (baseUrl != null) {
            if (!baseUrl.isAbsolute() || !List.of("http", "https").contains(baseUrl.getScheme())) {
                throw new UserException(
                        "--base-url muss eine absolute http(s)-Adresse sein, z. B. https://www.example.de/.");
            }
            return baseUrl;
        }
        String h = host.contains(":") ? "[" + host + "]" : host;
        return URI.create("http://" + h + ":" + port + "/");
    }

    /** Removes the demo's temporary data directory (best effort: it lives under the temp folder anyway). */
    private static void deleteTree(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (java.io.IOException | RuntimeException e) {
            // left for the system's temp cleanup
        }
    }
}
