package th.tipnet.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

import tools.jackson.databind.JsonNode;

/**
 * Prints HTML to PDF with headless Chromium: the one engine that both places Thai vowels and tone
 * marks correctly and keeps the text extractable. The fonts (Noto Sans Thai, OFL) ship with the
 * application and are written beside the pages, so output does not depend on the host's fonts.
 *
 * <p>Printing is bounded: one long-lived Chromium (started at the first print, started again if it
 * dies) prints at most {@code tipnet.pdf.pages} documents at once, each in a page of its own; up to
 * {@code tipnet.pdf.queue} more wait their turn, in arrival order, for at most
 * {@code tipnet.pdf.wait}. Anything beyond is refused at once with {@link TryAgainLater} (503 and
 * {@code Retry-After}), so a rush of requests costs a short wait or a clear answer, never dozens
 * of browsers on a two-core server. Without Chromium the answer is a clear 503 too.
 */
@Component
public class PdfPrinter implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PdfPrinter.class);

	private static final List<String> FONTS = List.of("NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf");

	/** Read from Chromium's stream in pieces this large (base64), so a long batch never becomes one huge message. */
	private static final int CHUNK = 4 * 1024 * 1024;

	private final String chromium;

	private final Semaphore pages;

	private final int queue;

	private final Duration wait;

	private final Duration timeout;

	private final Duration retryAfter;

	private final AtomicInteger waiting = new AtomicInteger();

	private final AtomicInteger started = new AtomicInteger();

	private final AtomicInteger printing = new AtomicInteger();

	private final AtomicInteger mostAtOnce = new AtomicInteger();

	private DevToolsPipe browser;

	private Path workDir;

	PdfPrinter(@Value("${tipnet.chromium:/usr/bin/chromium}") String chromium, @Value("${tipnet.pdf.pages:2}") int pages,
			@Value("${tipnet.pdf.queue:16}") int queue, @Value("${tipnet.pdf.wait:PT30S}") Duration wait,
			@Value("${tipnet.pdf.timeout:PT5M}") Duration timeout, @Value("${tipnet.pdf.retry-after:PT15S}") Duration retryAfter) {
		if (pages < 1 || queue < 0) {
			throw new IllegalArgumentException("tipnet.pdf.pages must be at least 1 and tipnet.pdf.queue not negative");
		}
		this.chromium = chromium;
		this.pages = new Semaphore(pages, true);
		this.queue = queue;
		this.wait = wait;
		this.timeout = timeout;
		this.retryAfter = retryAfter;
	}

	/** The HTML may use {@code font-family: "TIPNet Thai"} (regular and bold). */
	public byte[] print(String html) {
		if (!Files.isExecutable(Path.of(chromium))) {
			throw unavailable();
		}
		admit();
		int now = printing.incrementAndGet();
		mostAtOnce.accumulateAndGet(now, Math::max);
		try {
			return render(html);
		}
		finally {
			printing.decrementAndGet();
			pages.release();
		}
	}

	/** A page now, or a place in the bounded queue and a bounded wait for one; else 503 with Retry-After. */
	private void admit() {
		try {
			// Zero wait, but in turn: a free page goes to those already waiting first (fair semaphore).
			if (pages.tryAcquire(0, TimeUnit.MILLISECONDS)) {
				return;
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw busy();
		}
		if (waiting.incrementAndGet() > queue) {
			waiting.decrementAndGet();
			throw busy();
		}
		try {
			if (!pages.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw busy();
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw busy();
		}
		finally {
			waiting.decrementAndGet();
		}
	}

	private byte[] render(String html) {
		DevToolsPipe chrome;
		try {
			chrome = browser();
		}
		catch (IOException e) {
			log.warn("Chromium could not be started: {}", e.getMessage());
			throw unavailable();
		}
		Path page = workDir.resolve(UUID.randomUUID() + ".html");
		String session = null;
		String target = null;
		long deadline = System.nanoTime() + timeout.toNanos();
		try {
			String withFonts = html.contains("<head>") ? html.replaceFirst("<head>", "<head>" + fontFaces()) : fontFaces() + html;
			Files.writeString(page, withFonts, StandardCharsets.UTF_8);
			target = ask(chrome, null, "Target.createTarget", DevToolsPipe.params().put("url", "about:blank"), deadline)
				.path("targetId").asString();
			session = ask(chrome, null, "Target.attachToTarget",
					DevToolsPipe.params().put("targetId", target).put("flatten", true), deadline).path("sessionId").asString();
			CompletableFuture<Void> loaded = chrome.loaded(session);
			ask(chrome, session, "Page.enable", null, deadline);
			ask(chrome, session, "Page.navigate", DevToolsPipe.params().put("url", page.toUri().toString()), deadline);
			loaded.get(remaining(deadline), TimeUnit.NANOSECONDS);
			// Fonts declared in CSS may still be arriving after the load event: print only once they are in.
			ask(chrome, session, "Runtime.evaluate", DevToolsPipe.params()
				.put("expression", "document.fonts.ready.then(() => true)")
				.put("awaitPromise", true), deadline);
			String stream = ask(chrome, session, "Page.printToPDF", DevToolsPipe.params()
				.put("printBackground", true)
				.put("preferCSSPageSize", true)
				.put("marginTop", 0)
				.put("marginBottom", 0)
				.put("marginLeft", 0)
				.put("marginRight", 0)
				.put("transferMode", "ReturnAsStream"), deadline).path("stream").asString();
			return readStream(chrome, session, stream, deadline);
		}
		catch (TimeoutException e) {
			// A page that does not finish in time may have hung the browser: start afresh next time.
			log.warn("A PDF did not print within {}; Chromium is restarted", timeout);
			restart(chrome);
			throw new TryAgainLater("error.pdfFailed", retryAfter);
		}
		catch (IOException | ExecutionException e) {
			// Chromium crashed or refused the page; the next print starts a fresh one.
			log.warn("Chromium failed to print a PDF: {}", e.getMessage());
			throw new TryAgainLater("error.pdfFailed", retryAfter);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw unavailable();
		}
		finally {
			if (session != null) {
				chrome.forget(session);
			}
			if (target != null && chrome.alive()) {
				chrome.send(null, "Target.closeTarget", DevToolsPipe.params().put("targetId", target));
			}
			try {
				Files.deleteIfExists(page);
			}
			catch (IOException e) {
				log.debug("Could not delete a printed page", e);
			}
		}
	}

	private static byte[] readStream(DevToolsPipe chrome, String session, String stream, long deadline)
			throws IOException, ExecutionException, InterruptedException, TimeoutException {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
		try {
			while (true) {
				JsonNode chunk = ask(chrome, session, "IO.read", DevToolsPipe.params().put("handle", stream).put("size", CHUNK),
						deadline);
				String data = chunk.path("data").asString();
				pdf.write(chunk.path("base64Encoded").asBoolean() ? Base64.getDecoder().decode(data)
						: data.getBytes(StandardCharsets.ISO_8859_1));
				if (chunk.path("eof").asBoolean()) {
					return pdf.toByteArray();
				}
			}
		}
		finally {
			chrome.send(session, "IO.close", DevToolsPipe.params().put("handle", stream));
		}
	}

	private static JsonNode ask(DevToolsPipe chrome, String session, String method, tools.jackson.databind.node.ObjectNode params,
			long deadline) throws ExecutionException, InterruptedException, TimeoutException {
		return chrome.send(session, method, params).get(remaining(deadline), TimeUnit.NANOSECONDS);
	}

	private static long remaining(long deadline) throws TimeoutException {
		long left = deadline - System.nanoTime();
		if (left <= 0) {
			throw new TimeoutException();
		}
		return left;
	}

	/** The running browser, started now if there is none or the last one died. */
	private synchronized DevToolsPipe browser() throws IOException {
		if (browser != null && browser.alive()) {
			return browser;
		}
		if (browser != null) {
			browser.close();
		}
		if (workDir == null) {
			workDir = Files.createTempDirectory("tipnet-pdf");
			for (String font : FONTS) {
				try (InputStream in = new ClassPathResource("fonts/" + font).getInputStream()) {
					Files.copy(in, workDir.resolve(font));
				}
			}
		}
		browser = DevToolsPipe.start(chromium, workDir.resolve("profile"));
		started.incrementAndGet();
		log.info("Chromium started for printing (pid {})", browser.pid());
		return browser;
	}

	private synchronized void restart(DevToolsPipe hung) {
		if (browser == hung) {
			browser.close();
			browser = null;
		}
	}

	/** How many Chromium processes this printer has started since the application started. */
	public int browsersStarted() {
		return started.get();
	}

	/** The most documents that were ever printing at the same moment (never above {@code tipnet.pdf.pages}). */
	public int mostPrintingAtOnce() {
		return mostAtOnce.get();
	}

	private TryAgainLater busy() {
		return new TryAgainLater("error.pdfBusy", retryAfter);
	}

	private static DomainException unavailable() {
		return new DomainException(HttpStatus.SERVICE_UNAVAILABLE, "error.pdfUnavailable", null);
	}

	@Override
	public synchronized void destroy() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
		if (workDir != null) {
			FileSystemUtils.deleteRecursively(workDir.toFile());
		}
	}

	private static String fontFaces() {
		return "<style>@font-face{font-family:'TIPNet Thai';src:url('NotoSansThai-Regular.ttf');font-weight:400}"
				+ "@font-face{font-family:'TIPNet Thai';src:url('NotoSansThai-Bold.ttf');font-weight:700}</style>\n";
	}
}
