package dev.leadkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.leadkit.core.ApiException;
import dev.leadkit.core.DecodingException;
import dev.leadkit.core.Lead;
import dev.leadkit.core.Page;
import dev.leadkit.core.json.JsonValue;
import dev.leadkit.testkit.DialectFixture.Listing;
import dev.leadkit.testkit.DialectFixture.Send;
import dev.leadkit.testkit.DialectFixture.Signal;
import dev.leadkit.testkit.DialectFixture.Signals;
import dev.leadkit.testkit.DialectFixture.VendorEnum;
import dev.leadkit.testkit.DialectFixture.VendorError;
import dev.leadkit.testkit.DialectFixture.WholeListingShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules the dialect skeleton keeps for every vendor (ARCHITECTURE.md, "Rules the skeleton keeps"), each
 * over all three dialects: the same situation, written by each {@link DialectFixture} in its own vendor's
 * envelope, served over real HTTP by mockwebserver3 and read by the real client, gets the same answer from
 * every dialect. Where a dialect's answer is by design another (Autocalls' page count deciding over
 * {@code next_page_url}; orgleads having no unpaginated shape), the display name says so.
 */
@DisplayName("The rules every dialect keeps")
class DialectRulesTest {

    private static final String DIALECTS = "dev.leadkit.testkit.DialectRulesTest#dialects";
    private static final String NEITHER = "the page says neither whether another page follows nor how many pages there are";

    /** What {@code call} threw, failing the test unless it threw a {@code type}. */
    static <E extends Throwable> E failure(Class<E> type, ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(type);
        return type.cast(thrown);
    }

    static Stream<DialectFixture> dialects() {
        return DialectFixture.all().stream();
    }

    /** Every dialect with every way a page says another follows. */
    static Stream<Arguments> dialectsAndSignals() {
        return dialects().flatMap(dialect -> Stream.of(
                Arguments.of(dialect, Named.of("by " + dialect.flagName() + " alone", Signal.FLAG)),
                Arguments.of(dialect, Named.of("by " + dialect.pageCountName() + " alone", Signal.COUNT))));
    }

    @Nested
    @DisplayName("Rule 1: another page follows on the vendor's flag, else while the page is before the vendor's page count;"
            + " a page that says neither fails")
    class AnotherPageFollows {

        @ParameterizedTest(name = "{0}")
        @MethodSource(DIALECTS)
        void whileTheVendorsFlagSaysSo(DialectFixture dialect) {
            try (Listing server = new Listing()) {
                server.page(1, dialect.page(Signals.page(1).more(true), "101"))
                        .page(2, dialect.page(Signals.page(2).more(true), "102"))
                        .page(3, dialect.page(Signals.page(3).more(false), "103"));

                assertThat(dialect.ids(server)).containsExactly("101", "102", "103");
                assertThat(server.requestedPages()).containsExactly(1, 2, 3);
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource(DIALECTS)
        void withoutAFlagWhileThePageIsBeforeThePageCount(DialectFixture dialect) {
            try (Listing server = new Listing()) {
                for (int number = 1; number <= 3; number++) {
                    server.page(number, dialect.page(Signals.page(number).pageCount(3), "10" + number));
                }

                assertThat(dialect.ids(server)).containsExactly("101", "102", "103");
                assertThat(server.requestedPages()).containsExactly(1, 2, 3);
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.leadkit.testkit.DialectRulesTest#precedence")
        void whenTheFlagSaysNoMoreButThePageCountSaysMore(DialectFixture dialect) {
            try (Listing server = new Listing()) {
                server.page(1, dialect.page(Signals.page(1).more(false).pageCount(2), "101"))
                        .page(2, dialect.page(Signals.page(2).more(false).pageCount(2), "102"));

                List<String> ids = dialect.ids(server);

                if (dialect.flagWinsOverPageCount()) {
                    assertThat(ids).containsExactly("101");
                    assertThat(server.requestedPages()).containsExactly(1);
                } else {
                    assertThat(ids).containsExactly("101", "102");
                    assertThat(server.requestedPages()).containsExactly(1, 2);
                }
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.leadkit.testkit.DialectRulesTest#precedence")
        void whenTheFlagSaysMoreButThePageCountSaysThisIsTheLast(DialectFixture dialect) {
            try (Listing server = new Listing()) {
                server.page(1, dialect.page(Signals.page(1).more(true).pageCount(1), "101"))
                        .page(2, dialect.page(Signals.page(2).more(false).pageCount(1), "102"));

                List<String> ids = dialect.ids(server);

                if (dialect.flagWinsOverPageCount()) {
                    assertThat(ids).containsExactly("101", "102");
                    assertThat(server.requestedPages()).containsExactly(1, 2);
                } else {
                    assertThat(ids).containsExactly("101");
                    assertThat(server.requestedPages()).containsExactly(1);
                }
            }
        }

        @ParameterizedTest(name = "{0}, {1}")
        @MethodSource("dev.leadkit.testkit.DialectRulesTest#pagesThatSayNeither")
        void aPageThatSaysNeitherFails(DialectFixture dialect, Function<DialectFixture, String> page) {
            try (Listing server = new Listing()) {
                server.everyPage(page.apply(dialect));

                DecodingException e = failure(DecodingException.class, () -> dialect.ids(server));

                assertThat(e).hasMessageContaining(NEITHER);
                assertThat(e.page()).hasValue(1);
                assertThat(server.requestedPages()).containsExactly(1);
            }
        }
    }

    /** Each dialect, named for what decides when its flag and its page count disagree. */
    static Stream<Named<DialectFixture>> precedence() {
        return dialects().map(dialect -> Named.of(dialect.flagWinsOverPageCount()
                ? dialect + ": " + dialect.flagName() + " decides over " + dialect.pageCountName()
                : dialect + ", by design the other answer: " + dialect.pageCountName() + " decides; " + dialect.flagName()
                        + " is read only when there is no " + dialect.pageCountName(), dialect));
    }

    static Stream<Arguments> pagesThatSayNeither() {
        Function<DialectFixture, String> noPagination = dialect -> dialect.withoutPagination(dialect.leads("101"));
        Function<DialectFixture, String> onlyNumberAndTotal = dialect -> dialect.page(Signals.page(1).total(1), "101");
        return dialects().flatMap(dialect -> Stream.of(
                Arguments.of(dialect, Named.of("an envelope with no pagination at all", noPagination)),
                Arguments.of(dialect, Named.of("a page saying only its number and " + dialect.totalName(), onlyNumberAndTotal))));
    }

    @Nested
    @DisplayName("Rule 2: a page the server says is another than the one requested fails")
    class AnotherPageThanRequested {

        @ParameterizedTest(name = "{0}, page {1} requested, page {2} answered")
        @MethodSource("dev.leadkit.testkit.DialectRulesTest#requestedAndAnswered")
        void fails(DialectFixture dialect, int requested, int answered) {
            try (Listing server = new Listing()) {
                server.everyPage(dialect.page(Signals.page(answered).more(true).pageCount(5), "101"));

                DecodingException e = failure(DecodingException.class,
                        () -> dialect.read(server, listing -> listing.page(requested)));

                assertThat(e).hasMessageContaining("page " + requested + " was requested but the server says it answered page "
                        + answered);
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource(DIALECTS)
        void aServerIgnoringThePageParameterFailsTheListingAtPage2(DialectFixture dialect) {
            try (Listing server = new Listing()) {
                // every request gets page 1, which says there are 2 pages
                server.everyPage(dialect.page(Signals.page(1).pageCount(2), "101"));
                List<String> read = new ArrayList<>();

                DecodingException e = failure(DecodingException.class,
                        () -> dialect.read(server, listing -> {
                            listing.forEach(lead -> read.add(lead.id()));
                            return null;
                        }));

                assertThat(e).hasMessageContaining("page 2 was requested but the server says it answered page 1");
                assertThat(e.page()).hasValue(2);
                assertThat(read).containsExactly("101");
                assertThat(server.requestedPages()).containsExactly(1, 2);
            }
        }
    }

    static Stream<Arguments> requestedAndAnswered() {
        return dialects().flatMap(dialect -> Stream.of(Arguments.of(dialect, 1, 2), Arguments.of(dialect, 3, 1)));
    }

    @Nested
    @DisplayName("Rule 3: totals are longs, kept exactly; a total or page count that is not a non-negative integer fails;"
            + " numeric strings are read")
    class Totals {

        @ParameterizedTest(name = "{0}, {1}")
        @MethodSource("dev.leadkit.testkit.DialectRulesTest#beyondInt")
        void beyondIntegerMaxValueAreKeptExactly(DialectFixture dialect, long count) {
            try (Listing server = new Listing()) {
                server.everyPage(dialect.page(Signals.page(1).pageCount(count).total(count), "101"));

                Page<? extends Lead> page = dialect.read(server, listing -> listing.page(1));

                assertThat(page.totalItems()).hasValue(count);
                assertThat(page.totalPages()).hasValue(count);
                assertThat(page.hasNext()).isTrue();
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource(DIALECTS)
        void numericStringsAreRead(DialectFixture dialect) {
            try (Listing server = new Listing()) {
                server.everyPage(dialect.page(Signals.page(2).answeredPage("\"2\"").pageCount("\"3\"").total("\"5000000000\""),
                        "101"));

                Page<? extends Lead> page = dialect.read(server, listing -> listing.page(2));

                assertThat(page.number()).isEqualTo(2);
                assertThat(page.totalItems()).hasValue(5_000_000_000L);
                assertThat(page.totalPages()).hasValue(3);
                assertThat(page.hasNext()).isTrue();
            }
        }

        @ParameterizedTest(name = "{0}, {1} = {2}")
        @MethodSource("dev.leadkit.testkit.DialectRulesTest#badCounts")
        void thatAreNotNonNegativeIntegersFail(DialectFixture dialect, String member, String json) {
            try (Listing server = new Listing()) {
                // the page would read without the bad member: it says by its flag and its page count that it is the last
                Signals last = Signals.page(1).more(false).pageCount(1).total(1);
                server.everyPage(dialect.page(member.equals(dialect.totalName()) ? last.total(json) : last.pageCount(json), "101"));

                DecodingException e = failure(DecodingException.class, () -> dialect.ids(server));

                assertThat(e).hasMessageContaining("'" + member + "'");
            }
        }
    }

    static Stream<Arguments> beyondInt() {
        return dialects().flatMap(dialect -> Stream.of(2_147_483_648L, 5_000_000_000L, Long.MAX_VALUE)
                .map(count -> Arguments.of(dialect, count)));
    }

    static Stream<Arguments> badCounts() {
        List<String> bad = List.of("-1", "2.5", "\"many\"", "\"-1\"", "\"2.5\"", "true", "{}");
        return dialects().flatMap(dialect -> Stream.of(dialect.totalName(), dialect.pageCountName())
                .flatMap(member -> bad.stream().map(json -> Arguments.of(dialect, member, json))));
    }

    @Nested
    @DisplayName("Rule 4: a 200 whose envelope says \"success\": false is the vendor's ApiException")
    class SuccessFalse {

        @ParameterizedTest(name = "{0}")
        @MethodSource(DIALECTS)
        void isTheVendorsApiExceptionWithStatus200(DialectFixture dialect) {
            VendorError failure = dialect.failure("The account is suspended.", "ACCOUNT_SUSPENDED", "req_rule_4");
            try (Listing server = new Listing()) {
                server.everyPage(withRequestId(Listing.json(200, failure.body()), failure).build());

                ApiException e = failure(ApiException.class, () -> dialect.ids(server));

                assertThat(e).isExactlyInstanceOf(ApiException.class);
                assertThat(e.statusCode()).isEqualTo(200);
                assertThat(e.vendorMessage()).hasValue("The account is suspended.");
                assertThat(e.errorCode()).isEqualTo(failure.code());
                assertThat(e.requestId()).hasValue("req_rule_4");
                assertThat(e.page()).hasValue(1);
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource(DIALECTS)
        void besideAPageThatWouldReadIsStillTheVendorsError(DialectFixture dialect) {
            VendorError failure = dialect.failure("The account is suspended.", "ACCOUNT_SUSPENDED", "req_rule_4");
            try (Listing server = new Listing()) {
                String body = dialect.failureBesidePage(failure, Signals.page(1).more(false).pageCount(1).total(1), "101");
                server.everyPage(withRequestId(Listing.json(200, body), failure).build());

                ApiException e = failure(ApiException.class, () -> dialect.ids(server));

                assertThat(e.statusCode()).isEqualTo(200);
                assertThat(e.vendorMessage()).hasValue("The account is suspended.");
            }
        }

        private MockResponse.Builder withRequestId(MockResponse.Builder reply, VendorError failure) {
            return failure.requestId() == null ? reply : reply.addHeader("X-Request-Id", failure.requestId());
        }
    }

    @Nested
    @DisplayName("Rule 5: content after the JSON document fails")
    class ContentAfterTheDocument {

        @ParameterizedTest(name = "{0}, followed by {1}")
        @MethodSource("dev.leadkit.testkit.DialectRulesTest#trailingContent")
        void fails(DialectFixture dialect, String after) {
            try (Listing server = new Listing()) {
                server.everyPage(dialect.page(Signals.page(1).more(false).pageCount(1), "101") + after);

                assertThatThrownBy(() -> dialect.ids(server)).isInstanceOf(DecodingException.class);
            }
        }

        @ParameterizedTest(name = "{0}, {1}, followed by '{'")
        @MethodSource("dev.leadkit.testkit.DialectRulesTest#wholeListingShapes")
        void afterAWholeListingFails(DialectFixture dialect, WholeListingShape shape) {
            try (Listing server = new Listing()) {
                server.everyPage(shape.write().apply(dialect.leads("101")) + "{");

                assertThatThrownBy(() -> dialect.ids(server)).isInstanceOf(DecodingException.class);
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource(DIALECTS)
        void whitespaceAfterItIsNotContent(DialectFixture dialect) {
            try (Listing server = new Listing()) {
                server.everyPage(dialect.page(Signals.page(1).more(false).pageCount(1), "101") + " \n\t\r\n ");

                assertThat(dialect.ids(server)).containsExactly("101");
            }
        }
    }

    static Stream<Arguments> trailingContent() {
        return dialects().flatMap(dialect -> Stream.of("{", "{}", "[]", "null", "1", "x")
                .map(after -> Arguments.of(dialect, after)));
    }

    @Nested
    @DisplayName("Rule 6: an empty page while the vendor says more follow does not end the listing; the listing ends on"
            + " the vendor's signal without an extra request")
    class EndOfTheListing {

        @ParameterizedTest(name = "{0}, {1}")
        @MethodSource("dev.leadkit.testkit.DialectRulesTest#dialectsAndSignals")
        void emptyPagesWhileTheVendorSaysMoreFollowDoNotEndIt(DialectFixture dialect, Signal signal) {
            try (Listing server = new Listing()) {
                server.page(1, dialect.page(signal.of(1, 4), "101"))
                        .page(2, dialect.page(signal.of(2, 4)))
                        .page(3, dialect.page(signal.of(3, 4)))
                        .page(4, dialect.page(signal.of(4, 4), "104"));

                assertThat(dialect.ids(server)).containsExactly("101", "104");
                assertThat(server.requestedPages()).containsExactly(1, 2, 3, 4);
            }
        }

        @ParameterizedTest(name = "{0}, {1}")
        @MethodSource("dev.leadkit.testkit.DialectRulesTest#dialectsAndSignals")
        void itEndsOnTheVendorsSignalWithoutAnExtraRequest(DialectFixture dialect, Signal signal) {
            try (Listing server = new Listing()) {
                server.page(1, dialect.page(signal.of(1, 2), "101"))
                        .page(2, dialect.page(signal.of(2, 2), "102"));

                assertThat(dialect.ids(server)).containsExactly("101", "102");
                assertThat(server.requestedPages()).containsExactly(1, 2);
            }
        }

        @ParameterizedTest(name = "{0}, {1}")
        @MethodSource("dev.leadkit.testkit.DialectRulesTest#dialectsAndSignals")
        void anEmptyListingEndsAfterItsOnlyPage(DialectFixture dialect, Signal signal) {
            try (Listing server = new Listing()) {
                server.page(1, dialect.page(signal.of(1, 0).total(0)));

                assertThat(dialect.ids(server)).isEmpty();
                assertThat(server.requestedPages()).containsExactly(1);
            }
        }
    }

    @Nested
    @DisplayName("Rule 7: enums match whatever the case and surrounding whitespace; null and unknown strings are UNKNOWN;"
            + " UNKNOWN is never sent")
    class Enums {

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.leadkit.testkit.DialectRulesTest#enums")
        void everyDocumentedValueMatchesWhateverItsCaseAndSurroundingWhitespace(VendorEnum type) {
            for (Enum<?> member : type.documented()) {
                String wire = type.wire().apply(member);
                for (String sent : List.of(wire, wire.toUpperCase(Locale.ROOT), wire.toLowerCase(Locale.ROOT),
                        alternatingCase(wire), " \t\n" + wire + " \r\n", "  " + alternatingCase(wire) + "\t")) {
                    assertThat(type.fromValue().apply(sent)).as("fromValue(\"%s\")", sent).isSameAs(member);
                }
            }
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.leadkit.testkit.DialectRulesTest#enums")
        void nullIsUnknown(VendorEnum type) {
            assertThat(type.fromValue().apply(null)).isSameAs(type.unknown());
        }

        @ParameterizedTest(name = "{0}, \"{1}\"")
        @MethodSource("dev.leadkit.testkit.DialectRulesTest#unknownStrings")
        void anUnknownStringIsUnknown(VendorEnum type, String sent) {
            assertThat(type.fromValue().apply(sent)).isSameAs(type.unknown());
        }

        @ParameterizedTest(name = "{0} through {1}")
        @MethodSource("dev.leadkit.testkit.DialectRulesTest#sends")
        void unknownCannotBeSent(VendorEnum type, Send send) {
            assertThatThrownBy(() -> send.send().accept(type.unknown()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith(send.parameter() + " ");
        }

        @ParameterizedTest(name = "{0} through {1}")
        @MethodSource("dev.leadkit.testkit.DialectRulesTest#sends")
        void everyDocumentedValueCanBeSent(VendorEnum type, Send send) {
            for (Enum<?> member : type.documented()) {
                assertThatCode(() -> send.send().accept(member)).as("%s", member).doesNotThrowAnyException();
            }
        }

        private String alternatingCase(String text) {
            StringBuilder mixed = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                mixed.append(i % 2 == 0 ? Character.toUpperCase(c) : Character.toLowerCase(c));
            }
            return mixed.toString();
        }
    }

    static Stream<VendorEnum> enums() {
        return dialects().flatMap(dialect -> dialect.enums().stream());
    }

    /** Strings near each documented value, none of them one: empty, blank, a value with a letter more, one less, a space inside. */
    static Stream<Arguments> unknownStrings() {
        return enums().flatMap(type -> {
            List<String> wires = type.documented().stream().map(type.wire()).toList();
            List<String> near = new ArrayList<>(List.of("", "   ", "mystery-value"));
            for (String wire : wires) {
                near.add(wire + "x");
                near.add("x" + wire);
                near.add(wire.substring(0, wire.length() - 1));
                near.add(wire.substring(0, 1) + " " + wire.substring(1));
            }
            return near.stream().distinct()
                    .filter(text -> wires.stream().noneMatch(wire -> wire.equalsIgnoreCase(text.strip())))
                    .map(text -> Arguments.of(type, text));
        });
    }

    static Stream<Arguments> sends() {
        return enums().flatMap(type -> type.sends().stream().map(send -> Arguments.of(type, send)));
    }

    @Nested
    @DisplayName("Rule 8: unknown fields of a lead are kept as JsonValues; a lead missing its id fails naming id")
    class LeadFields {

        @ParameterizedTest(name = "{0}")
        @MethodSource(DIALECTS)
        void unknownFieldsAreKeptAsJsonValues(DialectFixture dialect) {
            try (Listing server = new Listing()) {
                String lead = dialect.lead("101", "\"futureField\": {\"nested\": [1, 2.50, null, true, \"x\", {\"deep\": []}]},"
                        + " \"score\": 12345678901234567890, \"tier\": \"vip\", \"flagged\": false, \"nothing\": null");
                server.everyPage(dialect.page(List.of(lead), Signals.page(1).more(false).pageCount(1)));

                Lead read = dialect.read(server, listing -> listing.page(1).items().get(0));

                assertThat(dialect.additionalProperties(read)).isEqualTo(Map.of(
                        "futureField", JsonValue.parse("{\"nested\": [1, 2.50, null, true, \"x\", {\"deep\": []}]}"),
                        "score", JsonValue.parse("12345678901234567890"),
                        "tier", JsonValue.of("vip"),
                        "flagged", JsonValue.of(false),
                        "nothing", JsonValue.parse("null")));
            }
        }

        @ParameterizedTest(name = "{0}, {1}")
        @MethodSource("dev.leadkit.testkit.DialectRulesTest#leadsWithoutId")
        void aLeadWithoutItsIdFailsNamingId(DialectFixture dialect, Function<DialectFixture, String> withoutId) {
            try (Listing server = new Listing()) {
                server.everyPage(dialect.page(List.of(dialect.lead("101"), withoutId.apply(dialect)),
                        Signals.page(1).more(false).pageCount(1)));

                DecodingException e = failure(DecodingException.class, () -> dialect.ids(server));

                assertThat(e).hasMessageContaining("'id'");
            }
        }
    }

    static Stream<Arguments> leadsWithoutId() {
        Function<DialectFixture, String> absent = DialectFixture::leadWithoutId;
        Function<DialectFixture, String> isNull = DialectFixture::leadWithNullId;
        return dialects().flatMap(dialect -> Stream.of(Arguments.of(dialect, Named.of("no id member", absent)),
                Arguments.of(dialect, Named.of("\"id\": null", isNull))));
    }

    @Nested
    @DisplayName("Rule 9: the whole-listing shape (Autocalls, Octanist) is page 1 of 1 holding every lead, a later page of"
            + " it empty; orgleads documents none, and a bare array fails")
    class WholeListing {

        @ParameterizedTest(name = "{0}, {1}")
        @MethodSource("dev.leadkit.testkit.DialectRulesTest#wholeListingShapes")
        void isPage1Of1HoldingEveryLead(DialectFixture dialect, WholeListingShape shape) {
            try (Listing server = new Listing()) {
                server.everyPage(shape.write().apply(dialect.leads("101", "102", "103")));

                Page<? extends Lead> page = dialect.read(server, listing -> listing.page(1));

                assertThat(page.items()).extracting(Lead::id).containsExactly("101", "102", "103");
                assertThat(page.number()).isEqualTo(1);
                assertThat(page.hasNext()).isFalse();
                assertThat(page.totalItems()).hasValue(3);
                assertThat(page.totalPages()).hasValue(1);
            }
        }

        @ParameterizedTest(name = "{0}, {1}")
        @MethodSource("dev.leadkit.testkit.DialectRulesTest#wholeListingShapes")
        void aLaterPageOfItIsEmpty(DialectFixture dialect, WholeListingShape shape) {
            try (Listing server = new Listing()) {
                server.everyPage(shape.write().apply(dialect.leads("101", "102", "103")));

                Page<? extends Lead> page = dialect.read(server, listing -> listing.page(2));

                assertThat(page.items()).isEmpty();
                assertThat(page.number()).isEqualTo(2);
                assertThat(page.hasNext()).isFalse();
                assertThat(page.totalPages()).hasValue(1);
            }
        }

        @ParameterizedTest(name = "{0}, {1}")
        @MethodSource("dev.leadkit.testkit.DialectRulesTest#wholeListingShapes")
        void aListingOfItEndsAfterOneRequest(DialectFixture dialect, WholeListingShape shape) {
            try (Listing server = new Listing()) {
                server.page(1, shape.write().apply(dialect.leads("101", "102", "103")));

                assertThat(dialect.ids(server)).containsExactly("101", "102", "103");
                assertThat(server.requestedPages()).containsExactly(1);
            }
        }

        @Test
        @DisplayName("orgleads, by design the other answer: Nexus ERP documents no unpaginated shape, so a bare array fails")
        void orgLeadsHasNoWholeListingShapeSoABareArrayFails() {
            DialectFixture dialect = new DialectFixture.OrgLeads();
            assertThat(dialect.wholeListingShapes()).isEmpty();
            try (Listing server = new Listing()) {
                server.everyPage(DialectFixture.array(dialect.leads("101", "102", "103")));

                DecodingException e = failure(DecodingException.class, () -> dialect.ids(server));

                assertThat(e).hasMessageContaining("ARRAY");
                assertThat(server.requestedPages()).containsExactly(1);
            }
        }
    }

    /** Every unpaginated shape of every dialect that documents one: Autocalls' two, Octanist's legacy array. */
    static Stream<Arguments> wholeListingShapes() {
        return dialects().flatMap(dialect -> dialect.wholeListingShapes().stream()
                .map(shape -> Arguments.of(dialect, Named.of(shape.name(), shape))));
    }
}
