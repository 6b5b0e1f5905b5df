package th.tipnet.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An integration's view of the API: real HTTP, JSON in and out, an optional bearer token. */
public class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	private String token;

	private String language = "en";

	public Api(int port) {
		this.base = "http://localhost:" + port;
	}

	public Api withToken(String token) {
		this.token = token;
		return this;
	}

	public Api speaking(String language) {
		this.language = language;
		return this;
	}

	/** Signs in with a password and keeps the token. */
	public Api signIn(String username, String password) {
		Response r = post("/api/v1/auth/token", Map.of("username", username, "password", password));
		if (r.status() != 200) {
			throw new IllegalStateException("Token refused: " + r.status() + " " + r.body());
		}
		this.token = r.json().get("access_token").asString();
		return this;
	}

	public String token() {
		return token;
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	public Response post(String path, Object body) {
		return sendJson(path, "POST", JSON.writeValueAsString(body), Map.of());
	}

	public Response put(String path, Object body, Map<String, String> headers) {
		return sendJson(path, "PUT", JSON.writeValueAsString(body), headers);
	}

	/** Sends a raw body as it is (malformed JSON, wrong types). */
	public Response sendJson(String path, String method, String rawBody, Map<String, String> headers) {
		HttpRequest.Builder b = request(path).header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(rawBody));
		headers.forEach(b::header);
		return send(b);
	}

	/** Uploads one file as a multipart form with the field {@code file}; {@code content} may be null to send no file. */
	public Response postFile(String path, String fileName, String contentType, byte[] content) {
		String boundary = "----tipnet" + java.util.UUID.randomUUID().toString().replace("-", "");
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		if (content != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(content);
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	public Response delete(String path) {
		return send(request(path).DELETE());
	}

	/** A download's bytes, as they are. */
	public HttpResponse<byte[]> getBytes(String path) {
		try {
			return http.send(request(path).setHeader("Accept", "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
			.header("Accept", "application/json, text/plain;q=0.5")
			.header("Accept-Language", language);
		if (token != null) {
			b.header("Authorization", "Bearer " + token);
		}
		return b;
	}

	private Response send(HttpRequest.Builder b) {
		try {
			HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""),
					r.headers().firstValue("ETag").orElse(null));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	public record Response(int status, String body, String contentType, String etag) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		/** The field names a problem response names as offending. */
		public java.util.List<String> problemFields() {
			java.util.List<String> fields = new java.util.ArrayList<>();
			JsonNode errors = json().get("errors");
			if (errors != null) {
				errors.forEach(e -> fields.add(e.get("field").asString()));
			}
			return fields;
		}
	}
}
