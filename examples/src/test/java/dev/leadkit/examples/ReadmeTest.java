package dev.leadkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's "Using a sandbox" example is {@code src/test/java/LeadSyncTest.java} of this module, which
 * compiles (under {@code -Xlint:all -Werror}) and runs with the other tests: the two copies stay identical.
 */
class ReadmeTest {

    /** This module's folder: surefire sets {@code basedir}; an IDE runs tests from the module's folder. */
    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));

    @Test
    void readmePrintsLeadSyncTestExactlyAsItIsCompiled() throws IOException {
        String readme = read(MODULE.resolve("../README.md"));

        String printed = javaBlockAfter(readme, "### Using a sandbox");

        assertThat(printed).isEqualTo(read(MODULE.resolve("src/test/java/LeadSyncTest.java")));
    }

    /** The first {@code ```java} block after the heading, without its fences. */
    static String javaBlockAfter(String markdown, String heading) {
        int section = markdown.indexOf("\n" + heading + "\n");
        assertThat(section).as("the README has a section %s", heading).isNotNegative();
        int open = markdown.indexOf("\n```java\n", section);
        assertThat(open).as("a java block follows %s", heading).isNotNegative();
        int start = open + "\n```java\n".length();
        int end = markdown.indexOf("\n```\n", start);
        assertThat(end).as("the java block after %s is closed", heading).isNotNegative();
        return markdown.substring(start, end + 1);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
