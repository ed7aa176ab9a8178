package de.ozd.newsroom.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, item 3: {@link Store#openExisting} never creates a store; {@link Store#open} says when it did. */
class OpenExistingTest {
    @TempDir
    Path dir;

    @Test
    void aMissingDataDirectoryIsRefusedAndNotCreated() {
        Path typo = dir.resolve("tippfehler");
        assertThatThrownBy(() -> Store.openExisting(StoreConfig.embedded(typo)))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.kind()).isEqualTo(StoreException.Kind.NOT_FOUND);
                    assertThat(e.code()).isEqualTo("no_store");
                })
                .hasMessageContaining("Unter " + typo + " liegt kein OZD-Speicher");
        assertThatThrownBy(() -> Store.openExistingDatabaseOnly(StoreConfig.embedded(typo)))
                .isInstanceOf(StoreException.class);
        assertThat(typo).doesNotExist();
    }

    @Test
    void anEmptyFolderIsNoStoreEither() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("leer"));
        assertThatThrownBy(() -> Store.openExisting(StoreConfig.embedded(empty)))
                .isInstanceOf(StoreException.class);
        try (var files = Files.list(empty)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void openCreatesOnceAndSaysSo() {
        StoreConfig config = StoreConfig.embedded(dir.resolve("data"));
        try (Store created = Store.open(config)) {
            assertThat(created.created()).isTrue();
        }
        try (Store again = Store.open(config)) {
            assertThat(again.created()).isFalse();
        }
        try (Store existing = Store.openExisting(config)) {
            assertThat(existing.created()).isFalse();
            assertThat(existing.count()).isZero();
        }
    }

    @Test
    void anEmptyPostgresDatabaseIsRefusedAndLeftEmpty() throws Exception {
        try (PostgresTestDatabase pg = PostgresTestDatabase.createOrSkip()) {
            StoreConfig config = StoreConfig.postgresql(pg.url());
            assertThatThrownBy(() -> Store.openExisting(config))
                    .isInstanceOfSatisfying(
                            StoreException.class, e -> assertThat(e.code()).isEqualTo("no_store"))
                    .hasMessageContaining("enthält keinen OZD-Speicher");
            // postgresql://USER@HOST/DB as JDBC
            String jdbc = pg.url().replaceFirst("^postgresql://([^@]*)@(.*)$", "jdbc:postgresql://$2?user=$1");
            try (var c = DriverManager.getConnection(jdbc);
                    var rs = c.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
                assertThat(rs.next())
                        .as("tables created in a database that held no store")
                        .isFalse();
            }
            try (Store created = Store.open(config)) {
                assertThat(created.created()).isTrue();
            }
            try (Store existing = Store.openExisting(config)) {
                assertThat(existing.created()).isFalse();
            }
        }
    }
}
