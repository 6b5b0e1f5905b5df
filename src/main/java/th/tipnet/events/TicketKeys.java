package th.tipnet.events;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import th.tipnet.common.SecretBox;

/**
 * Each event's Ed25519 key pair, made on first use. The public key goes to scanners (raw 32 bytes,
 * base64url, as WebCrypto imports it); the private key never leaves the server and is stored sealed.
 */
@Component
class TicketKeys {

	/** The fixed X.509 prefix of an Ed25519 public key; the raw key is the 32 bytes after it. */
	private static final int X509_PREFIX = 12;

	private final JdbcTemplate jdbc;

	private final SecretBox secrets;

	/** Keys never change once made; every door scan would otherwise read and parse them again. */
	private final java.util.Map<UUID, Keys> cache = new java.util.concurrent.ConcurrentHashMap<>();

	private final org.springframework.transaction.support.TransactionTemplate ownTransaction;

	TicketKeys(JdbcTemplate jdbc, SecretBox secrets, org.springframework.transaction.PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.secrets = secrets;
		// Made in a transaction of its own: the first ticket may be issued inside a read-only one.
		this.ownTransaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * An event's keys, ready for BouncyCastle's Ed25519, which signs and verifies many times faster
	 * than the JDK's (a door scan or a confirmation e-mail each need one).
	 */
	record Keys(Ed25519PublicKeyParameters publicKey, Ed25519PrivateKeyParameters privateKey, String publicKeyRaw) {
	}

	public Keys forEvent(UUID eventId) {
		return cache.computeIfAbsent(eventId, id -> ownTransaction.execute(status -> loadOrCreate(id)));
	}

	private Keys loadOrCreate(UUID eventId) {
		List<Keys> found = jdbc.query("SELECT public_key, private_key_sealed FROM event_key WHERE event_id = ?",
				(rs, n) -> load(rs.getString(1), rs.getString(2)), eventId);
		if (!found.isEmpty()) {
			return found.get(0);
		}
		try {
			KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
			String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(raw(pair.getPublic()));
			String sealed = secrets.seal(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
			jdbc.update("INSERT INTO event_key (event_id, public_key, private_key_sealed, created_at) VALUES (?, ?, ?, ?)",
					eventId, raw, sealed, OffsetDateTime.now(ZoneOffset.UTC));
			return keys(raw, pair.getPrivate().getEncoded());
		}
		catch (DuplicateKeyException raced) {
			// Another request made the key at the same moment: use that one.
			return jdbc.queryForObject("SELECT public_key, private_key_sealed FROM event_key WHERE event_id = ?",
					(rs, n) -> load(rs.getString(1), rs.getString(2)), eventId);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Ed25519 is not available in this JDK", e);
		}
	}

	private Keys load(String raw, String sealed) {
		return keys(raw, Base64.getDecoder().decode(secrets.open(sealed)));
	}

	private static Keys keys(String raw, byte[] pkcs8) {
		try {
			var privateKey = (Ed25519PrivateKeyParameters) PrivateKeyFactory.createKey(pkcs8);
			return new Keys(new Ed25519PublicKeyParameters(Base64.getUrlDecoder().decode(raw), 0), privateKey, raw);
		}
		catch (java.io.IOException | ClassCastException e) {
			throw new IllegalStateException("Stored event key is unreadable", e);
		}
	}

	static byte[] raw(PublicKey key) {
		byte[] encoded = key.getEncoded();
		return Arrays.copyOfRange(encoded, X509_PREFIX, encoded.length);
	}
}
