package dev.leadkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where {@link ExportLeads} writes. */
class ExportLeadsTest {

    private static final Map<String, String> NO_KEYS = Map.of();

    @Test
    void theSecondArgumentIsTheOutputFolder(@TempDir Path tmp) {
        Path folder = tmp.resolve("exports/orgleads");

        ExportLeads.run(new String[] {"orgleads", folder.toString()}, NO_KEYS, new Output().stream, new Output().stream);

        assertThat(folder.resolve("leads.csv")).isRegularFile();
        assertThat(folder.resolve("leads.jsonl")).isRegularFile();
    }

    @Test
    void withoutASecondArgumentTheFolderIsLeadkitExportInTheCurrentDirectory() {
        assertThat(ExportLeads.folder(new String[] {"orgleads"})).isEqualTo(Path.of("leadkit-export"));
        assertThat(ExportLeads.folder(new String[0])).isEqualTo(Path.of("leadkit-export"));
    }

    @Test
    void aBlankSecondArgumentMeansTheDefaultFolder() {
        assertThat(ExportLeads.folder(new String[] {"orgleads", " "})).isEqualTo(Path.of("leadkit-export"));
    }

    @Test
    void aRelativeFolderIsTakenFromTheCurrentDirectory() {
        assertThat(ExportLeads.folder(new String[] {"orgleads", "out/leads"}).toAbsolutePath())
                .isEqualTo(Path.of("").toAbsolutePath().resolve("out/leads"));
    }

    @Test
    void theSummarySaysWhereTheFilesAre(@TempDir Path tmp) {
        Output out = new Output();

        ExportLeads.run(new String[] {"orgleads", tmp.toString()}, NO_KEYS, out.stream, new Output().stream);

        assertThat(out.text()).contains(" to " + tmp.toAbsolutePath().resolve("leads.csv") + " and "
                + tmp.toAbsolutePath().resolve("leads.jsonl"));
    }
}
