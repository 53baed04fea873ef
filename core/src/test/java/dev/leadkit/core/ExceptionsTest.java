package dev.leadkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.core.internal.FailedPages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExceptionsTest {

    private static final ApiError FULL = ApiError.builder()
            .statusCode(422)
            .request("GET /api/user/leads")
            .message("The given data was invalid.")
            .code("INVALID_FILTER")
            .requestId("req_a1b2")
            .putFieldErrors("per_page", List.of("must be 100 or less.", "must be a number."))
            .putFieldErrors("status", List.of("is unknown."))
            .body("{\"message\":\"The given data was invalid.\"}")
            .build();

    private static final ApiError BARE = ApiError.builder().statusCode(500).request("GET /api/leads").build();

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void anApiExceptionsMessageTellsEverythingTheVendorSaid() {
        assertThat(new ApiException(FULL)).hasMessage("GET /api/user/leads failed with HTTP 422: The given data was invalid."
                + " [per_page: must be 100 or less. must be a number.] [status: is unknown.] (code INVALID_FILTER)"
                + " (request id req_a1b2)");
    }

    @Test
    void anApiExceptionWithNothingButTheStatusSaysJustThat() {
        assertThat(new ApiException(BARE)).hasMessage("GET /api/leads failed with HTTP 500");
    }

    @Test
    void anApiExceptionHandsOutWhatTheVendorSaid() {
        ApiException e = new BadRequestException(FULL);

        assertThat(e.error()).isSameAs(FULL);
        assertThat(e.statusCode()).isEqualTo(422);
        assertThat(e.errorCode()).hasValue("INVALID_FILTER");
        assertThat(e.vendorMessage()).hasValue("The given data was invalid.");
        assertThat(e.requestId()).hasValue("req_a1b2");
        assertThat(e.fieldErrors()).containsOnlyKeys("per_page", "status");
        assertThat(e.body()).isEqualTo("{\"message\":\"The given data was invalid.\"}");
    }

    @Test
    void anErrorWithoutABodyHasAnEmptyOne() {
        assertThat(BARE.body()).isEmpty();
        assertThat(new ServerException(BARE).body()).isEmpty();
        assertThat(BARE.fieldErrors()).isEmpty();
    }

    @Test
    void everyStatusExceptionIsAnApiExceptionWithTheSameMessage() {
        List<ApiException> all = List.of(new BadRequestException(BARE), new AuthenticationException(BARE),
                new PermissionDeniedException(BARE), new NotFoundException(BARE), new RateLimitException(BARE, null),
                new ServerException(BARE));

        assertThat(all).allSatisfy(e -> assertThat(e).hasMessage("GET /api/leads failed with HTTP 500").isInstanceOf(LeadkitException.class));
    }

    @Test
    void aRateLimitTellsTheWaitTheVendorAskedFor() {
        assertThat(new RateLimitException(BARE, Duration.ofSeconds(30)).retryAfter()).hasValue(Duration.ofSeconds(30));
        assertThat(new RateLimitException(BARE, null).retryAfter()).isEmpty();
    }

    @Test
    void aDecodingExceptionShowsTheStartOfTheBody() {
        IllegalStateException cause = new IllegalStateException("x");
        DecodingException e = new DecodingException("GET /leads answered with a body leadkit could not read", "{\"data\":", cause);

        assertThat(e).hasMessage("GET /leads answered with a body leadkit could not read (body starts: {\"data\":)").hasCause(cause);
        assertThat(e.excerpt()).isEqualTo("{\"data\":");
    }

    @Test
    void aConnectionExceptionKeepsItsMessageAndCause() {
        IOException cause = new IOException("reset");

        assertThat(new ConnectionException("GET /leads failed after 4 attempts", cause))
                .hasMessage("GET /leads failed after 4 attempts").hasCause(cause);
        assertThat(new ConnectionException("interrupted")).hasMessage("interrupted").hasNoCause();
    }

    @Test
    void aFailureNotTiedToAPageNamesNone() {
        assertThat(new LeadkitException("x").page()).isEmpty();
        assertThat(new LeadkitException("x", new IOException()).page()).isEmpty();
    }

    @Test
    void theFirstPageMarkedOnAFailureIsTheOneItNames() {
        LeadkitException e = new ConnectionException("x");

        assertThat(FailedPages.mark(e, 3)).isSameAs(e);
        FailedPages.mark(e, 5);

        assertThat(e.page()).hasValue(3);
    }

    @Test
    void markingPageZeroNamesNoPage() {
        LeadkitException e = new ConnectionException("x");
        FailedPages.mark(e, 0);

        assertThat(e.page()).isEmpty();
        FailedPages.mark(e, 1);
        assertThat(e.page()).hasValue(1);
    }

    @Test
    void anApiExceptionSerializesWithEverythingTheVendorSaidAndItsPage() throws Exception {
        RateLimitException e = FailedPages.mark(new RateLimitException(FULL, Duration.ofSeconds(9)), 4);

        RateLimitException read = roundTrip(e);

        assertThat(read.error()).isEqualTo(FULL);
        assertThat(read).hasMessage(e.getMessage());
        assertThat(read.page()).hasValue(4);
        assertThat(read.retryAfter()).hasValue(Duration.ofSeconds(9));
    }

    @Test
    void anApiExceptionWithNothingButTheStatusSerializesToo() throws Exception {
        ApiException read = roundTrip(new NotFoundException(BARE));

        assertThat(read.error()).isEqualTo(BARE);
        assertThat(read.vendorMessage()).isEmpty();
        assertThat(read.errorCode()).isEmpty();
        assertThat(read.requestId()).isEmpty();
        assertThat(read.page()).isEmpty();
    }

    @Test
    void theDefaultSleeperSleepsAndReturns() {
        Sleeper.THREAD_SLEEP.sleep(Duration.ofMillis(1));
    }

    @Test
    void theDefaultSleeperInterruptedFailsAndKeepsTheInterrupt() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> Sleeper.THREAD_SLEEP.sleep(Duration.ofMillis(1)))
                    .isInstanceOf(ConnectionException.class).hasMessage("interrupted while waiting to retry")
                    .hasCauseInstanceOf(InterruptedException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
