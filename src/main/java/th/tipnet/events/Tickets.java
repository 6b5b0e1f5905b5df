package th.tipnet.events;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import org.bouncycastle.crypto.signers.Ed25519Signer;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;

/**
 * Signed tickets: {@code T1.<payload>.<signature>}, base64url, where the payload is a format byte
 * (2), the event id, the registration id and the ticket serial (37 bytes) and the signature is
 * Ed25519 over it with the event's key. A scanner with the event's public key verifies a ticket
 * without the server; it fits a small QR code. The serial grows when a ticket is reissued (the
 * participant changed mode): scanners refuse serials the revocation list names. Format 1 (33
 * bytes, no serial) is still read, as serial 1. The registration's short code is for typing when a
 * camera is not at hand.
 */
@Component
class Tickets {

	static final String PREFIX = "T1.";

	private final TicketKeys keys;

	Tickets(TicketKeys keys) {
		this.keys = keys;
	}

	/** What a valid ticket names. */
	public record Holder(UUID eventId, UUID registrationId, int serial) {
	}

	public String issue(UUID eventId, UUID registrationId, int serial) {
		byte[] payload = ByteBuffer.allocate(37)
			.put((byte) 2)
			.putLong(eventId.getMostSignificantBits())
			.putLong(eventId.getLeastSignificantBits())
			.putLong(registrationId.getMostSignificantBits())
			.putLong(registrationId.getLeastSignificantBits())
			.putInt(serial)
			.array();
		return PREFIX + b64(payload) + "." + b64(sign(eventId, payload));
	}

	private byte[] sign(UUID eventId, byte[] payload) {
		Ed25519Signer signer = new Ed25519Signer();
		signer.init(true, keys.forEvent(eventId).privateKey());
		signer.update(payload, 0, payload.length);
		return signer.generateSignature();
	}

	/**
	 * The holder if the ticket is well-formed and signed with this event's key; empty if forged or
	 * altered. Scanners verify with the public key; the server holds the private key and Ed25519
	 * signs deterministically, so it signs the payload again and compares in constant time: half
	 * the work of a verification at a busy door, and only the exact signature it issued passes.
	 */
	public Optional<Holder> verify(UUID eventId, String ticket) {
		if (ticket == null || !ticket.startsWith(PREFIX) || ticket.length() > 200) {
			return Optional.empty();
		}
		String[] parts = ticket.substring(PREFIX.length()).split("\\.");
		if (parts.length != 2) {
			return Optional.empty();
		}
		try {
			byte[] payload = Base64.getUrlDecoder().decode(parts[0]);
			byte[] signature = Base64.getUrlDecoder().decode(parts[1]);
			boolean withSerial = payload.length == 37 && payload[0] == 2;
			if (!withSerial && !(payload.length == 33 && payload[0] == 1)) {
				return Optional.empty();
			}
			if (!java.security.MessageDigest.isEqual(sign(eventId, payload), signature)) {
				return Optional.empty();
			}
			ByteBuffer b = ByteBuffer.wrap(payload, 1, payload.length - 1);
			return Optional.of(new Holder(new UUID(b.getLong(), b.getLong()), new UUID(b.getLong(), b.getLong()),
					withSerial ? b.getInt() : 1));
		}
		catch (IllegalArgumentException malformed) {
			return Optional.empty();
		}
	}

	/** The event's public key, raw 32 bytes in base64url (WebCrypto: importKey("raw", ..., "Ed25519")). */
	public String publicKey(UUID eventId) {
		return keys.forEvent(eventId).publicKeyRaw();
	}

	public static byte[] qrPng(String ticket, int size) {
		try {
			var matrix = new QRCodeWriter().encode(ticket, BarcodeFormat.QR_CODE, size, size);
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			MatrixToImageWriter.writeToStream(matrix, "PNG", png);
			return png.toByteArray();
		}
		catch (WriterException | IOException e) {
			throw new IllegalStateException("Cannot draw the ticket QR code", e);
		}
	}

	private static String b64(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
