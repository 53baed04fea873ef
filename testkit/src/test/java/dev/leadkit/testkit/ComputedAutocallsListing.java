package dev.leadkit.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An Autocalls sandbox too large to hold: up to {@link Integer#MAX_VALUE} leads, each computed when its page is
 * asked for (lead {@code i} is one of sixteen generated leads with id {@code i}). It answers
 * {@code GET /api/user/leads?per_page=S&page=N} with the sandbox's length-aware paginator over the page's
 * leads and the computed total. For the TCK rule that needs a publisher of {@code Integer.MAX_VALUE} items;
 * {@link AutocallsSandbox} generates and holds its leads.
 */
final class ComputedAutocallsListing implements AutoCloseable {

    private static final int DEFAULT_PER_PAGE = 15;

    private final SandboxServer<Void> server;

    ComputedAutocallsListing(long count) {
        if (count < 0 || count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("count must be between 0 and " + Integer.MAX_VALUE + ", got " + count);
        }
        this.server = new SandboxServer<>(new Leads(count, AutocallsGenerator.generate(16, 7)), index -> List.<Void>of(),
                java.util.Optional.empty()).start();
    }

    /** {@code http://127.0.0.1:PORT/api}, as {@link AutocallsSandbox#baseUrl()}. */
    String baseUrl() {
        return server.origin() + "/api";
    }

    /** The key it accepts. */
    String apiKey() {
        return AutocallsSandbox.DEFAULT_API_KEY;
    }

    @Override
    public void close() {
        server.close();
    }

    private static final class Leads implements Dialect<Void> {

        private final long count;
        private final List<AutocallsSandboxLead> templates;

        Leads(long count, List<AutocallsSandboxLead> templates) {
            this.count = count;
            this.templates = templates;
        }

        @Override
        public Reply handle(IncomingRequest request, List<Void> ignored) {
            if (!request.path().equals(AutocallsDialect.PATH)) {
                return error(404, "The route " + request.path().substring(1) + " could not be found.");
            }
            if (!request.header("Authorization").equals(Optional.of("Bearer " + AutocallsSandbox.DEFAULT_API_KEY))) {
                return error(401, "Unauthenticated.");
            }
            long perPage = number(request, "per_page", DEFAULT_PER_PAGE);
            long page = Math.max(1, number(request, "page", 1));
            if (perPage < 1 || perPage > 100) {
                return error(422, "The per page field must be between 1 and 100.");
            }
            List<AutocallsSandboxLead> items = new ArrayList<>();
            for (long id = (page - 1) * perPage + 1; id <= Math.min(count, page * perPage); id++) {
                items.add(lead(id));
            }
            return Reply.json(200, JsonBodies.write(LaravelPaginator.page(items, Math.toIntExact(page), (int) perPage,
                    count, request.origin() + AutocallsDialect.PATH, AutocallsDialect::lead)));
        }

        /** A decimal parameter, {@code fallback} when absent, -1 when not a number. */
        private static long number(IncomingRequest request, String name, long fallback) {
            return request.last(name).map(text -> text.matches("\\d{1,18}") ? Long.parseLong(text) : -1L).orElse(fallback);
        }

        private AutocallsSandboxLead lead(long id) {
            AutocallsSandboxLead template = templates.get((int) (id % templates.size()));
            return new AutocallsSandboxLead(id, template.campaignId(), template.campaignName(), template.phoneNumber(),
                    template.variables(), template.status(), template.createdAt(), template.updatedAt(), List.of());
        }

        @Override
        public Reply error(int status, String message) {
            return AutocallsDialect.message(status, message);
        }
    }
}
