package th.tipnet.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At-rest encryption of secrets and sensitive fields with AES-256-GCM. Ciphertexts carry the id of
 * the key that sealed them ({@code k1:base64(iv|ciphertext)}) so keys can rotate: the current key
 * seals, every configured key opens. The key comes from {@code tipnet.crypto.key} (base64, 32
 * bytes); without one, a key is generated once into the data folder so a local install works.
 * <p>
 * A sealed value cannot be compared in a query, so a value that must be found by equality (an
 * e-mail, to refuse the same person twice) is also stored as a {@linkplain #blindIndex blind index}:
 * an HMAC-SHA256 under a separate key, {@code tipnet.crypto.index-key}, which does not rotate with
 * the sealing keys (every stored index would have to be recomputed).
 */
@Component
public class SecretBox {

	private static final Logger log = LoggerFactory.getLogger(SecretBox.class);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final String currentKeyId;

	private final Map<String, SecretKeySpec> keys;

	private final SecretKeySpec indexKey;

	/** What {@link #seal} writes: a key id, a colon, and base64 of at least the IV and the tag. */
	private static final Pattern SEALED = Pattern
		.compile("[A-Za-z0-9_-]{1,32}:[A-Za-z0-9+/]{36,}={0,2}");

	SecretBox(@Value("${tipnet.crypto.key-id:k1}") String keyId, @Value("${tipnet.crypto.key:}") String key,
			@Value("${tipnet.crypto.previous-keys:}") String previousKeys,
			@Value("${tipnet.crypto.index-key:}") String indexKey, @Value("${tipnet.data-dir:./data}") String dataDir) {
		this.currentKeyId = keyId;
		var all = new java.util.HashMap<String, SecretKeySpec>();
		for (String entry : previousKeys.split(",")) {
			if (entry.contains(":")) {
				String[] parts = entry.trim().split(":", 2);
				all.put(parts[0], aes(parts[1]));
			}
		}
		all.put(keyId, aes(key.isBlank() ? localKey(Path.of(dataDir, "tipnet.key"), "tipnet.crypto.key") : key));
		this.keys = Map.copyOf(all);
		byte[] index = Base64.getDecoder().decode(
				(indexKey.isBlank() ? localKey(Path.of(dataDir, "tipnet-index.key"), "tipnet.crypto.index-key") : indexKey).trim());
		if (index.length != 32) {
			throw new IllegalStateException("tipnet.crypto.index-key must be 32 bytes, base64-encoded");
		}
		this.indexKey = new SecretKeySpec(index, "HmacSHA256");
	}

	/** Whether a stored value is one {@link #seal} wrote, rather than text stored before its column was sealed. */
	public boolean isSealed(String value) {
		return value != null && SEALED.matcher(value).matches();
	}

	/**
	 * A keyed, one-way fingerprint of a value (base64url of an HMAC-SHA256): equal values give equal
	 * indexes, so a query can find a sealed value by equality, while the index alone reveals nothing
	 * without the index key.
	 */
	public String blindIndex(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(indexKey);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HMAC failed", e);
		}
	}

	public String seal(String plaintext) {
		try {
			byte[] iv = new byte[12];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(128, iv));
			cipher.updateAAD(currentKeyId.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			byte[] out = new byte[iv.length + sealed.length];
			System.arraycopy(iv, 0, out, 0, iv.length);
			System.arraycopy(sealed, 0, out, iv.length, sealed.length);
			return currentKeyId + ":" + Base64.getEncoder().encodeToString(out);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Encryption failed", e);
		}
	}

	/**
	 * Seals binary content (an attachment) as {@link #seal} seals text, without a detour through
	 * base64: one byte giving the key id's length, the key id, the IV, then the ciphertext and its tag.
	 * The current key seals; {@link #openBytes} opens with whichever configured key sealed it.
	 */
	public byte[] sealBytes(byte[] plain) {
		try {
			byte[] keyId = currentKeyId.getBytes(StandardCharsets.UTF_8);
			byte[] iv = new byte[12];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(128, iv));
			cipher.updateAAD(keyId);
			byte[] sealed = cipher.doFinal(plain);
			byte[] out = new byte[1 + keyId.length + iv.length + sealed.length];
			out[0] = (byte) keyId.length;
			System.arraycopy(keyId, 0, out, 1, keyId.length);
			System.arraycopy(iv, 0, out, 1 + keyId.length, iv.length);
			System.arraycopy(sealed, 0, out, 1 + keyId.length + iv.length, sealed.length);
			return out;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Encryption failed", e);
		}
	}

	/** Opens what {@link #sealBytes} sealed, under the key it names. */
	public byte[] openBytes(byte[] sealed) {
		int idLength = sealed[0] & 0xFF;
		String keyId = new String(sealed, 1, idLength, StandardCharsets.UTF_8);
		SecretKeySpec key = keys.get(keyId);
		if (key == null) {
			throw new IllegalStateException("No key configured with id " + keyId);
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, sealed, 1 + idLength, 12));
			cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
			int start = 1 + idLength + 12;
			return cipher.doFinal(sealed, start, sealed.length - start);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Decryption failed: wrong key or tampered data", e);
		}
	}

	public String open(String sealed) {
		int colon = sealed.indexOf(':');
		String keyId = sealed.substring(0, colon);
		SecretKeySpec key = keys.get(keyId);
		if (key == null) {
			throw new IllegalStateException("No key configured with id " + keyId);
		}
		try {
			byte[] in = Base64.getDecoder().decode(sealed.substring(colon + 1));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, 12));
			cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
			return new String(cipher.doFinal(in, 12, in.length - 12), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Decryption failed: wrong key or tampered data", e);
		}
	}

	private static SecretKeySpec aes(String base64) {
		byte[] bytes = Base64.getDecoder().decode(base64.trim());
		if (bytes.length != 32) {
			throw new IllegalStateException("tipnet.crypto.key must be 32 bytes, base64-encoded");
		}
		return new SecretKeySpec(bytes, "AES");
	}

	private static String localKey(Path file, String property) {
		try {
			if (Files.exists(file)) {
				return Files.readString(file).trim();
			}
			Files.createDirectories(file.getParent());
			byte[] key = new byte[32];
			RANDOM.nextBytes(key);
			String encoded = Base64.getEncoder().encodeToString(key);
			Files.writeString(file, encoded);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ignored) {
				// not a POSIX file system; the folder's own permissions protect it
			}
			log.warn("No {} configured: generated a local key in {}. Configure one for production.", property, file);
			return encoded;
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot read or create the local encryption key", e);
		}
	}
}
