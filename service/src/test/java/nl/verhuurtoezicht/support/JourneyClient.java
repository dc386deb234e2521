package nl.verhuurtoezicht.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like client for the journey tests: cookies, CSRF from the page last fetched (form field or meta tag),
 * urlencoded forms with repeated fields, multipart uploads, JSON, and an X-Forwarded-For address so each test is
 * its own sender for the meldpunt's rate limit (the service trusts forwarded headers from the local proxy).
 */
public final class JourneyClient {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CSRF_META = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

    public record Part(String name, String fileName, String contentType, byte[] content) {
        public static Part field(String name, String value) {
            return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
        }

        public static Part file(String name, String fileName, String contentType, byte[] content) {
            return new Part(name, fileName, contentType, content);
        }
    }

    private final String base;
    private final String forwardedFor;
    private final HttpClient client;
    private String csrf;

    public JourneyClient(int port, String forwardedFor) {
        this.base = "http://localhost:" + port;
        this.forwardedFor = forwardedFor;
        this.client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(request(path).header("Accept", "text/html").GET().build());
        Matcher field = CSRF_FIELD.matcher(response.body());
        Matcher meta = CSRF_META.matcher(response.body());
        if (field.find()) {
            csrf = field.group(1);
        } else if (meta.find()) {
            csrf = meta.group(1);
        }
        return response;
    }

    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public void login(String username, String password) {
        get("/login");
        HttpResponse<String> response = form("/login", List.of(Map.entry("username", username), Map.entry("password", password)));
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("login failed: " + response.statusCode() + " " + response.headers().map());
        }
    }

    /** Posts a urlencoded form with the CSRF token of the page fetched last; fields may repeat. */
    public HttpResponse<String> form(String path, List<Map.Entry<String, String>> fields) {
        String body = fields.stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        body = body + (body.isEmpty() ? "" : "&") + "_csrf=" + enc(csrf == null ? "" : csrf);
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> multipart(String path, List<Part> parts) {
        String boundary = "----vt" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Part> all = new java.util.ArrayList<>(parts);
        all.add(Part.field("_csrf", csrf == null ? "" : csrf));
        for (Part part : all) {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(part.name()).append('"');
            if (part.fileName() != null) {
                head.append("; filename=\"").append(part.fileName()).append("\"\r\nContent-Type: ").append(part.contentType());
            }
            head.append("\r\n\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(part.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html").POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build());
    }

    public HttpResponse<String> json(String path, String body) {
        return send(request(path).header("Content-Type", "application/json").header("X-CSRF-TOKEN", csrf == null ? "" : csrf)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public static String location(HttpResponse<?> response) {
        URI uri = URI.create(response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no redirect")));
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        return forwardedFor == null ? builder : builder.header("X-Forwarded-For", forwardedFor);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
