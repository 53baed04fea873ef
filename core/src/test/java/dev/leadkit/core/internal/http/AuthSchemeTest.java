package dev.leadkit.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which header carries the key; proven on the wire in DialectClientHttpTest. */
class AuthSchemeTest {

    @Test
    void bearerSendsTheKeyAfterBearerInAuthorization() {
        AuthScheme bearer = AuthScheme.bearer();

        assertThat(bearer.headerName()).isEqualTo("Authorization");
        assertThat(bearer.headerValue("12|abc")).isEqualTo("Bearer 12|abc");
    }

    @Test
    void aNamedHeaderCarriesTheBareKey() {
        AuthScheme header = AuthScheme.header("X-API-KEY");

        assertThat(header.headerName()).isEqualTo("X-API-KEY");
        assertThat(header.headerValue("k-1")).isEqualTo("k-1");
    }
}
