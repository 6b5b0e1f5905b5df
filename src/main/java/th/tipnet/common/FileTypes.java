package th.tipnet.common;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a file really is, read from its first bytes (its "magic number"), never from its name or the browser's
 * claim: a PDF, a JPEG or a PNG, the kinds of file the network attaches as documents and evidence.
 */
public final class FileTypes {

	public static final String PDF = "application/pdf";

	public static final String JPEG = "image/jpeg";

	public static final String PNG = "image/png";

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] PDF_SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	/** The longest name a file keeps (its end: the type's ending is there). */
	public static final int MAX_NAME = 200;

	private FileTypes() {
	}

	/** The type the bytes are (PDF, JPEG or PNG), or empty when they are none of these. */
	public static Optional<String> documentOrImage(byte[] b) {
		if (b.length >= 8 && Arrays.equals(b, 0, PDF_SIGNATURE.length, PDF_SIGNATURE, 0, PDF_SIGNATURE.length)) {
			return Optional.of(PDF);
		}
		if (b.length >= 12 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
			return Optional.of(JPEG);
		}
		if (b.length >= 16 && Arrays.equals(b, 0, 8, PNG_SIGNATURE, 0, 8)) {
			return Optional.of(PNG);
		}
		return Optional.empty();
	}

	/** The usual file name ending of such a type, with its dot. */
	public static String extension(String type) {
		return switch (type) {
			case PDF -> ".pdf";
			case PNG -> ".png";
			default -> ".jpg";
		};
	}

	/**
	 * A file name as given, for storing and for a download's header: without any folder (either slash),
	 * control or invisible formatting characters, at most {@code max} characters (the end kept, with its
	 * extension); empty when nothing is left, for the caller to name the file itself.
	 */
	public static String plainName(String given, int max) {
		String name = given == null ? "" : given.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
		return name.length() > max ? name.substring(name.length() - max) : name;
	}

	/**
	 * {@link #plainName} at most {@value #MAX_NAME} characters; when nothing is left, {@code stem} with the
	 * type's usual ending ({@code attachment.pdf}).
	 */
	public static String fileName(String given, String type, String stem) {
		String name = plainName(given, MAX_NAME);
		return name.isEmpty() ? stem + extension(type) : name;
	}
}
