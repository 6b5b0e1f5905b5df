package th.tipnet.browser;

import java.time.Instant;

/** What an authenticator app shows for a secret at a moment. */
final class TotpCodes {

	private TotpCodes() {
	}

	static String at(String base32Secret, Instant at) {
		return th.tipnet.support.TwoStepSignIn.code(base32Secret, at);
	}
}
