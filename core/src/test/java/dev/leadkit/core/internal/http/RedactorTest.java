package dev.leadkit.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class RedactorTest {

    private static final String KEY = "12|abcDEF0123456789secret";
    private final Redactor redactor = new Redactor(KEY);

    private static String printed(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    @Test
    void masksTheKeyAndASanctumTokensSecretPartEchoedAlone() {
        assertThat(redactor.redact("Bearer " + KEY + " refused")).isEqualTo("Bearer **** refused");
        assertThat(redactor.redact("token abcDEF0123456789secret refused")).isEqualTo("token **** refused");
        assertThat(redactor.redact((String) null)).isNull();
    }

    @Test
    void masksTheKeyEchoedPercentEncodedInEitherCaseOfHex() {
        assertThat(redactor.redact("token=12%7CabcDEF0123456789secret")).isEqualTo("token=****");
        assertThat(redactor.redact("token=12%7cabcDEF0123456789secret")).isEqualTo("token=****");
        assertThat(new Redactor("a+b/c=dEfGhIjK").redact("key=a%2Bb%2Fc%3DdEfGhIjK, key=a%2bb%2fc%3ddEfGhIjK"))
                .isEqualTo("key=****, key=****");
    }

    @Test
    void masksTheKeyEchoedJsonEscapedAsPhpWritesSlashes() {
        assertThat(new Redactor("12|ab/cd+ef/GHIJ").redact("{\"token\":\"12|ab\\/cd+ef\\/GHIJ\"}"))
                .isEqualTo("{\"token\":\"****\"}");
        assertThat(new Redactor("12|ab/cd+ef/GHIJ").redact("{\"secret\":\"ab\\/cd+ef\\/GHIJ\"}"))
                .isEqualTo("{\"secret\":\"****\"}");
    }

    @Test
    void aShortPartAfterTheBarIsNotMaskedOnItsOwn() {
        assertThat(new Redactor("key|abc").redact("abc and key|abc")).isEqualTo("abc and ****");
    }

    @Test
    void failureWhoseTextHoldsNoKeyIsKeptAsItIs() {
        IOException failure = new IOException("Unexpected end of stream");

        assertThat(redactor.redactFailure(failure)).isSameAs(failure);
    }

    @Test
    void failureChainHoldingTheKeyIsCopiedWithTheKeyMaskedAndItsClassNamesAndFramesKept() {
        IllegalStateException root = new IllegalStateException("Text '" + KEY + "' could not be parsed");
        RuntimeException failure = new RuntimeException("field 'createdAt' is not a timestamp: \"" + KEY + "\"", root);

        Throwable redacted = redactor.redactFailure(failure);

        assertThat(printed(redacted)).doesNotContain("abcDEF0123456789secret")
                .contains("java.lang.RuntimeException: field 'createdAt' is not a timestamp: \"****\"")
                .contains("Caused by: java.lang.IllegalStateException: Text '****' could not be parsed");
        assertThat(redacted.getStackTrace()).isEqualTo(failure.getStackTrace());
        assertThat(redacted.getCause().getStackTrace()).isEqualTo(root.getStackTrace());
    }

    /** A failure whose {@code getCause()} is itself, as a careless subclass may write it. */
    private static final class SelfCaused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SelfCaused(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable getCause() {
            return this;
        }
    }

    @Test
    void anEmptyKeyMasksNothing() {
        assertThat(new Redactor("").redact("any text")).isEqualTo("any text");
    }

    @Test
    void theSecretPartOfATokenStartingWithTheBarIsMaskedAlone() {
        assertThat(new Redactor("|abcdefgh").redact("secret abcdefgh")).isEqualTo("secret ****");
    }

    @Test
    void aSecretPartOfExactlyEightCharactersIsMaskedAlone() {
        assertThat(new Redactor("1|abcdefgh").redact("secret abcdefgh")).isEqualTo("secret ****");
    }

    @Test
    void aSecretPartOfSevenCharactersIsNotMaskedAlone() {
        assertThat(new Redactor("1|abcdefg").redact("secret abcdefg, key 1|abcdefg")).isEqualTo("secret abcdefg, key ****");
    }

    @Test
    void aKeyWithoutABarIsMaskedWhole() {
        assertThat(new Redactor("abcdefghijkl").redact("a abcdefghijkl b")).isEqualTo("a **** b");
    }

    @Test
    void eachFormOfTheKeyIsMaskedOnceEvenWhenTheFormsCoincide() {
        // every form of "**" is "**": masked once it reads "****", not the mask masked again
        assertThat(new Redactor("**").redact("key=**")).isEqualTo("key=****");
    }

    @Test
    void aKeyEchoedOnlyInTheCauseIsMaskedThere() {
        RuntimeException failure = new RuntimeException("decoding failed", new IllegalStateException("bad token " + KEY));

        Throwable redacted = redactor.redactFailure(failure);

        assertThat(redacted).isNotSameAs(failure);
        assertThat(redacted.getCause()).hasMessage("bad token ****");
    }

    @Test
    void aFailureWithoutAMessageWhoseCauseHoldsTheKeyPrintsAsItsClassName() {
        RuntimeException failure = new RuntimeException(null, new IllegalStateException("bad token " + KEY));

        Throwable redacted = redactor.redactFailure(failure);

        assertThat(redacted.getMessage()).isNull();
        assertThat(redacted).hasToString("java.lang.RuntimeException");
        assertThat(redacted.getCause()).hasToString("java.lang.IllegalStateException: bad token ****");
    }

    @Test
    void noFailureRedactsToNone() {
        assertThat(redactor.redactFailure(null)).isNull();
    }

    @Test
    void aFailureThatIsItsOwnCauseIsMaskedWithoutLoopingForEver() {
        Throwable redacted = redactor.redactFailure(new SelfCaused("token " + KEY));

        assertThat(redacted).hasMessage("token ****").hasNoCause();
        assertThat(redacted.toString()).isEqualTo(SelfCaused.class.getName() + ": token ****");
    }

    @Test
    void aFailureThatIsItsOwnCauseAndHoldsNoKeyIsKept() {
        SelfCaused failure = new SelfCaused("nothing secret");

        assertThat(redactor.redactFailure(failure)).isSameAs(failure);
    }
}
