package dev.leadkit.core.internal.databind.elsewhere;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.leadkit.core.internal.databind.ModelDeserializer;
import dev.leadkit.core.internal.databind.ModelSerializer;

/** A model whose builder class is package-private, so no other package can call its methods by reflection. */
@JsonSerialize(using = ModelSerializer.class)
@JsonDeserialize(using = ModelDeserializer.class)
public abstract class Unreachable {

    public abstract String id();

    public static Builder builder() {
        return new Builder();
    }

    static final class Builder {
        private String id;

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Unreachable build() {
            String built = id;
            return new Unreachable() {
                @Override
                public String id() {
                    return built;
                }
            };
        }
    }
}
