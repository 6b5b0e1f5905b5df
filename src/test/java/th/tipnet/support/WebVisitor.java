package th.tipnet.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser at the HTTP level: keeps cookies, does not follow redirects (tests look at
 * them), and sends the CSRF token of the last page it saw with every form it posts.
 */
public class WebVisitor {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final HttpClient http;

	private final String base;

	private String csrf;

	private boolean forgotten;

	private String language = "th";

	public WebVisitor(int port) {
		this("http://localhost:" + port, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
	}

	public WebVisitor(String base, CookieManager cookies) {
		this.base = base;
		this.http = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	public WebVisitor speaking(String language) {
		this.language = language;
		return this;
	}

	public HttpResponse<String> get(String path) {
		return remember(send(HttpRequest.newBuilder(URI.create(base + path)).GET()));
	}

	public HttpResponse<String> post(String path, Map<String, String> form) {
		Map<String, String> fields = new LinkedHashMap<>(form);
		if (csrf != null) {
			fields.putIfAbsent("_csrf", csrf);
		}
		String body = fields.entrySet()
			.stream()
			.map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&"));
		return remember(send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))));
	}

	/** As if a page of another site posted: no CSRF token is sent from now on. */
	public WebVisitor forgetCsrf() {
		csrf = null;
		forgotten = true;
		return this;
	}

	/** A script on the last page seen reading JSON. */
	public HttpResponse<String> getJson(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), "application/json");
	}

	/** A script on the last page seen posting JSON, with that page's CSRF token in the header. */
	public HttpResponse<String> postJson(String path, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (csrf != null) {
			request.header("X-CSRF-TOKEN", csrf);
		}
		return send(request, "application/json");
	}

	/**
	 * Posts a multipart form, as a browser does for a file upload: the fields (with the CSRF token of the
	 * last page seen) and one file; {@code file} may be null to send the form without a file.
	 */
	public HttpResponse<String> postMultipart(String path, Map<String, String> form, String fileField, String fileName,
			String contentType, byte[] file) {
		Map<String, String> fields = new LinkedHashMap<>(form);
		if (csrf != null) {
			fields.putIfAbsent("_csrf", csrf);
		}
		String boundary = "----tipnet" + java.util.UUID.randomUUID().toString().replace("-", "");
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		if (file != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
					+ fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return remember(send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))));
	}

	/** Fetches bytes (an image), with extra request headers; keeps cookies like every other request. */
	public HttpResponse<byte[]> getBytes(String path, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET().header("Accept-Language", language);
		headers.forEach(request::header);
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** Signs in through the login form and follows the redirect chain to where it settles. */
	public HttpResponse<String> signIn(String username, String password) {
		get("/login");
		HttpResponse<String> response = post("/login", Map.of("username", username, "password", password));
		return followRedirects(response);
	}

	public HttpResponse<String> followRedirects(HttpResponse<String> response) {
		int hops = 0;
		while (response.statusCode() / 100 == 3 && hops++ < 5) {
			String location = response.headers().firstValue("Location").orElseThrow();
			response = get(location.startsWith("http") ? URI.create(location).getRawPath()
					+ (URI.create(location).getRawQuery() == null ? "" : "?" + URI.create(location).getRawQuery()) : location);
		}
		return response;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		return send(request, "text/html");
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String accept) {
		try {
			return http.send(request.header("Accept", accept).header("Accept-Language", language).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private HttpResponse<String> remember(HttpResponse<String> response) {
		if (forgotten) {
			return response;
		}
		Matcher m = CSRF.matcher(response.body());
		if (m.find()) {
			csrf = m.group(1);
		}
		return response;
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}
}
