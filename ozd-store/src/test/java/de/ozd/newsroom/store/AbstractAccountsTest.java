package de.ozd.newsroom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Accounts, sessions and the audit log; runs unchanged on both setups (see the subclasses). */
public abstract class AbstractAccountsTest {
    private static final Duration HOUR = Duration.ofHours(1);
    protected Store store;

    protected abstract Store openStore();

    /** The same store opened again (a restart or a second instance). */
    protected abstract Store reopen();

    @BeforeEach
    void open() {
        store = openStore();
    }

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void passwordsAreKeptOnlyAsArgon2idHashes() {
        String h = Passwords.hash("korrekt-pferd-batterie");
        assertThat(h).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("korrekt");
        assertThat(Passwords.verify("korrekt-pferd-batterie", h)).isTrue();
        assertThat(Passwords.verify("korrekt-pferd-batteriE", h)).isFalse();
        assertThat(Passwords.hash("korrekt-pferd-batterie")).isNotEqualTo(h); // salted
        assertThat(Passwords.verify("x", "$argon2id$kaputt")).isFalse();
    }

    @Test
    void firstStartCreatesAdminOnceWithGivenOrGeneratedPassword() {
        Optional<String> generated = store.accounts().ensureAdmin(Optional.empty());
        assertThat(generated).isPresent();
        assertThat(generated.get()).hasSize(16);
        assertThat(store.accounts().authenticate("admin", generated.get()))
                .get()
                .extracting(Accounts.Account::role)
                .isEqualTo(Role.ADMIN);
        assertThat(store.accounts().ensureAdmin(Optional.of("ein-anderes-passwort")))
                .isEmpty();
        assertThat(store.accounts().authenticate("admin", "ein-anderes-passwort"))
                .isEmpty();
    }

    @Test
    void adminPasswordFromSettingIsNotReturned() {
        assertThat(store.accounts().ensureAdmin(Optional.of("aus-der-umgebung-42")))
                .isEmpty();
        assertThat(store.accounts().authenticate("admin", "aus-der-umgebung-42"))
                .isPresent();
    }

    @Test
    void createListDisableAndResetPassword() {
        Accounts acc = store.accounts();
        acc.create("r.reporter", Role.REPORTER, "reporter-passwort");
        acc.create("k.redakteur", Role.REDAKTEUR, "redakteur-passwort");
        assertThat(acc.list()).extracting(Accounts.Account::name).containsExactly("k.redakteur", "r.reporter");
        assertThatThrownBy(() -> acc.create("r.reporter", Role.ADMIN, "noch-ein-passwort"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("gibt es schon");
        assertThatThrownBy(() -> acc.create("<script>", Role.ADMIN, "noch-ein-passwort"))
                .hasMessageContaining("Kontoname");
        assertThatThrownBy(() -> acc.create("kurz", Role.ADMIN, "kurz")).hasMessageContaining("mindestens 10");
        assertThat(acc.authenticate("r.reporter", "falsches-passwort")).isEmpty();
        assertThat(acc.authenticate("niemand", "reporter-passwort")).isEmpty();

        Accounts.Session s = acc.startSession(
                acc.authenticate("r.reporter", "reporter-passwort").orElseThrow());
        assertThat(acc.disable("r.reporter")).isTrue();
        assertThat(acc.disable("r.reporter")).isFalse();
        assertThat(acc.authenticate("r.reporter", "reporter-passwort")).isEmpty();
        assertThat(acc.session(s.id(), HOUR, HOUR))
                .as("disabling ends sessions")
                .isEmpty();

        acc.resetPassword("r.reporter", "neues-passwort-1");
        assertThat(acc.authenticate("r.reporter", "reporter-passwort")).isEmpty();
        assertThat(acc.authenticate("r.reporter", "neues-passwort-1")).isPresent();
    }

    @Test
    void sessionsAreSharedByInstancesAndEndAtLogoutAndTimeouts() throws Exception {
        Accounts acc = store.accounts();
        Accounts.Account a = acc.create("k.redakteur", Role.REDAKTEUR, "redakteur-passwort");
        Accounts.Session s = acc.startSession(a);
        Accounts.Session t = acc.startSession(a);
        assertThat(s.id()).isNotEqualTo(t.id()).hasSize(43);
        assertThat(s.csrf()).isNotEqualTo(t.csrf());

        store.close();
        store = reopen();
        Accounts again = store.accounts();
        Optional<Accounts.Session> found = again.session(s.id(), HOUR, HOUR);
        assertThat(found).get().extracting(x -> x.account().name()).isEqualTo("k.redakteur");
        assertThat(found.get().csrf()).isEqualTo(s.csrf());
        assertThat(again.session("A".repeat(43), HOUR, HOUR)).isEmpty();

        again.endSession(s.id());
        assertThat(again.session(s.id(), HOUR, HOUR)).isEmpty();

        Thread.sleep(20);
        assertThat(again.session(t.id(), Duration.ofMillis(5), HOUR))
                .as("idle timeout")
                .isEmpty();
        Accounts.Session u = again.startSession(a);
        Thread.sleep(20);
        assertThat(again.session(u.id(), HOUR, Duration.ofMillis(5)))
                .as("absolute timeout")
                .isEmpty();
        assertThat(again.session(u.id(), HOUR, HOUR))
                .as("an expired session is gone")
                .isEmpty();
    }

    @Test
    void auditLogListsNewestFirst() {
        Accounts acc = store.accounts();
        acc.audit("r.reporter", "create", "mainfurt-sperrt-bruecke", "Rev. 1");
        acc.audit("k.redakteur", "publish", "mainfurt-sperrt-bruecke", null);
        Page<Accounts.AuditEntry> page = acc.auditLog(10, 0);
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(Accounts.AuditEntry::action).containsExactly("publish", "create");
        assertThat(page.items().get(1).detail()).contains("Rev. 1");
        assertThat(acc.auditLog(1, 1).items())
                .extracting(Accounts.AuditEntry::actor)
                .containsExactly("r.reporter");
    }

    @Test
    void accountAndAuditTimesAreInstantsReadBackFromTheColumns() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Accounts acc = store.accounts();
        Accounts.Account a = acc.create("k.redakteur", Role.REDAKTEUR, "redakteur-passwort");
        acc.audit("admin", "account_add", "k.redakteur", null);
        assertThat(acc.disable("k.redakteur")).isTrue();
        Instant after = Instant.now();

        assertThat(a.createdAt()).isBetween(before, after);
        assertThat(a.disabledAt()).isEmpty();
        store.close();
        store = reopen();
        Accounts.Account disabled = store.accounts().find("k.redakteur").orElseThrow();
        assertThat(disabled.createdAt()).isEqualTo(a.createdAt());
        assertThat(disabled.disabledAt()).get().satisfies(d -> assertThat(d).isBetween(a.createdAt(), after));
        assertThat(store.accounts().auditLog(10, 0).items().get(0).at()).isBetween(before, after);
        // the column form survives the round trip through Instant: UTC, microseconds, fixed width
        assertThat(StoreJson.time(disabled.createdAt())).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
    }

    @Test
    void sourceReportsAreKeptPerSlug() {
        assertThat(store.sources().get("a")).isEmpty();
        store.sources().put("a", "Erste Meldung.");
        store.sources().put("a", "Zweite Meldung.");
        assertThat(store.sources().get("a")).contains("Zweite Meldung.");
    }
}
