package dev.leadkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's "Using a sandbox" example is {@code src/test/java/LeadSyncTest.java} of this module, which
 * compiles (under {@code -Xlint:all -Werror}) and runs with the other tests: the two copies stay identical. The
 * README stays a guide a newcomer reads, under 500 lines, with reference detail in the pages it links to; every
 * relative link of the documentation reaches a file and, with {@code #}, a heading of it, and no page names a
 * file outside the repository, which a user does not have.
 */
class ReadmeTest {

    /** This module's folder: surefire sets {@code basedir}; an IDE runs tests from the module's folder. */
    private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
    private static final Path ROOT = MODULE.resolve("..").normalize();
    /** The user documentation: the README and the pages it links to. */
    private static final List<String> DOCS = List.of("README.md", "ARCHITECTURE.md", "docs/decisions.md",
            "docs/spring-boot.md", "core/README.md", "tracking/README.md", "testkit/README.md", "bench/README.md",
            "docs/syncing.md");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    /** A relative path that climbs folders, in a link or in the text: {@code ../core/README.md}. */
    private static final Pattern UPWARD_PATH = Pattern.compile("(?<![.\\w])(\\.\\./)+[\\w./-]*");

    @Test
    void readmePrintsLeadSyncTestExactlyAsItIsCompiled() throws IOException {
        String readme = read(ROOT.resolve("README.md"));

        String printed = javaBlockAfter(readme, "### Using a sandbox");

        assertThat(printed).isEqualTo(read(MODULE.resolve("src/test/java/LeadSyncTest.java")));
    }

    @Test
    void readmeStaysUnderFiveHundredLines() throws IOException {
        long lines = read(ROOT.resolve("README.md")).lines().count();

        assertThat(lines).as("README.md has %d lines: reference detail belongs in the page beside what it describes"
                + " (docs/, core/, tracking/, testkit/ and bench/ READMEs), linked from the README", lines)
                .isLessThan(500);
    }

    @Test
    void everyRelativeLinkOfTheDocumentationReachesAFileAndAHeading() throws IOException {
        List<String> broken = new ArrayList<>();
        for (String doc : DOCS) {
            Path file = ROOT.resolve(doc);
            Matcher link = LINK.matcher(read(file));
            while (link.find()) {
                String target = link.group(1);
                if (target.startsWith("http://") || target.startsWith("https://")) {
                    continue;
                }
                int hash = target.indexOf('#');
                Path linked = hash == 0 ? file : file.getParent().resolve(hash < 0 ? target : target.substring(0, hash)).normalize();
                if (!Files.exists(linked)) {
                    broken.add(doc + ": " + target + " (no such file)");
                } else if (hash >= 0 && !anchors(read(linked)).contains(target.substring(hash + 1))) {
                    broken.add(doc + ": " + target + " (no such heading)");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void theDocumentationNamesNoFileOutsideTheRepository() throws IOException {
        List<String> outside = new ArrayList<>();
        for (String doc : DOCS) {
            Path folder = ROOT.resolve(doc).getParent();
            Matcher path = UPWARD_PATH.matcher(read(ROOT.resolve(doc)));
            while (path.find()) {
                if (!folder.resolve(path.group()).normalize().startsWith(ROOT)) {
                    outside.add(doc + ": " + path.group());
                }
            }
        }
        assertThat(outside).as("a user has the repository only: what a page needs, it says itself").isEmpty();
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

    /** The anchors GitHub gives a page's headings: lower case, punctuation dropped, spaces as hyphens. */
    private static Set<String> anchors(String markdown) {
        return markdown.lines()
                .filter(line -> line.startsWith("#"))
                .map(line -> line.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'))
                .collect(Collectors.toSet());
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
