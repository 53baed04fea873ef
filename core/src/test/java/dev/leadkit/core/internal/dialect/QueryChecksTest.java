package dev.leadkit.core.internal.dialect;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QueryChecksTest {

    @Test
    void betweenAcceptsBothEnds() {
        assertThatCode(() -> {
            QueryChecks.between("perPage", 1, 1, 100);
            QueryChecks.between("perPage", 100, 1, 100);
        }).doesNotThrowAnyException();
    }

    @Test
    void betweenRejectsJustOutsideEitherEndNamingTheParameter() {
        assertThatThrownBy(() -> QueryChecks.between("perPage", 0, 1, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("perPage must be between 1 and 100, got 0");
        assertThatThrownBy(() -> QueryChecks.between("perPage", 101, 1, 100))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("perPage must be between 1 and 100, got 101");
    }

    @Test
    void atLeastAcceptsTheLeast() {
        assertThatCode(() -> QueryChecks.atLeast("campaignId", 1, 1)).doesNotThrowAnyException();
    }

    @Test
    void atLeastRejectsLessNamingTheParameter() {
        assertThatThrownBy(() -> QueryChecks.atLeast("campaignId", 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("campaignId must be 1 or more, got 0");
    }

    @Test
    void notBlankAcceptsText() {
        assertThatCode(() -> QueryChecks.notBlank("search", " a ")).doesNotThrowAnyException();
    }

    @Test
    void notBlankRejectsEmptyAndWhitespace() {
        assertThatThrownBy(() -> QueryChecks.notBlank("search", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("search must not be blank");
        assertThatThrownBy(() -> QueryChecks.notBlank("search", " \t\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("search must not be blank");
    }
}
