package th.tipnet.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 fingerprint in lower-case hex: of a file's bytes (kept beside it), of a request (a retry with the same key
 * must carry the same one), of a token or code (kept instead of the secret itself).
 */
public final class Fingerprint {

	private Fingerprint() {
	}

	public static String of(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The fingerprint of a text's UTF-8 bytes. */
	public static String of(String text) {
		return of(text.getBytes(StandardCharsets.UTF_8));
	}
}
