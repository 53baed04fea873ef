package dev.leadkit.testkit;

import java.util.List;

/** Offset pagination, as every vendor here does it: page {@code n} of size {@code s} holds items {@code (n-1)s .. ns-1}. */
final class Paging {

    private Paging() {
    }

    /** The items of page {@code page} (from 1); empty past the end. */
    static <T> List<T> slice(List<T> all, int page, int size) {
        long from = (long) (page - 1) * size;
        if (from >= all.size()) {
            return List.of();
        }
        return all.subList((int) from, (int) Math.min(all.size(), from + size));
    }

    /** A positive decimal integer, or -1 for anything else (signs, spaces, decimals, overflow). */
    static long positiveInt(String text) {
        if (text == null || !text.matches("\\d{1,9}")) {
            return -1;
        }
        long value = Long.parseLong(text);
        return value >= 1 ? value : -1;
    }
}
