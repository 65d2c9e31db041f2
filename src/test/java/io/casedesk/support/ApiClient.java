package io.casedesk.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** A plain HTTP client for the API tests: what a customer's integration would send, byte for byte. */
public final class ApiClient {

    /** A response: status, headers and the body parsed as JSON (missing when not JSON). */
    public record Response(int status, HttpResponse<String> raw, JsonNode json) {

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public String detail() {
            return json.path("detail").asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String base;
    private final String user;
    private final String password;

    private ApiClient(HttpClient http, String base, String user, String password) {
        this.http = http;
        this.base = base;
        this.user = user;
        this.password = password;
    }

    /** An anonymous client of the application listening on this local port. */
    public static ApiClient onPort(int port) {
        return new ApiClient(HttpClient.newHttpClient(), "http://localhost:" + port, null, null);
    }

    /** The same client, signing in with HTTP Basic. */
    public ApiClient as(String newUser, String newPassword) {
        return new ApiClient(http, base, newUser, newPassword);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** A GET asking for another representation, such as {@code text/csv}. */
    public Response get(String path, String accept) {
        return send(request(path).setHeader("Accept", accept).GET());
    }

    public Response post(String path, String json, String... headers) {
        HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /**
     * Any request, exactly as given: the path is not normalised and the body is sent with the given content type
     * ({@code null}: none).
     */
    public Response send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = request(path).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        return request;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = MissingNode.getInstance();
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (type.contains("json") && !response.body().isEmpty()) {
                json = JSON.readTree(response.body());
            }
            return new Response(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
