package th.tipnet.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * marks correctly and keeps the text extractable. One font family sets Thai and Latin alike: Sarabun
 * (Cadson Demak, OFL), the libre form of the Sarabun that Thai government documents are set in. Its
 * files ship with the application and are written beside the pages, so output does not depend on the
 * host's fonts, and every page gets it unless it asks for another.
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

	/** The document font's subsets (Fontsource's files of Sarabun), each with the characters it holds. */
	private static final Map<String, String> SUBSETS = new LinkedHashMap<>();
	static {
		SUBSETS.put("thai", "U+02D7,U+0303,U+0331,U+0E01-0E5B,U+200C-200D,U+25CC");
		SUBSETS.put("vietnamese", "U+0102-0103,U+0110-0111,U+0128-0129,U+0168-0169,U+01A0-01A1,U+01AF-01B0,U+0300-0301,"
				+ "U+0303-0304,U+0308-0309,U+0323,U+0329,U+1EA0-1EF9,U+20AB");
		SUBSETS.put("latin-ext", "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,"
				+ "U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF");
		SUBSETS.put("latin", "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,"
				+ "U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD");
	}

	private static final List<Integer> WEIGHTS = List.of(400, 700);

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

	/**
	 * The HTML is set in the document font unless it says otherwise; it may name it as
	 * {@code font-family: "TIPNet Thai"} or {@code "Sarabun"} (regular and bold, Thai and Latin).
	 */
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
			for (String font : fontFiles()) {
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

	private static List<String> fontFiles() {
		return SUBSETS.keySet().stream().flatMap(subset -> WEIGHTS.stream().map(weight -> fontFile(subset, weight))).toList();
	}

	private static String fontFile(String subset, int weight) {
		return "sarabun-" + subset + "-" + weight + "-normal.woff2";
	}

	/** Sarabun under both names, and as the pages' default: the page's own styles follow and may override it. */
	private static String fontFaces() {
		StringBuilder css = new StringBuilder("<style>");
		for (String family : List.of("TIPNet Thai", "Sarabun")) {
			SUBSETS.forEach((subset, range) -> WEIGHTS.forEach(weight -> css.append("@font-face{font-family:'").append(family)
				.append("';src:url('").append(fontFile(subset, weight)).append("') format('woff2');font-weight:").append(weight)
				.append(";unicode-range:").append(range).append('}')));
		}
		return css.append("html{font-family:'TIPNet Thai',sans-serif}</style>\n").toString();
	}
}
