package dev.leadkit.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
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

    @Test
    void everyAsciiCharacterButTheUnreservedOnesAndTheTwoSeparatorsIsPercentEncodedInUpperCaseHex() {
        String literal = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~,:";
        for (char c = 0; c < 0x80; c++) {
            String expected = literal.indexOf(c) >= 0 ? String.valueOf(c) : String.format("%%%02X", (int) c);
            assertThat(new QueryParams().add("v", String.valueOf(c)).encoded()).as("U+%04X", (int) c).isEqualTo("v=" + expected);
        }
    }

    @Test
    void bytesAboveAsciiAreEncodedAsTheirUtf8Bytes() {
        assertThat(new QueryParams().add("v", "\u00ff\u20ac").encoded()).isEqualTo("v=%C3%BF%E2%82%AC");
    }

    @Test
    void anEmptyValueIsSentAsAnEmptyValue() {
        assertThat(new QueryParams().add("q", "").add("page", "1").encoded()).isEqualTo("q=&page=1");
    }

    @Test
    void noParametersEncodeAsAnEmptyQuery() {
        assertThat(new QueryParams().encoded()).isEmpty();
        assertThat(new QueryParams()).hasToString("");
    }

    @Test
    void toStringIsTheEncodedQuery() {
        assertThat(new QueryParams().add("a", "x y").add("b", "2")).hasToString("a=x%20y&b=2");
    }

    @Test
    void entriesAreTheParametersInOrderAsGiven() {
        QueryParams params = new QueryParams().add("b", "x y").add("a", "1").add("b", "2");

        assertThat(params.entries()).containsExactly(Map.entry("b", "x y"), Map.entry("a", "1"), Map.entry("b", "2"));
    }

    @Test
    void entriesCannotBeChanged() {
        List<Map.Entry<String, String>> entries = new QueryParams().add("a", "1").entries();

        assertThatThrownBy(() -> entries.add(Map.entry("b", "2"))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void everyCharacterOfTheSafeSetIsAllowedInANameAndNothingElse() {
        assertThat(new QueryParams().add("aZ09_.-[]", "1").encoded()).isEqualTo("aZ09_.-[]=1");
        for (String name : List.of("", "a b", "a=b", "a%b", "a/b", "é", "a+b")) {
            assertThatThrownBy(() -> new QueryParams().add(name, "1")).as(name)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("query parameter name must match [A-Za-z0-9_.\\-\\[\\]]+: " + name);
        }
    }
}
