package dev.leadkit.testkit;

import static dev.leadkit.testkit.JacksonRoundTripTest.JACKSON3;
import static dev.leadkit.testkit.JacksonRoundTripTest.PLAIN;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.leadkit.autocalls.AutocallsLead;
import dev.leadkit.tracking.TrackingLead;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * A lead read back from a queue its reader does not fully trust: whatever the JSON holds, Jackson 2 and Jackson 3
 * fail with their own exceptions, never a {@code StackOverflowError}, a raw {@code NumberFormatException}, a hang
 * or unbounded memory.
 */
class HostileLeadJsonTest {

    private static final String AUTOCALLS = "{\"platform\":\"autocalls\",\"id\":\"1\",\"phoneNumber\":\"+1234567890\","
            + "\"statusValue\":\"created\",\"variables\":{\"x\":%s}}";
    private static final String TRACKING = "{\"platform\":\"tracking\",\"id\":\"lead_1\",\"statusValue\":\"won\",\"value\":%s}";

    private static void assertRefusedAsMappingErrors(String json, Class<?> type) {
        assertThatThrownBy(() -> PLAIN.readValue(json, type)).isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> JACKSON3.readValue(json, type)).isInstanceOf(DatabindException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e2147483648", "-1e-2147483649", "[1, 2.5e2147483648]", "{\"y\":-1e-2147483649}"})
    void aNumberNoDecimalHoldsInAVariableIsAMappingError(String number) {
        assertRefusedAsMappingErrors(AUTOCALLS.formatted(number), AutocallsLead.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e2147483648", "-1e-2147483649", "\"1e2147483648\"", "\"-1e-2147483649\"", "\"12x\""})
    void aValueNoDecimalHoldsIsAMappingError(String value) {
        assertRefusedAsMappingErrors(TRACKING.formatted(value), TrackingLead.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {201, 400})
    void variablesNestedDeeperThanTheVendorDecodersBoundAreAMappingError(int depth) {
        assertRefusedAsMappingErrors(AUTOCALLS.formatted("[".repeat(depth) + "]".repeat(depth)), AutocallsLead.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {10_000, 1_000_000})
    void variablesNestedFarDeeperFailWithJacksonsOwnExceptionNotAStackOverflow(int depth) {
        String json = AUTOCALLS.formatted("[".repeat(depth) + "]".repeat(depth));

        assertThatThrownBy(() -> PLAIN.readValue(json, AutocallsLead.class)).isInstanceOf(JsonProcessingException.class);
        assertThatThrownBy(() -> JACKSON3.readValue(json, AutocallsLead.class)).isInstanceOf(JacksonException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {1_000_001})
    void aStringLongerThanTheVendorDecodersBoundIsAMappingError(int length) {
        assertRefusedAsMappingErrors(AUTOCALLS.formatted("\"" + "x".repeat(length) + "\""), AutocallsLead.class);
    }
}
