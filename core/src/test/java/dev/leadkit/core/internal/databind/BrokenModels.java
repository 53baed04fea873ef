package dev.leadkit.core.internal.databind;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

/** Model types that a dialect must not write: each breaks one thing the schema relies on. */
final class BrokenModels {

    private BrokenModels() {
    }

    /** No static builder(). */
    @JsonSerialize(using = ModelSerializer.class)
    @JsonDeserialize(using = ModelDeserializer.class)
    public abstract static class NoBuilder {
        public abstract String id();
    }

    static final class NoBuilderImpl extends NoBuilder {
        @Override
        public String id() {
            return "x";
        }
    }

    /** A builder without a setter for one attribute. */
    @JsonSerialize(using = ModelSerializer.class)
    @JsonDeserialize(using = ModelDeserializer.class)
    public abstract static class NoSetter {
        public abstract String id();

        public abstract int count();

        public static Builder builder() {
            return new Builder();
        }

        public static final class Builder {
            public Builder id(String id) {
                return this;
            }

            public Builder count(String count) {
                return this;
            }

            public NoSetter build() {
                return null;
            }
        }
    }

    /** An accessor that fails. */
    @JsonSerialize(using = ModelSerializer.class)
    @JsonDeserialize(using = ModelDeserializer.class)
    public abstract static class Failing {
        public abstract String id();

        public static Builder builder() {
            return new Builder();
        }

        public static final class Builder {
            public Builder id(String id) {
                return this;
            }

            public Failing build() {
                throw new IllegalStateException("never built");
            }
        }
    }

    static final class FailingImpl extends Failing {
        @Override
        public String id() {
            throw new IllegalStateException("the id cannot be read");
        }
    }
}
