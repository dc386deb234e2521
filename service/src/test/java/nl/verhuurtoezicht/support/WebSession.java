package nl.verhuurtoezicht.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like session against the running service for tests: keeps cookies, does not follow redirects, and
 * fills in the CSRF token of the form it last fetched.
 */
public final class WebSession {

    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient client;
    private final java.net.CookieManager cookies = new java.net.CookieManager();

    public WebSession(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static WebSession on(int port) {
        return new WebSession("http://localhost:" + port);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET().build());
    }

    public HttpResponse<String> get(String path, String headerName, String headerValue) {
        return send(HttpRequest.newBuilder(uri(path)).header(headerName, headerValue).GET().build());
    }

    /** Posts a form with the CSRF token taken from {@code formPage}. */
    public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields) {
        HttpResponse<String> page = get(formPage);
        Matcher input = CSRF_INPUT.matcher(page.body());
        Matcher token = input.find() ? VALUE.matcher(input.group()) : null;
        if (token == null || !token.find()) {
            throw new AssertionError("No CSRF token on " + formPage + " (status " + page.statusCode() + ")");
        }
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", token.group(1));
        return post(action, all);
    }

    /** Posts a form as is (no CSRF token unless given). */
    public HttpResponse<String> post(String action, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Logs in with the login form; returns the redirect target (e.g. "/verhuurder" or "/login?locked"). */
    public String login(String username, String password) {
        HttpResponse<String> response = submit("/login", "/login", Map.of("username", username, "password", password));
        if (response.statusCode() != 302) {
            throw new AssertionError("Login answered " + response.statusCode());
        }
        return path(response.headers().firstValue("Location").orElseThrow());
    }

    public String sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** The path and query of an absolute or relative URL. */
    public static String path(String location) {
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
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

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
