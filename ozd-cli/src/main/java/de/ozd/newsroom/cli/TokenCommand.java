package de.ozd.newsroom.cli;

import de.ozd.newsroom.store.Role;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreJson;
import de.ozd.newsroom.store.Tokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ozd token create|list|revoke}: API tokens for machine clients. */
@Command(
        name = "token",
        mixinStandardHelpOptions = true,
        description = {
            "Verwaltet API-Tokens für Maschinenclients (Authorization: Bearer <token>).",
            "  ozd token create NAME [--role reporter|redakteur|admin]",
            "                          zeigt ein neues Token einmalig; gespeichert wird nur ein gesalzener Hash (Vorgaberolle: reporter)",
            "  ozd token list          listet die Tokens (nie das Geheimnis)",
            "  ozd token revoke ID     widerruft ein Token"
        })
final class TokenCommand extends StoreCommand {
    @Parameters(index = "0", paramLabel = "ACTION", description = "create, list oder revoke.")
    String action;

    @Parameters(
            index = "1",
            arity = "0..1",
            paramLabel = "NAME|ID",
            description = "Name (create) oder Kennung (revoke).")
    String arg;

    @Option(
            names = "--role",
            paramLabel = "ROLE",
            description = "create: reporter (anlegen, bearbeiten, zur Prüfung geben; Vorgabe), redakteur (auch prüfen, "
                    + "veröffentlichen, korrigieren, zurückziehen) oder admin (auch Tokens).")
    String role;

    @Override
    boolean databaseOnly() {
        return true;
    }

    @Override
    int run(Store store) {
        switch (action) {
            case "create" -> {
                if (arg == null) {
                    throw new UserException("ozd token create NAME: der Name fehlt, z. B. „agentur-import“.");
                }
                Role r = role == null
                        ? Role.DEFAULT
                        : Role.byKey(role)
                                .orElseThrow(() -> new UserException("Unbekannte Rolle „" + role + "“: erlaubt sind "
                                        + String.join(", ", Role.keys()) + "."));
                out().println(store.tokens().create(arg, r));
                err().println("Rolle: " + r.key() + ".");
                err().println("Das Token wird nur dieses eine Mal gezeigt; bewahren Sie es sicher auf.");
            }
            case "list" -> {
                for (Tokens.TokenInfo t : store.tokens().list()) {
                    out().println(t.id() + "  " + t.name() + "  " + t.role().key() + "  angelegt "
                            + StoreJson.time(t.createdAt())
                            + t.revokedAt()
                                    .map(r -> "  widerrufen " + StoreJson.time(r))
                                    .orElse(""));
                }
            }
            case "revoke" -> {
                if (arg == null || !store.tokens().revoke(arg)) {
                    throw new UserException(
                            "Kein aktives Token mit der Kennung „" + arg + "“ (siehe „ozd token list“).");
                }
                err().println("Token " + arg + " widerrufen.");
            }
            default -> throw new UserException("Unbekannte Aktion „" + action + "“: create, list oder revoke.");
        }
        return OzdCli.OK;
    }
}
