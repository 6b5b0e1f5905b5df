package th.tipnet.identity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;
import org.springframework.stereotype.Component;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;

/**
 * Time-based one-time passwords (RFC 6238: SHA-1, 30-second steps, 6 digits — what every
 * authenticator app reads), with one step of clock drift either way.
 */
@Component
class Totp {

	private static final Duration STEP = Duration.ofSeconds(30);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, 6);

	/** A new 160-bit secret, Base32 as authenticator apps expect. */
	String newSecret() {
		byte[] secret = new byte[20];
		RANDOM.nextBytes(secret);
		return new Base32().encodeToString(secret).replace("=", "");
	}

	/** The time step the code belongs to, if it is valid now (±1 step); empty if not. */
	OptionalLong matchingStep(String base32Secret, String code, Instant now) {
		if (code == null || !code.strip().matches("[0-9]{6}")) {
			return OptionalLong.empty();
		}
		int expected = Integer.parseInt(code.strip());
		long step = now.getEpochSecond() / STEP.getSeconds();
		SecretKeySpec key = new SecretKeySpec(new Base32().decode(base32Secret), "HmacSHA1");
		try {
			for (long s = step - 1; s <= step + 1; s++) {
				if (generator.generateOneTimePassword(key, Instant.ofEpochSecond(s * STEP.getSeconds())) == expected) {
					return OptionalLong.of(s);
				}
			}
		}
		catch (InvalidKeyException e) {
			throw new IllegalStateException(e);
		}
		return OptionalLong.empty();
	}

	/** The code for an instant (used by tests and never shown to a user). */
	String codeAt(String base32Secret, Instant at) {
		try {
			return generator.generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(base32Secret), "HmacSHA1"),
					at);
		}
		catch (InvalidKeyException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The otpauth:// URI an authenticator app scans. */
	String provisioningUri(String username, String base32Secret) {
		String label = URLEncoder.encode("TIPNet:" + username, StandardCharsets.UTF_8).replace("+", "%20");
		return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=TIPNet&algorithm=SHA1&digits=6&period=30";
	}

	/** The URI as a QR code PNG data: URL, so the page needs no extra request and no inline script. */
	String qrCodeDataUrl(String uri) {
		try {
			var matrix = new QRCodeWriter().encode(uri, BarcodeFormat.QR_CODE, 240, 240);
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			MatrixToImageWriter.writeToStream(matrix, "PNG", png);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
		}
		catch (WriterException | IOException e) {
			throw new IllegalStateException("Cannot draw the QR code", e);
		}
	}
}
