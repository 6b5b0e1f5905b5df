package th.tipnet.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over an entry's fields and its predecessor's hash, each field length-prefixed so none can bleed into the next. */
final class ChainHash {

	static final String GENESIS = "0".repeat(64);

	private ChainHash() {
	}

	static String of(Object... fields) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (Object field : fields) {
				byte[] bytes = field == null ? new byte[0] : String.valueOf(field).getBytes(StandardCharsets.UTF_8);
				sha.update((field == null ? "-1:" : bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
				sha.update(bytes);
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
