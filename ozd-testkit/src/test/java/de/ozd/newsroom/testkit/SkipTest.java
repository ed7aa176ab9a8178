package de.ozd.newsroom.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The strict switch: with it a missing resource fails the test, without it the test is skipped. Each test sets the
 * property itself and restores what was there, so the result does not depend on how the build was started.
 */
class SkipTest {
    private static final String ABSENT = "does-not-exist-" + SkipTest.class.getName();
    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(Skip.PROPERTY);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(Skip.PROPERTY);
        } else {
            System.setProperty(Skip.PROPERTY, before);
        }
    }

    @Test
    void theSwitchReadsTheUsualSpellingsOfOn() {
        assertThat(Skip.strict("true", null)).isTrue();
        assertThat(Skip.strict(null, "1")).isTrue();
        assertThat(Skip.strict(" TRUE ", null)).isTrue();
        assertThat(Skip.strict("false", "yes")).isTrue();
        assertThat(Skip.strict(null, null)).isFalse();
        assertThat(Skip.strict("false", "0")).isFalse();
        assertThat(Skip.strict("", "")).isFalse();
    }

    @Test
    void withoutTheSwitchAMissingResourceSkips() {
        assertThat(Skip.outcome("kein Dienst", false))
                .isInstanceOf(TestAbortedException.class)
                .hasMessage("kein Dienst");
    }

    @Test
    void withTheSwitchAMissingResourceFails() {
        assertThat(Skip.outcome("kein Dienst", true))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("kein Dienst")
                .hasMessageContaining(Skip.PROPERTY);
    }

    @Test
    void anAbsentSharedFileFailsUnderTheSwitchAndSkipsWithoutIt() {
        System.setProperty(Skip.PROPERTY, "true");
        assertThatThrownBy(() -> Shared.require(ABSENT))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("../shared/" + ABSENT);
        if (Skip.strict(null, System.getenv(Skip.ENV))) {
            return; // OZD_TEST_STRICT in the environment keeps it strict: the skipping half cannot be shown here
        }
        System.setProperty(Skip.PROPERTY, "false");
        assertThatThrownBy(() -> Shared.require(ABSENT))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("../shared/" + ABSENT);
    }

    @Test
    void anAbsentBrowserFailsUnderTheSwitch() {
        String chromium = System.getProperty("ozd.chromium");
        try {
            System.setProperty("ozd.chromium", "/nonexistent/" + ABSENT);
            System.setProperty(Skip.PROPERTY, "true");
            assertThatThrownBy(Browsers::chromeOrSkip)
                    .isInstanceOf(AssertionFailedError.class)
                    .hasMessageContaining("no Chromium at /nonexistent/");
        } finally {
            if (chromium == null) {
                System.clearProperty("ozd.chromium");
            } else {
                System.setProperty("ozd.chromium", chromium);
            }
        }
    }

    @Test
    void unlessPassesWhenPresent() {
        System.setProperty(Skip.PROPERTY, "true");
        assertThatCode(() -> Skip.unless(true, "nie gebraucht")).doesNotThrowAnyException();
        assertThatCode(() -> Skip.unless(true, () -> {
                    throw new IllegalStateException("the reason is built only when something is missing");
                }))
                .doesNotThrowAnyException();
    }
}
