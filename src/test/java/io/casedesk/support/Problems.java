package io.casedesk.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.casedesk.support.ApiClient.Response;

/** What every refused API request must answer: an {@code application/problem+json} body that says what to change. */
public final class Problems {

    private Problems() {
    }

    public static void assertProblem(Response response, int status, String detailFragment) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("status").asInt()).isEqualTo(status);
        assertThat(response.json().path("title").asText()).isNotBlank();
        assertThat(response.detail()).contains(detailFragment);
    }
}
