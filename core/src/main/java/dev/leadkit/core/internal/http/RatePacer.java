package dev.leadkit.core.internal.http;

import dev.leadkit.core.ConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import okhttp3.Headers;

/**
 * The rate limit of one client, shared by everything it sends (every listing, every prefetching worker,
 * {@code pageAsync}): what the vendor says of its window and what the client's own {@code rateLimit} allows.
 * Before each attempt a request takes a turn, or is told how long to wait; after it, the answer's headers
 * are read, success or not.
 *
 * <ul>
 *   <li>{@code X-RateLimit-Limit} and {@code X-RateLimit-Remaining} (Laravel's throttle sends them on every
 *       answer) count the window down: the requests sent since an answer are taken off what it said remains,
 *       so concurrent requests never overshoot what the vendor allows; as answers arrive in any order, only
 *       the probe's (below) may say that more remain than counted. When none remain and the window's reset
 *       is not known, one request (the probe) goes to learn it (the vendor's 429 says when it resets), once
 *       every request in flight is answered (their answers may say it first, and a request sent before
 *       them may reach the vendor after them); the others wait for the probe's answer, on a condition every
 *       answer signals, so at most one request a window meets a 429.
 *   <li>A 429 holds every request until the window it met closes, as {@link #closeOf} reckons it, and at least
 *       the backoff a failed attempt would wait, whatever the vendor says (a {@code Retry-After: 0} resent at
 *       once would be a storm); after the hold, a window as large as the vendor's limit is assumed.
 *   <li>Until the first answer, one request at a time: the client learns whether the vendor sends these
 *       headers before it sends many requests at once.
 *   <li>A vendor that sends none is paced by its 429s alone: each holds every request for its wait, and
 *       nothing is counted (the client's own limit is the way to stay under such a vendor's budget). So is
 *       one whose successful answers carry no {@code X-RateLimit-Remaining}, whatever its 429s carry.
 *   <li>The client's own limit, {@code rateLimit(n, per)}: at most n requests in any span of {@code per}.
 * </ul>
 * Thread-safe. It never sleeps itself: it says how long, and the transport waits, so that a closed listing
 * or client wakes at once; only a wait for another request's answer blocks here, and a closed listing wakes
 * it through {@link #wake()}.
 */
final class RatePacer {

    private static final long UNKNOWN = -1;
    /** {@code X-RateLimit-Reset} above this is an epoch second; below, seconds from now. */
    private static final long EPOCH_SECONDS_FROM = 1_000_000_000L;
    private static final Duration SECOND = Duration.ofSeconds(1);

    /**
     * A wait a request must make, until a moment, before it asks for a turn again.
     *
     * @param duration how long, from the time the turn was asked for
     * @param until    the instant the wait ends, to pass back to the next {@link #turn}
     * @param reason   why, for the listener
     */
    record Wait(Duration duration, Instant until, String reason) {
    }

    /**
     * A wait for another request's answer (the first request's, the probe's of a spent window): it ends when
     * any answer of the client is read or given back, whenever that is.
     *
     * @param answersSeen how many answers were settled when the turn was refused
     * @param reason      why, for the listener
     */
    record AnswerWait(long answersSeen, String reason) {
    }

    /**
     * A turn asked for: a wait to make first, or leave to send. A turn that went is settled once, by its
     * answer or by the lack of one; whichever of {@link #answered} and {@link #unanswered} comes later is a
     * no-op, so that a failure after the answer was read (a body cut short) does not count the request twice.
     */
    static final class Turn {

        private final Optional<Wait> pause;
        private final Optional<AnswerWait> answerWait;
        private final boolean probe;
        private final Instant sentAt;
        private boolean settled;

        private Turn(Optional<Wait> pause, Optional<AnswerWait> answerWait, boolean probe, Instant sentAt) {
            this.pause = pause;
            this.answerWait = answerWait;
            this.probe = probe;
            this.sentAt = sentAt;
            this.settled = pause.isPresent() || answerWait.isPresent(); // nothing was sent on a refused turn
        }

        /** {@return the wait until a moment to make before asking again; empty when the request may go now} */
        Optional<Wait> pause() {
            return pause;
        }

        /** {@return the wait for another request's answer to make before asking again} */
        Optional<AnswerWait> answerWait() {
            return answerWait;
        }

        /** {@return whether the turn lets the request go now} */
        boolean goes() {
            return pause.isEmpty() && answerWait.isEmpty();
        }

        /** {@return whether the request that goes is the probe of a spent window} */
        boolean probe() {
            return probe;
        }
    }

    /**
     * One request's 429s in a row, across its attempts: the pacer counts them, and a request of the client
     * admitted in between starts the count again.
     */
    static final class Streak {

        private int throttled;
        private long admittedAtLast = -1;

        private Streak() {
        }
    }

    private final Clock clock;
    private final Optional<RateLimit> own;
    private final Duration longestHold;
    private final Deque<Instant> ownSends = new ArrayDeque<>();
    private boolean answered;
    private boolean vendorSendsHeaders;
    private long vendorLimit = UNKNOWN;
    private long remaining = UNKNOWN;
    private Instant heldUntil = Instant.MIN;
    private String holdReason = "";
    private int inFlight;
    private long admitted;
    private long answersSettled;
    /**
     * The client's last request the vendor counted first in its window (its answer said one less than the limit
     * remains), so the one that opened the window; null until there is one.
     */
    private Turn windowOpener;
    /** How long the opener's answer took to come. */
    private Duration openerRoundTrip = Duration.ZERO;

    /**
     * @param clock       the client's clock
     * @param own         the client's own limit, if any
     * @param longestHold the longest hold the client waits out ({@code maxRetryWait}): a vendor's reset later
     *                    than that holds no request, so that each fails at once on its own 429
     */
    RatePacer(Clock clock, Optional<RateLimit> own, Duration longestHold) {
        this.clock = clock;
        this.own = own;
        this.longestHold = longestHold;
    }

    /**
     * Takes a turn to send one attempt, or says what to wait for first; the caller waits, then asks again,
     * passing the end of the wait it made. Time is the later of the clock and that end, so a request that has
     * waited is past what it waited for even when waiting took no time on the clock (a test's sleeper, a
     * fixed clock), and a request is never counted as sent earlier than the clock says.
     *
     * @param waited the end of the last wait this request made; {@link Instant#MIN} at first
     * @return leave to send (the request is counted as sent, and the turn says whether it is the probe), or
     *         the wait
     */
    synchronized Turn turn(Instant waited) {
        Instant clockNow = clock.instant();
        Instant now = waited.isAfter(clockNow) ? waited : clockNow;
        if (now.isBefore(heldUntil)) {
            return wait(now, heldUntil, holdReason);
        }
        if (!heldUntil.equals(Instant.MIN)) {
            heldUntil = Instant.MIN; // the hold is over: a new window
            remaining = vendorLimit;
        }
        boolean probe = false;
        if (!answered || (vendorSendsHeaders && (remaining == 0 || remaining == UNKNOWN))) {
            if (inFlight > 0) { // the probe, or requests whose answers will say what remains
                return new Turn(Optional.empty(), Optional.of(new AnswerWait(answersSettled, answered
                        ? "the vendor's window is spent; another request is learning when it resets"
                        : "the first request is learning the vendor's rate limit")), false, now);
            }
            probe = true;
        }
        if (own.isPresent()) {
            RateLimit limit = own.get();
            while (!ownSends.isEmpty() && !ownSends.peekFirst().plus(limit.per()).isAfter(now)) {
                ownSends.removeFirst();
            }
            if (ownSends.size() >= limit.requests()) {
                return wait(now, ownSends.peekFirst().plus(limit.per()), "the client's own rate limit of " + limit);
            }
            ownSends.addLast(now);
        }
        if (remaining > 0) {
            remaining--;
        }
        inFlight++;
        return new Turn(Optional.empty(), Optional.empty(), probe, now);
    }

    private static Turn wait(Instant now, Instant until, String reason) {
        return new Turn(Optional.of(new Wait(Duration.between(now, until), until, reason)), Optional.empty(), false, now);
    }

    /**
     * Waits, with no time limit, until an answer of the client's is read or given back after the turn that
     * said to wait for one, or until {@code stop} says to stop (checked again at every {@link #wake()}).
     *
     * @param wait the wait a turn said to make
     * @param stop whether to stop waiting (the request's listing was closed)
     * @throws ConnectionException if the thread was interrupted while waiting
     */
    synchronized void await(AnswerWait wait, BooleanSupplier stop) {
        while (answersSettled == wait.answersSeen() && !stop.getAsBoolean()) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ConnectionException("interrupted while waiting to send a request", e);
            }
        }
    }

    /** Wakes every request waiting in {@link #await}, to look at what it waits for again. */
    synchronized void wake() {
        notifyAll();
    }

    /**
     * Reads an answer's rate-limit headers.
     *
     * @param headers the answer's headers
     * @param status  its status
     * @param turn    the turn it was sent on
     */
    synchronized void answered(Headers headers, int status, Turn turn) {
        if (settle(turn)) {
            read(headers, status, turn, true);
        }
    }

    /** {@return a new request's count of 429s in a row, at none} */
    Streak streak() {
        return new Streak();
    }

    /**
     * {@return the 429s the request has met in a row, with no request of the client admitted since the last}
     *
     * @param streak the request's count
     */
    synchronized int throttledInARow(Streak streak) {
        return streak.admittedAtLast == admitted ? streak.throttled : 0;
    }

    /**
     * Reads a 429's rate-limit headers and holds every request until {@code until}, at once: no other request
     * may probe between the two. The request's count of 429s in a row goes up by one, or starts again at one
     * when a request of the client was admitted since its last.
     *
     * @param headers the 429's headers
     * @param turn    the turn it was sent on
     * @param until   when requests may go again
     * @param reason  what to tell the listener
     * @param streak  the request's count of 429s in a row
     */
    synchronized void throttled(Headers headers, Turn turn, Instant until, String reason, Streak streak) {
        if (settle(turn)) {
            read(headers, 429, turn, false); // held until the wait the transport chose, not a later raw reset
        }
        streak.throttled = throttledInARow(streak) + 1;
        streak.admittedAtLast = admitted;
        hold(until, reason);
    }

    private boolean settle(Turn turn) {
        if (turn.settled) {
            return false;
        }
        turn.settled = true;
        inFlight--;
        answersSettled++;
        notifyAll();
        return true;
    }

    private void read(Headers headers, int status, Turn turn, boolean holdOnReset) {
        answered = true;
        if (status >= 200 && status < 300) {
            admitted++;
        }
        OptionalLong limit = number(headers, "X-RateLimit-Limit");
        OptionalLong left = number(headers, "X-RateLimit-Remaining");
        if (status >= 200 && status < 300 && limit.isPresent() && left.isPresent()
                && left.getAsLong() == limit.getAsLong() - 1) {
            windowOpener = turn; // the first the vendor counted in its window: the window opened when it came
            openerRoundTrip = Duration.between(turn.sentAt, clock.instant());
        }
        limit.ifPresent(value -> vendorLimit = value);
        if (status == 429) {
            remaining = 0;
        } else if (left.isPresent()) {
            vendorSendsHeaders = true; // it counts its window down on the answers it admits
            long counted = Math.max(0, left.getAsLong() - inFlight);
            // answers arrive in any order: only the probe's, or the first of a window, may say more remain
            remaining = turn.probe() || remaining == UNKNOWN ? counted : Math.min(remaining, counted);
        } else if (status >= 200 && status < 300) {
            vendorSendsHeaders = false; // an admitted answer without a count: nothing to count down by
            remaining = UNKNOWN;
        }
        if (remaining == 0 && holdOnReset) {
            reset(headers).ifPresent(at -> hold(at, "the vendor's window is spent until it resets"));
        }
    }

    /** {@return how many of the client's requests the vendor has answered successfully} */
    synchronized long admitted() {
        return admitted;
    }

    /**
     * A request that got no answer (a connection failure), or was not sent: it is no longer in flight, and if
     * it was the probe, another may probe. What it took of the window stays taken, as the vendor may have
     * counted it.
     *
     * @param turn the turn it was sent on
     */
    synchronized void unanswered(Turn turn) {
        settle(turn);
    }

    /**
     * Holds every request of the client until {@code until}: a 429's wait.
     *
     * @param until  when requests may go again
     * @param reason what to tell the listener
     */
    private void hold(Instant until, String reason) {
        remaining = 0;
        Instant now = clock.instant();
        if (!until.isAfter(now)) {
            return; // over already: a later window may have begun, and is not to be taken for a fresh one
        }
        if (Duration.between(now, until).compareTo(longestHold.plus(SECOND)) >= 0) {
            // longer than the client waits (give or take the second a Laravel reset may be early by): each
            // request meets its own 429 and fails at once
            return;
        }
        if (until.isAfter(heldUntil)) {
            heldUntil = until;
            holdReason = reason;
        }
    }

    /**
     * When the window a 429 met closes, and so when requests may go again, at the earliest {@code now} plus
     * {@code backoff}.
     *
     * <p>A vendor whose {@code X-RateLimit-Reset} agrees with its {@code Retry-After} is taken for Laravel:
     * its window opens at the first request after the last one closed and lasts a whole number of seconds, and
     * its reset is the whole second the window opened in plus that, so the window closes within the second
     * after the reset. When the client sent the request that opened the window (its answer said one less than
     * the limit remains), the window closes a whole number of seconds after that request reached the vendor,
     * which was within its round trip of when it was sent: the pacer waits until then, kept within that second,
     * and the client's next request opens the next window. Without such a request to go by, it waits until the
     * second is over. Any other vendor is held until {@link #resetOf}.
     *
     * @param headers    the 429's headers
     * @param retryAfter its {@code Retry-After}, when it has one
     * @param now        when it was read
     * @param backoff    the least wait: what the request's next retry would wait after a failure
     * @return when requests may go again, when the answer says
     */
    synchronized Optional<Instant> closeOf(Headers headers, Optional<Duration> retryAfter, Instant now, Duration backoff) {
        Optional<Instant> reset = reset(headers);
        boolean laravel = reset.isPresent() && (retryAfter.isEmpty() || agrees(reset.get(), now.plus(retryAfter.get())));
        if (!laravel) {
            return resetOf(headers, retryAfter, now).map(at -> atLeast(at, now.plus(backoff)));
        }
        Instant earliest = reset.get();
        Instant latest = earliest.plus(SECOND);
        Instant close = latest;
        if (windowOpener != null && windowOpener.sentAt.isBefore(earliest)) {
            Duration sinceOpener = Duration.between(windowOpener.sentAt, earliest);
            long window = sinceOpener.getSeconds() + (sinceOpener.getNano() > 0 ? 1 : 0);
            Instant reckoned = windowOpener.sentAt.plusSeconds(window).plus(openerRoundTrip);
            close = reckoned.isBefore(earliest) ? earliest : reckoned.isAfter(latest) ? latest : reckoned;
        }
        return Optional.of(atLeast(close, now.plus(backoff)));
    }

    /**
     * Whether a reset epoch second agrees with a {@code Retry-After} counted from now, as Laravel's two do: the
     * vendor computes both from the same whole second, so the reset lies within the second before the
     * {@code Retry-After} ends, by the vendor's clock when it answered. The answer is read later than that (a
     * busy machine, a slow network), so a second more is allowed on either side; a reset further off is another
     * clock's, or another window's.
     */
    private static boolean agrees(Instant reset, Instant retryAfterEnds) {
        return !reset.isAfter(retryAfterEnds.plus(SECOND)) && reset.isAfter(retryAfterEnds.minus(SECOND.multipliedBy(2)));
    }

    private static Instant atLeast(Instant at, Instant earliest) {
        return at.isBefore(earliest) ? earliest : at;
    }

    /**
     * When a 429 says the window resets: its exact {@code X-RateLimit-Reset} when that lies between now and
     * {@code now + retryAfter} (Retry-After is whole seconds, so never early), else {@code now + retryAfter}.
     *
     * @param headers    the 429's headers
     * @param retryAfter its {@code Retry-After}, when it has one
     * @return when requests may go again, when the answer says
     */
    Optional<Instant> resetOf(Headers headers, Optional<Duration> retryAfter, Instant now) {
        Optional<Instant> exact = reset(headers).filter(at -> !at.isBefore(now));
        if (retryAfter.isEmpty()) {
            return exact;
        }
        Instant coarse = now.plus(retryAfter.get());
        return Optional.of(exact.filter(at -> !at.isAfter(coarse)).orElse(coarse));
    }

    private Optional<Instant> reset(Headers headers) {
        OptionalLong value = number(headers, "X-RateLimit-Reset");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        long seconds = value.getAsLong();
        Instant now = clock.instant();
        Instant latest = now.plus(RetryPolicy.LONGEST_WAIT);
        if (seconds < EPOCH_SECONDS_FROM) {
            return Optional.of(now.plus(RetryPolicy.atMostLongest(Duration.ofSeconds(seconds))));
        }
        return Optional.of(seconds > latest.getEpochSecond() ? latest : Instant.ofEpochSecond(seconds));
    }

    /** A non-negative integer header; absent when missing or unreadable. */
    private static OptionalLong number(Headers headers, String name) {
        String value = headers.get(name);
        if (value == null || !value.strip().matches("\\d+")) {
            return OptionalLong.empty();
        }
        String digits = value.strip();
        return OptionalLong.of(digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits)); // too many: far off
    }
}
