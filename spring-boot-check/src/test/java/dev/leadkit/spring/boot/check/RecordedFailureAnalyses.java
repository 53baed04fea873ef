package dev.leadkit.spring.boot.check;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;

/**
 * A failure analysis reporter beside Boot's own, found by Boot in this module's {@code META-INF/spring.factories}:
 * keeps each report, so that a test can read what an application that failed to start told its user.
 */
public final class RecordedFailureAnalyses implements FailureAnalysisReporter {

    static final List<FailureAnalysis> REPORTED = new CopyOnWriteArrayList<>();

    /** Made by Boot. */
    public RecordedFailureAnalyses() {
    }

    @Override
    public void report(FailureAnalysis analysis) {
        REPORTED.add(analysis);
    }
}
