package dev.leadkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadkit.orgleads.OrgLead;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every example runs on a machine without API keys, against the sandboxes, and says so first. */
class ExamplesTest {

    private static final Map<String, String> NO_KEYS = Map.of();

    @Test
    void allLeadsMergesEveryLeadOfTheThreeSandboxes() {
        Output out = new Output();

        AllLeads.run(NO_KEYS, out.stream);

        assertThat(out.firstLine()).startsWith("Autocalls: AUTOCALLS_API_KEY is not set, so this runs against the embedded Autocalls sandbox at http://127.0.0.1:");
        assertThat(out.text()).contains("ORGLEADS_API_KEY is not set").contains("TRACKING_API_KEY is not set")
                .contains("leads per vendor: autocalls=250, orgleads=180, tracking=300");
        assertThat(out.text().lines().filter(line -> line.startsWith("autocalls ") || line.startsWith("orgleads ")
                || line.startsWith("tracking "))).hasSize(12);
    }

    @Test
    void listAutocallsLeadsPrintsOnlyCompletedLeadsGroupedByCampaign() {
        Output out = new Output();

        ListAutocallsLeads.run(NO_KEYS, out.stream);

        assertThat(out.firstLine()).contains("embedded Autocalls sandbox");
        assertThat(out.text()).containsPattern("completed leads per campaign: \\{.+=\\d+");
    }

    @Test
    void listTrackingLeadsSumsTheValueOfTheMatchingLeads() {
        Output out = new Output();

        ListTrackingLeads.run(NO_KEYS, out.stream);

        assertThat(out.firstLine()).contains("embedded Octanist sandbox");
        assertThat(out.text()).containsPattern("total value of won and lost Google Ads leads worth 100 or more: \\d+");
    }

    @Test
    void exportWritesEveryLeadToCsvAndJsonlWithProgress(@TempDir Path folder) throws IOException {
        Output out = new Output();
        Output progress = new Output();

        ExportLeads.Summary summary = ExportLeads.run("orgleads", folder, NO_KEYS, out.stream, progress.stream);

        assertThat(summary.items).isEqualTo(180);
        assertThat(summary.pages).isEqualTo(2);
        List<String> csv = Files.readAllLines(folder.resolve("leads.csv"), StandardCharsets.UTF_8);
        List<String> jsonl = Files.readAllLines(folder.resolve("leads.jsonl"), StandardCharsets.UTF_8);
        assertThat(csv).hasSize(181).first().isEqualTo("id,name,phones,emails,status,created_at,updated_at");
        assertThat(jsonl).hasSize(180).allSatisfy(line -> assertThat(line).startsWith("{\"platform\":\"orgleads\",\"id\":\""));
        List<OrgLead> read = new ArrayList<>();
        for (String line : jsonl) {
            read.add(new ObjectMapper().readValue(line, OrgLead.class));
        }
        assertThat(read).extracting(OrgLead::id).doesNotHaveDuplicates().hasSize(180);
        assertThat(read).allSatisfy(lead -> assertThat(lead.createdAt()).isPresent());
        assertThat(progress.text()).contains("180 leads, 2 pages").contains("100% of 180");
        assertThat(out.text()).contains("exported 180 leads in 2 pages");
    }

    @Test
    void csvCellsWithCommasQuotesOrLineBreaksAreQuoted() {
        assertThat(ExportLeads.csvCell("plain")).isEqualTo("plain");
        assertThat(ExportLeads.csvCell("Acme, Inc")).isEqualTo("\"Acme, Inc\"");
        assertThat(ExportLeads.csvCell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ExportLeads.csvCell("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    @Test
    void errorsAndResumeReadsEveryLeadOnceAcrossTheBreak() {
        Output out = new Output();

        int synced = ErrorsAndResume.run(NO_KEYS, out.stream);

        assertThat(synced).isEqualTo(250);
        assertThat(out.text())
                .contains("IllegalArgumentException: perPage must be between 1 and 100")
                .contains("AuthenticationException: status 401, vendor says \"Unauthenticated.\"")
                .contains("ServerException after 50 leads")
                .contains("resuming at page 3 with startingAt(3)")
                .contains("done: 250 leads, each read exactly once");
    }
}
