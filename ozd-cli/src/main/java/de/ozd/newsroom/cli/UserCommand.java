package de.ozd.newsroom.cli;

import de.ozd.newsroom.store.Accounts;
import de.ozd.newsroom.store.Passwords;
import de.ozd.newsroom.store.Role;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ozd user add|list|disable|reset-password}: accounts of the editor's desk (/redaktion). */
@Command(
        name = "user",
        mixinStandardHelpOptions = true,
        description = {
            "Konten der Redaktion verwalten (Anmeldung unter /redaktion).",
            "  ozd user add NAME --role reporter|redakteur|admin   zeigt ein erzeugtes Passwort einmal an",
            "  ozd user list                                       listet die Konten (nie ein Passwort)",
            "  ozd user disable NAME                               sperrt ein Konto und beendet seine Sitzungen",
            "  ozd user reset-password NAME                        setzt ein neues Passwort (einmal angezeigt)",
            "Mit --password-stdin wird das Passwort stattdessen aus der ersten Zeile der Standardeingabe gelesen."
        })
final class UserCommand extends StoreCommand {
    @Parameters(index = "0", paramLabel = "ACTION", description = "add, list, disable oder reset-password.")
    String action;

    @Parameters(index = "1", arity = "0..1", paramLabel = "NAME", description = "Der Name des Kontos.")
    String name;

    @Option(
            names = "--role",
            paramLabel = "ROLE",
            description = "reporter (Vorgabe), redakteur oder admin (nur bei add).")
    String role = "reporter";

    @Option(
            names = "--password-stdin",
            description = "Das Passwort von der Standardeingabe lesen, statt eines zu erzeugen.")
    boolean passwordStdin;

    @Override
    boolean databaseOnly() {
        return true;
    }

    /** The first account may come before the first import: {@code user add} creates the store. */
    @Override
    boolean createsStore() {
        return "add".equals(action);
    }

    @Override
    int run(Store store) throws IOException {
        Accounts accounts = store.accounts();
        switch (action) {
            case "add" -> {
                String n = requireName("add");
                Role r = Role.parse(role)
                        .orElseThrow(() ->
                                new UserException("Unbekannte Rolle „" + role + "“: reporter, redakteur oder admin."));
                String pw = password();
                accounts.create(n, r, pw);
                accounts.audit("cli", "account_add", n, r.label());
                err().println("Konto „" + n + "“ (" + r.label() + ") angelegt.");
                if (!passwordStdin) {
                    printPassword(pw);
                }
            }
            case "list" -> {
                for (Accounts.Account a : accounts.list()) {
                    out().println(a.name() + "  " + a.role().label() + "  angelegt "
                            + StoreJson.time(a.createdAt())
                            + a.disabledAt()
                                    .map(d -> "  gesperrt " + StoreJson.time(d))
                                    .orElse(""));
                }
            }
            case "disable" -> {
                String n = requireName("disable");
                if (!accounts.disable(n)) {
                    throw new UserException("Kein aktives Konto „" + n + "“ (siehe „ozd user list“).");
                }
                accounts.audit("cli", "account_disable", n, null);
                err().println("Konto „" + n + "“ gesperrt; seine Sitzungen sind beendet.");
            }
            case "reset-password" -> {
                String n = requireName("reset-password");
                String pw = password();
                accounts.resetPassword(n, pw);
                accounts.audit("cli", "account_password", n, null);
                err().println("Neues Passwort für „" + n + "“ gesetzt; alte Sitzungen sind beendet.");
                if (!passwordStdin) {
                    printPassword(pw);
                }
            }
            default ->
                throw new UserException("Unbekannte Aktion „" + action + "“: add, list, disable oder reset-password.");
        }
        return OzdCli.OK;
    }

    private String requireName(String what) {
        if (name == null) {
            throw new UserException("ozd user " + what + " NAME: der Kontoname fehlt, z. B. „m.muster“.");
        }
        return name;
    }

    private String password() throws IOException {
        if (!passwordStdin) {
            return Passwords.generate();
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        String problem = Passwords.problem(line);
        if (problem != null) {
            throw new UserException(problem);
        }
        return line;
    }

    private void printPassword(String pw) {
        out().println(pw);
        err().println("Das Passwort wird nur dieses eine Mal gezeigt; geben Sie es sicher weiter.");
    }
}
