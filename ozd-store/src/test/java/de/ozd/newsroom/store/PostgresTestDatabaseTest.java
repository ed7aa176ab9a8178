package de.ozd.newsroom.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.ozd.newsroom.testkit.Skip;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** Where no PostgreSQL answers, the PostgreSQL tests skip, or fail under the strict switch (as in CI). */
class PostgresTestDatabaseTest {
    /** Port 1 on the loopback: nothing listens there, the connection is refused at once. */
    private static final String NOBODY = "127.0.0.1:1";

    @Test
    void noServerFailsUnderTheStrictSwitchAndSkipsWithoutIt() {
        String before = System.getProperty(Skip.PROPERTY);
        try {
            System.setProperty(Skip.PROPERTY, "true");
            assertThatThrownBy(() -> PostgresTestDatabase.createOrSkip(NOBODY))
                    .isInstanceOf(AssertionFailedError.class)
                    .hasMessageContaining("no PostgreSQL reachable at " + NOBODY);
            if (Skip.strict(null, System.getenv(Skip.ENV))) {
                return; // OZD_TEST_STRICT in the environment keeps it strict: the skipping half cannot be shown here
            }
            System.setProperty(Skip.PROPERTY, "false");
            assertThatThrownBy(() -> PostgresTestDatabase.createOrSkip(NOBODY))
                    .isInstanceOf(TestAbortedException.class)
                    .hasMessageContaining("no PostgreSQL reachable at " + NOBODY);
        } finally {
            if (before == null) {
                System.clearProperty(Skip.PROPERTY);
            } else {
                System.setProperty(Skip.PROPERTY, before);
            }
        }
    }
}
