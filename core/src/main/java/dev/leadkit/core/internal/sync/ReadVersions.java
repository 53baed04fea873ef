package dev.leadkit.core.internal.sync;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The leads a sync run has seen, each by a 64-bit hash of its id with the update time it was seen at (in
 * epoch milliseconds, {@link Long#MIN_VALUE} when it had none): sixteen bytes a lead in two open-addressed
 * arrays, so that a run over a million leads holds about 32 MiB rather than a map of strings. Two ids whose
 * hashes collide count as one: a read then seems one lead short, which costs a read again, never a lead.
 * Not thread-safe: a run is read from one thread.
 */
final class ReadVersions {

    private static final long EMPTY = 0L;
    private static final long SUBSTITUTE_FOR_EMPTY = 0x9E3779B97F4A7C15L;

    private long[] keys = new long[64];
    private long[] versions = new long[64];
    private int size;

    /** {@return how many distinct ids are held} */
    int size() {
        return size;
    }

    /** What {@link #put} found. */
    enum Seen {
        /** The id was not held. */
        NEW,
        /** The id was held at an older version. */
        NEWER,
        /** The id was held at this version or a newer one. */
        AGAIN
    }

    /**
     * Records {@code id} at {@code version} unless it is held at that version or a newer one.
     *
     * @param id      the lead's id
     * @param version its update time in epoch milliseconds, or {@link Long#MIN_VALUE}
     * @return whether the lead was new to this set, newer than what it held, or held already (a lead without
     *         an update time is new once, then held)
     */
    Seen put(String id, long version) {
        long key = hash(id);
        int slot = slot(key);
        if (keys[slot] == key) {
            if (versions[slot] >= version) {
                return Seen.AGAIN;
            }
            versions[slot] = version;
            return Seen.NEWER;
        }
        keys[slot] = key;
        versions[slot] = version;
        if (++size * 2 > keys.length) {
            grow();
        }
        return Seen.NEW;
    }

    /**
     * Records {@code id} at {@code version} unless it is held at that version or a newer one.
     *
     * @param id      the lead's id
     * @param version its update time in epoch milliseconds, or {@link Long#MIN_VALUE}
     * @return whether the lead is new to this set or newer than what it held
     */
    boolean putIfNewer(String id, long version) {
        return put(id, version) != Seen.AGAIN;
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int slot = (int) (key ^ (key >>> 32)) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldVersions = versions;
        keys = new long[oldKeys.length * 2];
        versions = new long[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int slot = slot(oldKeys[i]);
                keys[slot] = oldKeys[i];
                versions[slot] = oldVersions[i];
            }
        }
    }

    /** Forgets every id. */
    void clear() {
        Arrays.fill(keys, EMPTY);
        size = 0;
    }

    /** FNV-1a over the id's UTF-8 bytes, then a final mix; never {@link #EMPTY}. */
    static long hash(String id) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        return hash == EMPTY ? SUBSTITUTE_FOR_EMPTY : hash;
    }
}
