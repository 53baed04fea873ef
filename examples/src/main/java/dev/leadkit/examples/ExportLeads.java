package dev.leadkit.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadkit.core.Lead;
import dev.leadkit.core.Page;
import dev.leadkit.core.PagedIterable;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Exports every lead of one vendor to {@code leads.csv} (the common {@code Lead} view's columns) and
 * {@code leads.jsonl} (each lead's full JSON, as Jackson writes a leadkit lead: one line reads back into an
 * equal lead with {@code new ObjectMapper().readValue(line, OrgLead.class)}), page by page, with a progress line
 * on stderr (items, pages, rate, and an ETA from the vendor's total).
 *
 * <p>Arguments: the vendor ({@code autocalls}, {@code orgleads} or {@code tracking}; default
 * {@code autocalls}) and the output folder, created if missing; a relative one is taken from the current
 * directory, and without one the files go to {@code leadkit-export} in the current directory. From the
 * command line:
 * {@code mvn -B -q -pl examples exec:java -Dexec.mainClass=dev.leadkit.examples.ExportLeads -Dexec.args="tracking leadkit-export/tracking"}.
 * Without the vendor's API key in the environment, the embedded sandbox answers.
 *
 * <p>The CSV is RFC 4180 (CRLF line ends; a cell with a comma, a quote or a line break quoted, its quotes
 * doubled) and safe to open in a spreadsheet: a cell that would start with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return, which a spreadsheet may read as the start of a formula, starts with
 * a single quote instead (OWASP's advice), so a name typed into a web form as {@code =HYPERLINK(...)} stays
 * text. Phone numbers in E.164 form are written as {@code tel:} URIs (RFC 3966), {@code tel:+14155550101},
 * which stay text with every digit and the plus: as they are, Excel and LibreOffice read {@code +14155550101}
 * as the number 14155550101 (and Excel shows 12 digits or more as {@code 4.91541E+11}); with the quote, the
 * cell would read {@code '+14155550101}.
 */
public final class ExportLeads {

    /** A plain mapper: leads carry the annotations that name leadkit's own serializers, so no module is needed. */
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where the files go without a second argument: {@code leadkit-export} in the current directory. */
    static final Path DEFAULT_FOLDER = Path.of("leadkit-export");

    /** The first characters that make a spreadsheet read a cell as a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** A phone number in E.164 form: a plus and at most 15 digits, the first not 0. */
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{0,14}");

    private ExportLeads() {
    }

    /**
     * @param args vendor, output folder
     */
    public static void main(String[] args) {
        run(args, System.getenv(), System.out, System.err);
    }

    static Summary run(String[] args, Map<String, String> env, PrintStream out, PrintStream progress) {
        return run(args.length > 0 ? args[0] : "autocalls", folder(args), env, out, progress);
    }

    /** The output folder: the second argument (relative to the current directory), or {@link #DEFAULT_FOLDER}. */
    static Path folder(String[] args) {
        return args.length > 1 && !args[1].isBlank() ? Path.of(args[1]) : DEFAULT_FOLDER;
    }

    static Summary run(String vendor, Path folder, Map<String, String> env, PrintStream out, PrintStream progress) {
        switch (vendor) {
            case "autocalls":
                try (var connection = Connection.autocalls(env, out)) {
                    return export(connection.client().leads().list(), folder, out, progress);
                }
            case "orgleads":
                try (var connection = Connection.orgleads(env, out)) {
                    return export(connection.client().leads().list(), folder, out, progress);
                }
            case "tracking":
                try (var connection = Connection.tracking(env, out)) {
                    return export(connection.client().leads().list(), folder, out, progress);
                }
            default:
                throw new IllegalArgumentException("vendor must be autocalls, orgleads or tracking, got " + vendor);
        }
    }

    /**
     * Writes every lead of {@code leads} to the two files.
     *
     * @param leads    the listing
     * @param folder   where the files go
     * @param out      where the summary goes
     * @param progress where the progress line goes
     * @param <T>      the vendor's lead type
     * @return what was written
     */
    static <T extends Lead> Summary export(PagedIterable<T> leads, Path folder, PrintStream out, PrintStream progress) {
        Instant started = Instant.now();
        long items = 0;
        int pages = 0;
        try {
            Files.createDirectories(folder);
            try (Writer csv = Files.newBufferedWriter(folder.resolve("leads.csv"), StandardCharsets.UTF_8);
                    BufferedWriter jsonl = Files.newBufferedWriter(folder.resolve("leads.jsonl"), StandardCharsets.UTF_8);
                    // an export reads everything: 4 pages requested ahead hide the vendor's latency; closing
                    // the stream (here, on any failure) cancels what is still in flight
                    Stream<Page<T>> pageStream = leads.prefetch(4).pages()) {
                csv.write("id,name,phones,emails,status,created_at,updated_at\r\n");
                for (Page<T> page : (Iterable<Page<T>>) pageStream::iterator) {
                    for (T lead : page.items()) {
                        writeCsv(csv, lead);
                        writeJson(jsonl, lead);
                    }
                    items += page.items().size();
                    pages++;
                    progress.print("\r" + progressLine(items, pages, page, started));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.println();
        Path where = folder.toAbsolutePath().normalize();
        out.println("exported " + items + " leads in " + pages + " pages to " + where.resolve("leads.csv") + " and "
                + where.resolve("leads.jsonl"));
        return new Summary(items, pages);
    }

    static String progressLine(long items, int pages, Page<?> page, Instant started) {
        double seconds = Math.max(0.001, Duration.between(started, Instant.now()).toMillis() / 1000.0);
        double rate = items / seconds;
        String line = String.format(Locale.ROOT, "%,d leads, %d pages, %.0f leads/s", items, pages, rate);
        if (page.totalItems().isPresent() && rate > 0) {
            long total = page.totalItems().getAsLong();
            long etaSeconds = Math.round(Math.max(0, total - items) / rate);
            line += String.format(Locale.ROOT, ", %d%% of %,d, ETA %ds", total == 0 ? 100 : items * 100 / total, total, etaSeconds);
        }
        return line;
    }

    private static void writeCsv(Writer csv, Lead lead) throws IOException {
        List<String> cells = List.of(lead.id(), lead.name().orElse(""), phonesCell(lead.phones()),
                String.join(" ", lead.emails()), lead.statusValue(),
                lead.createdAt().map(Instant::toString).orElse(""), lead.updatedAt().map(Instant::toString).orElse(""));
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.write(',');
            }
            csv.write(csvCell(cells.get(i)));
        }
        csv.write("\r\n");
    }

    /** The phones, space-separated; each in E.164 form as a {@code tel:} URI, any other as sent. */
    static String phonesCell(List<String> phones) {
        return phones.stream().map(phone -> E164.matcher(phone).matches() ? "tel:" + phone : phone)
                .collect(Collectors.joining(" "));
    }

    /**
     * A cell: a single quote before a value a spreadsheet would read as a formula, then RFC 4180 quoting
     * when it holds a comma, quote or line break, with quotes doubled.
     */
    static String csvCell(String value) {
        String text = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** One line of JSON: the lead's full JSON as leadkit writes it with Jackson, the same as any mapper writes it. */
    private static void writeJson(BufferedWriter jsonl, Lead lead) throws IOException {
        jsonl.write(JSON.writeValueAsString(lead));
        jsonl.newLine();
    }

    /** What an export wrote. */
    static final class Summary {
        final long items;
        final int pages;

        Summary(long items, int pages) {
            this.items = items;
            this.pages = pages;
        }
    }
}
