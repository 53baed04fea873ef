package dev.leadkit.spring.boot;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Boot's failure analysis of a {@code leadkit.*} property that leadkit cannot use: the report printed when the
 * application does not start names the property and what it allows. It shows no property's value, so never a key.
 */
public final class InvalidLeadkitPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidLeadkitPropertyException> {

    /** Made by Boot, from {@code META-INF/spring.factories}. */
    public InvalidLeadkitPropertyFailureAnalyzer() {
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidLeadkitPropertyException cause) {
        return new FailureAnalysis(
                "The leadkit property '" + cause.property() + "' cannot be used: " + cause.reason(),
                "Correct '" + cause.property() + "' in the application's properties or environment.",
                cause);
    }
}
