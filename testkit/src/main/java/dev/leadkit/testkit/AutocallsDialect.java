package dev.leadkit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The Autocalls platform's {@code GET /api/user/leads}, as its Laravel app answers it: Sanctum bearer
 * auth, a validated request, Eloquent filters and the length-aware paginator's JSON.
 */
final class AutocallsDialect implements Dialect<AutocallsSandboxLead> {

    static final String PATH = "/api/user/leads";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final int DEFAULT_PER_PAGE = 15;

    private final String apiKey;
    private final AutocallsSandbox.Shape shape;

    AutocallsDialect(String apiKey, AutocallsSandbox.Shape shape) {
        this.apiKey = apiKey;
        this.shape = shape;
    }

    @Override
    public Reply handle(IncomingRequest request, List<AutocallsSandboxLead> leads) {
        if (!request.path().equals(PATH)) {
            return error(404, "The route " + request.path().substring(1) + " could not be found.");
        }
        if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
            return error(405, "The " + request.method() + " method is not supported for route api/user/leads."
                    + " Supported methods: GET, HEAD.");
        }
        if (!request.header("Authorization").equals(Optional.of("Bearer " + apiKey))) {
            // Laravel's authenticate middleware: JSON clients get a 401, the others a redirect to the login page.
            return wantsJson(request) ? error(401, "Unauthenticated.") : redirect(request.origin() + "/login");
        }
        return shape == AutocallsSandbox.Shape.PAGINATOR ? paginated(request, leads)
                : Reply.json(200, JsonBodies.write(wholeListing(shape, leads.stream().<JsonNode>map(AutocallsDialect::lead).toList())));
    }

    /**
     * Every lead at once, in one of the Sondos page's shapes: a bare array, or {@code {"leads": [...]}}.
     *
     * @param shape {@link AutocallsSandbox.Shape#BARE_ARRAY} or {@link AutocallsSandbox.Shape#LEADS_OBJECT}
     * @param leads the leads' JSON
     * @return the body
     */
    static JsonNode wholeListing(AutocallsSandbox.Shape shape, List<JsonNode> leads) {
        ArrayNode array = JsonBodies.NODES.arrayNode().addAll(leads);
        return switch (shape) {
            case BARE_ARRAY -> array;
            case LEADS_OBJECT -> JsonBodies.object().set("leads", array);
            case PAGINATOR -> throw new IllegalArgumentException("shape must be a whole listing's, got " + shape);
        };
    }

    private Reply paginated(IncomingRequest request, List<AutocallsSandboxLead> leads) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        Optional<String> status = param(request, "status");
        Optional<String> campaignId = param(request, "campaign_id");
        Optional<String> phone = param(request, "phone_number");
        Optional<String> dateFrom = param(request, "date_from");
        Optional<String> dateTo = param(request, "date_to");
        Optional<String> perPageText = param(request, "per_page");
        campaignId.filter(id -> !isInteger(id)).ifPresent(id -> errors.put("campaign_id",
                List.of("The campaign id field must be an integer.")));
        Optional<LocalDate> from = date(dateFrom, "date_from", errors);
        Optional<LocalDate> to = date(dateTo, "date_to", errors);
        int perPage = DEFAULT_PER_PAGE;
        if (perPageText.isPresent()) {
            if (!isInteger(perPageText.get())) {
                errors.put("per_page", List.of("The per page field must be an integer."));
            } else if (perPageText.get().length() > 9 || Integer.parseInt(perPageText.get()) < 1
                    || Integer.parseInt(perPageText.get()) > 100) {
                errors.put("per_page", List.of("The per page field must be between 1 and 100."));
            } else {
                perPage = Integer.parseInt(perPageText.get());
            }
        }
        if (!errors.isEmpty()) {
            return wantsJson(request) ? validationError(errors)
                    : redirect(request.header("Referer").orElse(request.origin() + "/"));
        }

        Predicate<AutocallsSandboxLead> filter = lead -> true;
        if (status.isPresent()) {
            filter = filter.and(lead -> lead.status().equals(status.get()));
        }
        if (campaignId.isPresent()) {
            long id = Long.parseLong(campaignId.get());
            filter = filter.and(lead -> lead.campaignId() == id);
        }
        if (phone.isPresent()) {
            filter = filter.and(lead -> lead.phoneNumber().contains(phone.get()));
        }
        if (from.isPresent()) {
            filter = filter.and(lead -> !lead.createdAt().toLocalDate().isBefore(from.get()));
        }
        if (to.isPresent()) {
            filter = filter.and(lead -> !lead.createdAt().toLocalDate().isAfter(to.get()));
        }
        List<AutocallsSandboxLead> matching = leads.stream().filter(filter).toList();
        int page = currentPage(request);
        return Reply.json(200, JsonBodies.write(LaravelPaginator.page(matching, page, perPage,
                request.origin() + PATH, AutocallsDialect::lead)));
    }

    /** Laravel's {@code ConvertEmptyStringsToNull}: an empty parameter is no parameter; PHP keeps the last of repeats. */
    private static Optional<String> param(IncomingRequest request, String name) {
        return request.last(name).filter(value -> !value.isEmpty());
    }

    /** Laravel's {@code Paginator::resolveCurrentPage}: anything but an integer of at least 1 is page 1. */
    private static int currentPage(IncomingRequest request) {
        long page = Paging.positiveInt(request.last("page").orElse(null));
        return page < 1 ? 1 : (int) page;
    }

    private static boolean isInteger(String text) {
        return text.matches("[+-]?\\d+");
    }

    private static Optional<LocalDate> date(Optional<String> text, String field, Map<String, List<String>> errors) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (text.get().matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(text.get()));
            }
        } catch (DateTimeParseException invalid) {
            // falls through to the validation message
        }
        errors.put(field, List.of("The " + field.replace('_', ' ') + " field must match the format Y-m-d."));
        return Optional.empty();
    }

    private static Reply validationError(Map<String, List<String>> errors) {
        return Reply.json(422, JsonBodies.write(validationBody(errors)));
    }

    /** Laravel's 422 body: the first message, "(and N more errors)", and every field's messages. */
    static ObjectNode validationBody(Map<String, List<String>> errors) {
        List<String> all = new ArrayList<>();
        errors.values().forEach(all::addAll);
        String message = all.get(0);
        if (all.size() > 1) {
            int more = all.size() - 1;
            message += " (and " + more + " more error" + (more == 1 ? "" : "s") + ")";
        }
        ObjectNode body = JsonBodies.object();
        body.put("message", message);
        ObjectNode fields = body.putObject("errors");
        errors.forEach((field, messages) -> messages.forEach(fields.withArray(field)::add));
        return body;
    }

    private static boolean wantsJson(IncomingRequest request) {
        String accept = request.header("Accept").orElse("");
        String first = accept.split(",")[0].split(";")[0].strip();
        return first.contains("/json") || first.contains("+json");
    }

    private static Reply redirect(String location) {
        String page = "<!DOCTYPE html>\n<html>\n    <head>\n        <meta charset=\"UTF-8\" />\n"
                + "        <meta http-equiv=\"refresh\" content=\"0;url='" + location + "'\" />\n\n"
                + "        <title>Redirecting to " + location + "</title>\n    </head>\n    <body>\n"
                + "        Redirecting to <a href=\"" + location + "\">" + location + "</a>.\n    </body>\n</html>";
        return new Reply(302, Reply.HTML, page, Map.of("Location", location));
    }

    /**
     * Laravel's {@code ThrottleRequests} headers: the limit and what is left on every response, and on a 429
     * Laravel's own {@code Retry-After} and {@code X-RateLimit-Reset}, computed from whole seconds as it computes
     * them.
     */
    @Override
    public Reply withRateLimitHeaders(Reply reply, ThrottleDecision decision) {
        Reply limited = reply.withHeader("X-RateLimit-Limit", Integer.toString(decision.limit()))
                .withHeader("X-RateLimit-Remaining", Integer.toString(decision.remaining()));
        return decision.admitted() ? limited
                : limited.withHeader("Retry-After", decision.laravelRetryAfter())
                        .withHeader("X-RateLimit-Reset", Long.toString(decision.laravelResetEpochSecond()));
    }

    @Override
    public Reply error(int status, String message) {
        return message(status, message);
    }

    /** {@return Laravel's error: {@code {"message": "..."}} with {@code status}} */
    static Reply message(int status, String message) {
        return Reply.json(status, JsonBodies.write(messageBody(message)));
    }

    /** {@return Laravel's error body, {@code {"message": "..."}}} */
    static ObjectNode messageBody(String message) {
        ObjectNode body = JsonBodies.object();
        body.put("message", message);
        return body;
    }

    static ObjectNode lead(AutocallsSandboxLead lead) {
        ObjectNode node = JsonBodies.object();
        node.put("id", lead.id());
        node.put("campaign_id", lead.campaignId());
        node.put("phone_number", lead.phoneNumber());
        variables(node, lead.variables());
        node.put("status", lead.status());
        node.put("created_at", TIMESTAMP.format(lead.createdAt()));
        node.put("updated_at", TIMESTAMP.format(lead.updatedAt()));
        ObjectNode campaign = node.putObject("campaign");
        campaign.put("id", lead.campaignId());
        campaign.put("name", lead.campaignName());
        ArrayNode contacts = node.putArray("secondary_contacts");
        for (AutocallsSandboxLead.SecondaryContact contact : lead.secondaryContacts()) {
            ObjectNode c = contacts.addObject();
            c.put("id", contact.id());
            c.put("phone_number", contact.phoneNumber());
            variables(c, contact.variables());
            c.put("status", contact.status());
            c.put("created_at", TIMESTAMP.format(contact.createdAt()));
            c.put("updated_at", TIMESTAMP.format(contact.updatedAt()));
        }
        return node;
    }

    /** PHP writes an empty associative array as {@code []}, so empty variables go out as an empty JSON array. */
    private static void variables(ObjectNode node, Map<String, String> variables) {
        if (variables.isEmpty()) {
            node.putArray("variables");
        } else {
            ObjectNode vars = node.putObject("variables");
            variables.forEach(vars::put);
        }
    }

    static String timestamp(LocalDateTime time) {
        return TIMESTAMP.format(time);
    }
}
