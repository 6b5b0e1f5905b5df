package th.tipnet.browser;

import java.security.InvalidKeyException;
import java.time.Instant;

import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/** What an authenticator app shows for a secret at a moment. */
final class TotpCodes {

	private TotpCodes() {
	}

	static String at(String base32Secret, Instant at) {
		try {
			return new TimeBasedOneTimePasswordGenerator()
				.generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(base32Secret), "HmacSHA1"), at);
		}
		catch (InvalidKeyException e) {
			throw new IllegalStateException(e);
		}
	}
}
