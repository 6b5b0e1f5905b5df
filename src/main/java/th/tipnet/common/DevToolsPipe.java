package th.tipnet.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One headless Chromium, driven through the DevTools protocol over its {@code --remote-debugging-pipe}:
 * messages are JSON, each ended by a NUL byte, read from file descriptor 3 and written to 4. A
 * shell maps those two onto the process's standard input and output and then becomes Chromium
 * ({@code exec}), so no debugging port is ever opened that another local process could use, and
 * Chromium's parent is this JVM. Commands and their answers are matched by id; answers of pages
 * (targets) carry the session id of the flat protocol.
 */
final class DevToolsPipe implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(DevToolsPipe.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Process process;

	private final OutputStream commands;

	private final AtomicInteger ids = new AtomicInteger();

	private final Map<Integer, CompletableFuture<JsonNode>> answers = new ConcurrentHashMap<>();

	/** Pages waiting for their load event, by session id. */
	private final Map<String, CompletableFuture<Void>> loads = new ConcurrentHashMap<>();

	private volatile boolean open = true;

	private DevToolsPipe(Process process) {
		this.process = process;
		this.commands = process.getOutputStream();
		Thread reader = new Thread(this::read, "chromium-devtools-" + process.pid());
		reader.setDaemon(true);
		reader.start();
	}

	/** Starts Chromium with its profile in {@code profile}; its log goes nowhere (it may print file paths). */
	static DevToolsPipe start(String chromium, Path profile) throws IOException {
		List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "exec \"$0\" \"$@\" 3<&0 4>&1 0</dev/null 1>/dev/null",
				chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--no-default-browser-check", "--mute-audio", "--user-data-dir=" + profile, "--remote-debugging-pipe",
				"about:blank"));
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		return new DevToolsPipe(process);
	}

	boolean alive() {
		return open && process.isAlive();
	}

	long pid() {
		return process.pid();
	}

	/** Sends a command to the browser ({@code session} null) or to a page; the answer's {@code result}. */
	CompletableFuture<JsonNode> send(String session, String method, ObjectNode params) {
		int id = ids.incrementAndGet();
		CompletableFuture<JsonNode> answer = new CompletableFuture<>();
		answers.put(id, answer);
		ObjectNode message = JSON.createObjectNode();
		message.put("id", id);
		message.put("method", method);
		message.set("params", params == null ? JSON.createObjectNode() : params);
		if (session != null) {
			message.put("sessionId", session);
		}
		try {
			byte[] bytes = JSON.writeValueAsBytes(message);
			synchronized (commands) {
				commands.write(bytes);
				commands.write(0);
				commands.flush();
			}
		}
		catch (IOException e) {
			answers.remove(id);
			answer.completeExceptionally(e);
			fail(e);
		}
		if (!open) {
			answer.completeExceptionally(new IOException("Chromium has exited"));
		}
		return answer;
	}

	/** Completes when the page of {@code session} fires its load event; ask before navigating. */
	CompletableFuture<Void> loaded(String session) {
		return loads.computeIfAbsent(session, s -> new CompletableFuture<>());
	}

	void forget(String session) {
		loads.remove(session);
	}

	static ObjectNode params() {
		return JSON.createObjectNode();
	}

	private void read() {
		try (InputStream in = process.getInputStream()) {
			ByteArrayOutputStream message = new ByteArrayOutputStream(64 * 1024);
			byte[] buffer = new byte[64 * 1024];
			int n;
			while ((n = in.read(buffer)) > 0) {
				int from = 0;
				for (int i = 0; i < n; i++) {
					if (buffer[i] == 0) {
						message.write(buffer, from, i - from);
						dispatch(message.toByteArray());
						message.reset();
						from = i + 1;
					}
				}
				message.write(buffer, from, n - from);
			}
			fail(new IOException("Chromium closed its DevTools pipe"));
		}
		catch (IOException | RuntimeException e) {
			fail(e);
		}
	}

	private void dispatch(byte[] raw) {
		JsonNode message = JSON.readTree(raw);
		JsonNode id = message.get("id");
		if (id != null) {
			CompletableFuture<JsonNode> answer = answers.remove(id.asInt());
			if (answer == null) {
				return;
			}
			JsonNode error = message.get("error");
			if (error != null) {
				answer.completeExceptionally(new IOException("DevTools: " + error.path("message").asString()));
			}
			else {
				answer.complete(message.path("result"));
			}
			return;
		}
		if ("Page.loadEventFired".equals(message.path("method").asString())) {
			loaded(message.path("sessionId").asString()).complete(null);
		}
	}

	/** Chromium went away (crashed, killed, or closed): everything waiting on it fails at once. */
	private void fail(Exception cause) {
		if (open) {
			open = false;
			log.warn("Chromium (pid {}) stopped answering: {}", process.pid(), cause.getMessage());
		}
		IOException gone = new IOException("Chromium has exited", cause);
		answers.values().forEach(a -> a.completeExceptionally(gone));
		answers.clear();
		loads.values().forEach(l -> l.completeExceptionally(gone));
		process.descendants().forEach(ProcessHandle::destroyForcibly);
		process.destroyForcibly();
	}

	@Override
	public void close() {
		open = false;
		try {
			commands.close();
		}
		catch (IOException ignored) {
			// Closing the pipe is how Chromium is told to quit; it is killed below anyway.
		}
		process.destroy();
		try {
			if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
		}
	}
}
