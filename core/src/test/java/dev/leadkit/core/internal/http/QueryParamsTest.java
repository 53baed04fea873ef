package dev.leadkit.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QueryParamsTest {

    @Test
    void valuesArePercentEncodedAsUtf8() {
        assertThat(new QueryParams().add("search", "a&b=c #1 100% [x] ü+").encoded())
                .isEqualTo("search=a%26b%3Dc%20%231%20100%25%20%5Bx%5D%20%C3%BC%2B");
    }

    @Test
    void commasAndColonsStayLiteralAsSeparators() {
        assertThat(new QueryParams().add("sort", "createdAt:desc,value:asc").encoded())
                .isEqualTo("sort=createdAt:desc,value:asc");
    }

    @Test
    void bracketedOperatorNamesAreSentAsWritten() {
        assertThat(new QueryParams().add("value[gte]", "100").add("gclid[exists]", "true").encoded())
                .isEqualTo("value[gte]=100&gclid[exists]=true");
    }

    @Test
    void namesOutsideTheSafeSetAreRejected() {
        assertThatThrownBy(() -> new QueryParams().add("a&b", "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a&b");
    }

    @Test
    void withLeavesTheOriginalUnchanged() {
        QueryParams base = new QueryParams().add("status", "won");

        QueryParams paged = base.with("page", "2");

        assertThat(base.encoded()).isEqualTo("status=won");
        assertThat(paged.encoded()).isEqualTo("status=won&page=2");
    }
}
