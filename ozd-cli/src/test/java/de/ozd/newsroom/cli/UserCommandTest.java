package de.ozd.newsroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.ozd.newsroom.store.Role;
import de.ozd.newsroom.store.Store;
import de.ozd.newsroom.store.StoreConfig;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ozd user …} through the real command objects, checked against the store. */
class UserCommandTest {
    @TempDir
    Path dir;

    @Test
    void addListDisableResetPassword() {
        String data = dir.resolve("data").toString();
        CliRun added = CliRun.run("user", "add", "k.redakteur", "--role", "redakteur", "--data", data);
        assertThat(added.exitCode()).isEqualTo(0);
        String pw = added.out().strip();
        assertThat(pw).hasSize(16);
        assertThat(added.err()).contains("Konto „k.redakteur“ (Redakteur) angelegt", "nur dieses eine Mal");

        CliRun fromStdin = CliRun.runWithStdin(
                new ByteArrayInputStream("reporter-passwort\n".getBytes(StandardCharsets.UTF_8)),
                "user",
                "add",
                "r.reporter",
                "--password-stdin",
                "--data",
                data);
        assertThat(fromStdin.exitCode()).isEqualTo(0);
        assertThat(fromStdin.out()).isEmpty();

        CliRun list = CliRun.run("user", "list", "--data", data);
        assertThat(list.out())
                .contains("k.redakteur  Redakteur", "r.reporter  Reporter")
                .doesNotContain(pw);

        CliRun dup = CliRun.run("user", "add", "k.redakteur", "--data", data);
        assertThat(dup.exitCode()).isEqualTo(2);
        assertThat(dup.err()).contains("gibt es schon").doesNotContain("Exception");
        CliRun badRole = CliRun.run("user", "add", "x.y", "--role", "chef", "--data", data);
        assertThat(badRole.exitCode()).isEqualTo(2);
        assertThat(badRole.err()).contains("Unbekannte Rolle „chef“");
        CliRun shortPw = CliRun.runWithStdin(
                new ByteArrayInputStream("kurz\n".getBytes(StandardCharsets.UTF_8)),
                "user",
                "reset-password",
                "r.reporter",
                "--password-stdin",
                "--data",
                data);
        assertThat(shortPw.exitCode()).isEqualTo(2);
        assertThat(shortPw.err()).contains("mindestens 10 Zeichen");

        assertThat(CliRun.run("user", "disable", "r.reporter", "--data", data).exitCode())
                .isEqualTo(0);
        assertThat(CliRun.run("user", "disable", "r.reporter", "--data", data).exitCode())
                .isEqualTo(2);
        String time = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z";
        assertThat(CliRun.run("user", "list", "--data", data).out().lines())
                .anySatisfy(
                        l -> assertThat(l).matches("r\\.reporter  Reporter  angelegt " + time + "  gesperrt " + time));
        CliRun reset = CliRun.run("user", "reset-password", "r.reporter", "--data", data);
        assertThat(reset.exitCode()).isEqualTo(0);
        String newPw = reset.out().strip();

        try (Store store = Store.openDatabaseOnly(StoreConfig.embedded(dir.resolve("data")))) {
            assertThat(store.accounts().authenticate("k.redakteur", pw))
                    .get()
                    .extracting(a -> a.role())
                    .isEqualTo(Role.REDAKTEUR);
            assertThat(store.accounts().authenticate("r.reporter", "reporter-passwort"))
                    .isEmpty();
            assertThat(store.accounts().authenticate("r.reporter", newPw)).isPresent();
            assertThat(store.accounts().auditLog(10, 0).items())
                    .extracting(e -> e.action())
                    .containsExactly("account_password", "account_disable", "account_add", "account_add");
        }
        CliRun unknown = CliRun.run("user", "frobnicate", "--data", data);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("add, list, disable oder reset-password");
    }
}
