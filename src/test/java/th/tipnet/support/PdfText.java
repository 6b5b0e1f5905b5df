package th.tipnet.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * What a printed PDF holds, read the way a person would: its first page rendered to PNG with
 * pdftoppm (under target/screenshots, and /work/screens where people look at them), its text
 * extracted with pdftotext, the certificate numbers in it, the text of its QR code.
 */
public final class PdfText {

	private PdfText() {
	}

	/** Saves the PDF and its first page as {@code <name>.png} and returns the PDF's text. */
	public static String of(byte[] pdf, String name) throws Exception {
		Path dir = BrowserTest.SCREENSHOTS;
		Files.createDirectories(dir);
		Path file = dir.resolve(name + ".pdf");
		Files.write(file, pdf);
		run("pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile", file.toString(), dir.resolve(name).toString());
		Path png = dir.resolve(name + ".png");
		assertThat(Files.size(png)).isGreaterThan(5_000);
		Path screens = Path.of("/work/screens");
		if (Files.isDirectory(screens)) {
			Files.copy(png, screens.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		Path txt = dir.resolve(name + ".txt");
		run("pdftotext", "-enc", "UTF-8", file.toString(), txt.toString());
		return Files.readString(txt, StandardCharsets.UTF_8);
	}

	/** The certificate numbers printed in a text, in order. */
	public static List<String> numbers(String text) {
		return Pattern.compile("TIP-[0-9]{4}-[0-9A-Z]{5}-[0-9A-Z]{5}").matcher(text).results().map(MatchResult::group).toList();
	}

	/** The text of the QR code on the first page, rendered sharp enough to read. */
	public static String qr(byte[] pdf, String name) throws Exception {
		Path file = BrowserTest.SCREENSHOTS.resolve(name + ".pdf");
		Files.createDirectories(BrowserTest.SCREENSHOTS);
		Files.write(file, pdf);
		run("pdftoppm", "-png", "-r", "200", "-f", "1", "-l", "1", "-singlefile", file.toString(),
				BrowserTest.SCREENSHOTS.resolve(name).toString());
		BufferedImage image = ImageIO.read(BrowserTest.SCREENSHOTS.resolve(name + ".png").toFile());
		var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
		return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText();
	}

	private static void run(String... command) throws Exception {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor(60, TimeUnit.SECONDS)).as(out).isTrue();
		assertThat(p.exitValue()).as(String.join(" ", command) + ": " + out).isZero();
	}
}
