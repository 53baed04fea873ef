package dev.leadkit.orgleads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.leadkit.core.DecodingException;
import dev.leadkit.core.Page;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrgLeadsPaginationTest {

    private final TestServer server = new TestServer();
    private final OrgLeadsClient client = server.client();

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    private void enqueueThreePages() {
        server.enqueue(200, TestServer.page(1, 2, 5, 3, true, TestServer.lead("a"), TestServer.lead("b")));
        server.enqueue(200, TestServer.page(2, 2, 5, 3, true, TestServer.lead("c"), TestServer.lead("d")));
        server.enqueue(200, TestServer.page(3, 2, 5, 3, false, TestServer.lead("e")));
    }

    @Test
    void threePagesYieldEveryLeadOnceInOrderWithEveryParameterOnTheWire() {
        enqueueThreePages();

        List<String> ids = client.leads().list(OrgLeadQuery.builder()
                        .status(OrgLeadStatus.CONTACTED)
                        .search("acme")
                        .assignedToId("65e0a000a000a000a000a000")
                        .pageSize(2)
                        .build())
                .stream().map(OrgLead::id).collect(Collectors.toList());

        assertThat(ids).containsExactly("a", "b", "c", "d", "e");
        for (int page = 1; page <= 3; page++) {
            assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v1/leads?status=CONTACTED&search=acme"
                    + "&assignedToId=65e0a000a000a000a000a000&page=" + page + "&pageSize=2");
        }
        assertThat(server.requestCount()).isEqualTo(3);
    }

    @Test
    void noRequestIsSpentAfterHasNextPageIsFalse() {
        enqueueThreePages();
        server.enqueue(200, TestServer.page(4, 2, 5, 3, false));

        long count = client.leads().list().stream().count();

        assertThat(count).isEqualTo(5);
        assertThat(server.requestCount()).isEqualTo(3);
    }

    @Test
    void hasNextPageDecidesEvenWhenAPageIsEmpty() {
        server.enqueue(200, TestServer.page(1, 2, 1, 2, true));
        server.enqueue(200, TestServer.page(2, 2, 1, 2, false, TestServer.lead("late")));

        List<String> ids = client.leads().list().stream().map(OrgLead::id).collect(Collectors.toList());

        assertThat(ids).containsExactly("late");
    }

    @Test
    void emptyQuerySendsThePageAndTheLargestPageSize() {
        server.enqueue(200, TestServer.onlyPage());

        client.leads().list().stream().count();

        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v1/leads?page=1&pageSize=100");
    }

    @Test
    void requestsAreAuthenticatedWithTheBearerKey() {
        server.enqueue(200, TestServer.onlyPage());

        client.leads().list().stream().count();

        var request = server.takeRequest();
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TestServer.API_KEY);
        assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(request.getMethod()).isEqualTo("GET");
    }

    @Test
    void aPageTheServerSaysIsAnotherThanTheOneRequestedFails() {
        server.enqueue(200, TestServer.page(1, 2, 5, 3, true, TestServer.lead("c")));

        assertThatThrownBy(() -> client.leads().list().page(2))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("page 2 was requested but the server says it answered page 1");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v1/leads?page=2&pageSize=100");
    }

    @Test
    void startingAtResumesAtThatPageWithTheSameQuery() {
        server.enqueue(200, TestServer.page(3, 2, 5, 3, false, TestServer.lead("e")));

        List<String> ids = client.leads().list(OrgLeadQuery.builder().unassigned().build())
                .startingAt(3).stream().map(OrgLead::id).collect(Collectors.toList());

        assertThat(ids).containsExactly("e");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v1/leads?assignedToId=unassigned&page=3&pageSize=100");
    }

    @Test
    void pagesExposeTheVendorsTotals() {
        enqueueThreePages();

        List<Page<OrgLead>> pages = client.leads().list().pages().collect(Collectors.toList());

        assertThat(pages).extracting(Page::number).containsExactly(1, 2, 3);
        assertThat(pages).allSatisfy(page -> {
            assertThat(page.totalItems()).hasValue(5);
            assertThat(page.totalPages()).hasValue(3);
        });
    }

    @Test
    void missingHasNextPageFallsBackToTotalPages() {
        server.enqueue(200, "{\"data\":[" + TestServer.lead("a") + "],\"pagination\":{\"page\":1,\"pageSize\":1,"
                + "\"total\":2,\"totalPages\":2}}");
        server.enqueue(200, "{\"data\":[" + TestServer.lead("b") + "],\"pagination\":{\"page\":2,\"pageSize\":1,"
                + "\"total\":2,\"totalPages\":2}}");

        List<String> ids = client.leads().list().stream().map(OrgLead::id).collect(Collectors.toList());

        assertThat(ids).containsExactly("a", "b");
        assertThat(server.requestCount()).isEqualTo(2);
    }
}
