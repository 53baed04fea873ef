package dev.leadkit.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadkit.core.Lead;
import dev.leadkit.core.LeadkitListener;
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
import java.util.OptionalLong;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Exports every lead of one vendor to {@code leads.csv} (the common {@code Lead} view's columns) and
 * {@code leads.jsonl} (each lead's full JSON, as Jackson writes a leadkit lead: one line reads back into an
 * equal lead with {@code new ObjectMapper().readValue(line, OrgLead.class)}), page by page, with a progress line
 * on stderr (items, pages, rate, and an ETA from the vendor's total).
 *
 * <p>The progress line is drawn by a {@link LeadkitListener} set on the client, {@link Progress}: each page the
 * listing delivers is a {@code page} event (its items, the vendor's total), which redraws the line; the
 * listing's {@code listingEnded} or {@code listingFailed} ends it. The export itself counts nothing for it.
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
        Progress line = new Progress(progress);
        try {
            switch (vendor) {
                case "autocalls":
                    try (var connection = Connection.autocalls(env, out, client -> client.listener(line), sandbox -> { })) {
                        return export(connection.client().leads().list(), folder, out);
                    }
                case "orgleads":
                    try (var connection = Connection.orgleads(env, out, client -> client.listener(line), sandbox -> { })) {
                        return export(connection.client().leads().list(), folder, out);
                    }
                case "tracking":
                    try (var connection = Connection.tracking(env, out, client -> client.listener(line), sandbox -> { })) {
                        return export(connection.client().leads().list(), folder, out);
                    }
                default:
                    throw new IllegalArgumentException("vendor must be autocalls, orgleads or tracking, got " + vendor);
            }
        } finally {
            line.end(); // when the export stopped on its own (a file it could not write), the line is still open
        }
    }

    /**
     * Writes every lead of {@code leads} to the two files. The progress line is the client's listener's to draw
     * ({@link Progress}): a client without one exports without it.
     *
     * @param leads  the listing
     * @param folder where the files go
     * @param out    where the summary goes
     * @param <T>    the vendor's lead type
     * @return what was written
     */
    static <T extends Lead> Summary export(PagedIterable<T> leads, Path folder, PrintStream out) {
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
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path where = folder.toAbsolutePath().normalize();
        out.println("exported " + items + " leads in " + pages + " pages to " + where.resolve("leads.csv") + " and "
                + where.resolve("leads.jsonl"));
        return new Summary(items, pages);
    }

    /**
     * The progress line of one listing, as a {@link LeadkitListener}: each {@code page} event adds the page's
     * items and redraws the line (after a carriage return, so a terminal shows one line that changes); the
     * listing's end or failure ends it with a line break. The rate is counted from the start of the listing's
     * first request, which its {@code attempt} events tell ({@code elapsed} before each one ended). It follows
     * the first listing it is told a page of and ignores the events of any other listing of the same client.
     * Its methods are synchronized: a listener is called from leadkit's threads as well as the consumer's (with
     * {@code prefetch(n)}, attempts are told from the pager threads, pages still in page order from the
     * consumer's thread).
     */
    static final class Progress implements LeadkitListener {

        private static final long NONE = -1;

        private final PrintStream out;
        private final LongSupplier nanoTime;
        private long started = Long.MAX_VALUE;
        private long listing = NONE;
        private long items;
        private int pages;
        private boolean open;

        /**
         * A progress line on the system's clock.
         *
         * @param out where the line goes
         */
        Progress(PrintStream out) {
            this(out, System::nanoTime);
        }

        /**
         * A progress line on {@code nanoTime}'s clock.
         *
         * @param out      where the line goes
         * @param nanoTime the clock, in nanoseconds, as {@link System#nanoTime()}
         */
        Progress(PrintStream out, LongSupplier nanoTime) {
            this.out = out;
            this.nanoTime = nanoTime;
        }

        /** Moves the start of the listing back to when this attempt was sent, if that is earlier. */
        @Override
        public synchronized void attempt(Attempt attempt) {
            if (listing == NONE || attempt.listing() == listing) {
                started = Math.min(started, nanoTime.getAsLong() - attempt.elapsed().toNanos());
            }
        }

        /** Adds the page's items to the line and redraws it. */
        @Override
        public synchronized void page(PageDelivered page) {
            if (listing == NONE) {
                listing = page.listing();
            } else if (page.listing() != listing) {
                return;
            }
            items += page.items();
            pages++;
            long now = nanoTime.getAsLong();
            started = Math.min(started, now);
            out.print("\r" + progressLine(items, pages, page.totalItems(), Duration.ofNanos(now - started)));
            out.flush();
            open = true;
        }

        /** Ends the line: the listing delivered its last page. */
        @Override
        public synchronized void listingEnded(ListingEnded end) {
            if (end.listing() == listing) {
                end();
            }
        }

        /** Ends the line with what stopped the listing; the export throws it. */
        @Override
        public synchronized void listingFailed(ListingFailed failure) {
            if (failure.listing() == listing && open) {
                out.print(", failed: " + failure.failure().getClass().getSimpleName());
                end();
            }
        }

        /** Ends the line if it is open; nothing else. */
        synchronized void end() {
            if (open) {
                out.println();
                open = false;
            }
        }
    }

    /**
     * The progress line: leads and pages so far, the rate since the start and, when the vendor gives its total,
     * how far along that is and an ETA at this rate.
     *
     * @param items      leads so far
     * @param pages      pages so far
     * @param totalItems the vendor's total of leads, if it gives one
     * @param elapsed    since the listing's first request was sent
     * @return the line
     */
    static String progressLine(long items, int pages, OptionalLong totalItems, Duration elapsed) {
        double seconds = Math.max(0.001, elapsed.toMillis() / 1000.0);
        double rate = items / seconds;
        String line = String.format(Locale.ROOT, "%,d leads, %d pages, %.0f leads/s", items, pages, rate);
        if (totalItems.isPresent() && rate > 0) {
            long total = totalItems.getAsLong();
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
