package th.tipnet.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Prints HTML to PDF with headless Chromium: the one engine that both places Thai vowels and tone
 * marks correctly and keeps the text extractable. The fonts (Noto Sans Thai, OFL) ship with the
 * application and are written beside the page, so output does not depend on the host's fonts.
 * Chromium is a runtime dependency for documents; without it the answer is a clear 503.
 */
@Component
public class PdfPrinter {

	private static final List<String> FONTS = List.of("NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf");

	private final String chromium;

	PdfPrinter(@Value("${tipnet.chromium:/usr/bin/chromium}") String chromium) {
		this.chromium = chromium;
	}

	/** The HTML may use {@code font-family: "TIPNet Thai"} (regular and bold). */
	public byte[] print(String html) {
		if (!Files.isExecutable(Path.of(chromium))) {
			throw new DomainException(HttpStatus.SERVICE_UNAVAILABLE, "error.pdfUnavailable", null);
		}
		Path dir = null;
		try {
			dir = Files.createTempDirectory("tipnet-pdf");
			for (String font : FONTS) {
				try (InputStream in = new ClassPathResource("fonts/" + font).getInputStream()) {
					Files.copy(in, dir.resolve(font));
				}
			}
			Path page = dir.resolve("document.html");
			String withFonts = html.contains("<head>") ? html.replaceFirst("<head>", "<head>" + fontFaces()) : fontFaces() + html;
			Files.writeString(page, withFonts, StandardCharsets.UTF_8);
			Path pdf = dir.resolve("document.pdf");
			Process process = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--no-pdf-header-footer", "--user-data-dir=" + dir.resolve("profile"), "--print-to-pdf=" + pdf,
					page.toUri().toString())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!process.waitFor(90, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new DomainException(HttpStatus.SERVICE_UNAVAILABLE, "error.pdfUnavailable", null);
			}
			if (!Files.exists(pdf)) {
				throw new DomainException(HttpStatus.SERVICE_UNAVAILABLE, "error.pdfUnavailable", null);
			}
			return Files.readAllBytes(pdf);
		}
		catch (IOException e) {
			throw new DomainException(HttpStatus.SERVICE_UNAVAILABLE, "error.pdfUnavailable", null);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new DomainException(HttpStatus.SERVICE_UNAVAILABLE, "error.pdfUnavailable", null);
		}
		finally {
			if (dir != null) {
				FileSystemUtils.deleteRecursively(dir.toFile());
			}
		}
	}

	private static String fontFaces() {
		return "<style>@font-face{font-family:'TIPNet Thai';src:url('NotoSansThai-Regular.ttf');font-weight:400}"
				+ "@font-face{font-family:'TIPNet Thai';src:url('NotoSansThai-Bold.ttf');font-weight:700}</style>\n";
	}
}
