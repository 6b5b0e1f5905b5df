package th.tipnet.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.security.InvalidKeyException;
import java.time.Instant;

import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * The two-step sign-in case roles must use, as a browser test goes through it: the password, then
 * the code an authenticator app shows for the account's freshly enrolled secret (so a second sign-in
 * never replays a code).
 */
public final class TwoStepSignIn {

	private TwoStepSignIn() {
	}

	/** What an authenticator app shows for a secret at a moment. */
	public static String code(String base32Secret, Instant at) {
		try {
			return new TimeBasedOneTimePasswordGenerator()
				.generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(base32Secret), "HmacSHA1"), at);
		}
		catch (InvalidKeyException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Signs in with the password, is asked for the code, types it and lands on the home page. */
	public static void signIn(BrowserPage tab, String username, String password, String secret) {
		tab.signIn(username, password);
		assertThat(tab.page()).hasURL(tab.url("/login/totp"));
		tab.page().locator("#code").fill(code(secret, Instant.now()));
		tab.page().locator("#code").press("Enter");
		assertThat(tab.page()).hasURL(tab.url("/"));
	}
}
