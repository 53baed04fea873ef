package dev.leadkit.core.internal.databind;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Objects;
import java.util.Optional;

/**
 * A model written by hand, without Immutables: no generated class tells the attributes' order, so they sort by
 * name. Its build() checks as a model's does.
 */
@JsonSerialize(using = ModelSerializer.class)
@JsonDeserialize(using = ModelDeserializer.class)
public abstract class HandMadeModel {

    public abstract String zeta();

    public abstract int alpha();

    public abstract Optional<String> mid();

    /** A primitive attribute whose setter takes the boxed type. */
    public abstract long total();

    /** Another one. */
    public abstract boolean active();

    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link HandMadeModel}s. */
    public static final class Builder {
        private String zeta;
        private int alpha;
        private Optional<String> mid = Optional.empty();
        private long total;
        private boolean active;

        public Builder zeta(String zeta) {
            this.zeta = zeta;
            return this;
        }

        public Builder alpha(int alpha) {
            this.alpha = alpha;
            return this;
        }

        public Builder mid(Optional<String> mid) {
            this.mid = mid;
            return this;
        }

        public Builder total(Long total) {
            this.total = total;
            return this;
        }

        public Builder active(Boolean active) {
            this.active = active;
            return this;
        }

        /** An overload the schema must not take for the attribute's setter. */
        public Builder mid(String mid) {
            return mid(Optional.of(mid));
        }

        public HandMadeModel build() {
            return new Made(Objects.requireNonNull(zeta, "zeta"), alpha, mid, total, active);
        }
    }

    static final class Made extends HandMadeModel {
        private final String zeta;
        private final int alpha;
        private final Optional<String> mid;
        private final long total;
        private final boolean active;

        Made(String zeta, int alpha, Optional<String> mid, long total, boolean active) {
            this.zeta = zeta;
            this.alpha = alpha;
            this.mid = mid;
            this.total = total;
            this.active = active;
        }

        @Override
        public long total() {
            return total;
        }

        @Override
        public boolean active() {
            return active;
        }

        @Override
        public String zeta() {
            return zeta;
        }

        @Override
        public int alpha() {
            return alpha;
        }

        @Override
        public Optional<String> mid() {
            return mid;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Made && ((Made) o).zeta.equals(zeta) && ((Made) o).alpha == alpha && ((Made) o).mid.equals(mid)
                    && ((Made) o).total == total && ((Made) o).active == active;
        }

        @Override
        public int hashCode() {
            return Objects.hash(zeta, alpha, mid, total, active);
        }
    }
}
