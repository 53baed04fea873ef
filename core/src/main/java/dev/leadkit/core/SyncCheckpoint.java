package dev.leadkit.core;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a {@link LeadSync} run ended: the vendor, the query and the update time from which the next run reads.
 * Immutable; its text form is compact, versioned and safe to store in a text column or a file:
 *
 * <pre>{@code
 * String text = run.checkpoint().toString();   // leadkit-sync:1:tracking:3f9a0c6e21b7d845:2026-12-06T10:15:02.120Z
 * SyncCheckpoint checkpoint = SyncCheckpoint.parse(text);
 * }</pre>
 *
 * <p>A checkpoint names the platform of the sync that made it and a fingerprint of its query (its filters,
 * not its page size), so that {@link LeadSync#since(SyncCheckpoint)} refuses a checkpoint of another vendor or
 * another query. The watermark is the vendor's update time from which the next run reads, less the sync's
 * overlap; it is empty when the run read no lead that had one (the next run then reads everything again).
 */
public final class SyncCheckpoint {

    /** The version of the text form this class writes. */
    public static final int VERSION = 1;

    private static final String PREFIX = "leadkit-sync";
    private static final Pattern PLATFORM = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{16}");
    private static final String NO_WATERMARK = "-";

    private final String platformId;
    private final String queryFingerprint;
    private final Optional<Instant> watermark;

    private SyncCheckpoint(String platformId, String queryFingerprint, Optional<Instant> watermark) {
        this.platformId = platformId;
        this.queryFingerprint = queryFingerprint;
        this.watermark = watermark;
    }

    /**
     * A checkpoint from its parts. Runs make their own; this is for tools that move checkpoints between stores.
     *
     * @param platformId       the platform's id, as {@link Platform#id()}
     * @param queryFingerprint 16 lower-case hex digits
     * @param watermark        the update time the next run reads from, if any
     * @return the checkpoint
     * @throws IllegalArgumentException if a part is malformed
     */
    public static SyncCheckpoint of(String platformId, String queryFingerprint, Optional<Instant> watermark) {
        Objects.requireNonNull(platformId, "platformId");
        Objects.requireNonNull(queryFingerprint, "queryFingerprint");
        Objects.requireNonNull(watermark, "watermark");
        if (!PLATFORM.matcher(platformId).matches()) {
            throw new IllegalArgumentException("platformId must be lower-case letters, digits and '-', got: "
                    + excerpt(platformId));
        }
        if (!FINGERPRINT.matcher(queryFingerprint).matches()) {
            throw new IllegalArgumentException("queryFingerprint must be 16 lower-case hex digits, got: "
                    + excerpt(queryFingerprint));
        }
        return new SyncCheckpoint(platformId, queryFingerprint, watermark);
    }

    /**
     * Reads a checkpoint from the text {@link #toString()} wrote.
     *
     * @param text a checkpoint's text form
     * @return the checkpoint
     * @throws IllegalArgumentException if {@code text} is not a checkpoint, or one of a version this leadkit
     *                                  does not read
     * @throws NullPointerException     if {@code text} is null
     */
    public static SyncCheckpoint parse(String text) {
        Objects.requireNonNull(text, "text");
        String[] parts = text.strip().split(":", 5);
        if (parts.length != 5 || !parts[0].equals(PREFIX)) {
            throw new IllegalArgumentException("not a sync checkpoint (expected " + PREFIX
                    + ":VERSION:PLATFORM:QUERY:WATERMARK): " + excerpt(text));
        }
        if (!parts[1].equals(Integer.toString(VERSION))) {
            throw new IllegalArgumentException("sync checkpoint version " + excerpt(parts[1])
                    + " is not one this leadkit reads (it reads version " + VERSION + ")");
        }
        Optional<Instant> watermark;
        if (parts[4].equals(NO_WATERMARK)) {
            watermark = Optional.empty();
        } else {
            try {
                watermark = Optional.of(Instant.parse(parts[4]));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("sync checkpoint watermark is not an ISO-8601 instant: "
                        + excerpt(parts[4]), e);
            }
        }
        return of(parts[2], parts[3], watermark);
    }

    private static String excerpt(String text) {
        return text.length() <= 80 ? '"' + text + '"' : '"' + text.substring(0, 80) + "\"...";
    }

    /** {@return the id of the platform whose sync made this checkpoint, e.g. {@code tracking}} */
    public String platformId() {
        return platformId;
    }

    /** {@return the fingerprint of the query the sync read: 16 hex digits} */
    public String queryFingerprint() {
        return queryFingerprint;
    }

    /** {@return the vendor's update time the next run reads from, empty when the next run reads everything} */
    public Optional<Instant> watermark() {
        return watermark;
    }

    /** {@return the text form, {@code leadkit-sync:1:PLATFORM:QUERY:WATERMARK}, which {@link #parse} reads} */
    @Override
    public String toString() {
        return PREFIX + ':' + VERSION + ':' + platformId + ':' + queryFingerprint + ':'
                + watermark.map(Instant::toString).orElse(NO_WATERMARK);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SyncCheckpoint other && platformId.equals(other.platformId)
                && queryFingerprint.equals(other.queryFingerprint) && watermark.equals(other.watermark);
    }

    @Override
    public int hashCode() {
        return Objects.hash(platformId, queryFingerprint, watermark);
    }
}
