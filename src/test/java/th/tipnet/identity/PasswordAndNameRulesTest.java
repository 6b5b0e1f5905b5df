package th.tipnet.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import th.tipnet.common.DomainException;

class PasswordAndNameRulesTest {

	@Test
	void refusesShortPasswordsAndOnesContainingTheUserName() {
		assertThatThrownBy(() -> PasswordPolicy.check("newPassword", "short", "somchai"))
			.isInstanceOf(DomainException.class)
			.extracting(e -> ((DomainException) e).field())
			.isEqualTo("newPassword");
		assertThatThrownBy(() -> PasswordPolicy.check("newPassword", "my-somchai-password", "somchai"))
			.hasMessage("identity.password.containsUsername");
		PasswordPolicy.check("newPassword", "ช้างเผือกบินข้ามทะเล", "somchai");
	}

	@Test
	void temporaryPasswordsAreLongAndDifferEachTime() {
		assertThat(PasswordPolicy.temporary()).hasSize(16).isNotEqualTo(PasswordPolicy.temporary());
	}

	@Test
	void userNamesAreLowerCasedAndLimitedToASafeAlphabet() {
		assertThat(Username.of("  Somchai.K ").value()).isEqualTo("somchai.k");
		assertThatThrownBy(() -> Username.of("สมชาย")).hasMessage("identity.username.format");
		assertThatThrownBy(() -> Username.of("ab")).hasMessage("identity.username.format");
	}

	@Test
	void theLockDoublesWithEachFailurePastTheAllowanceUpToTheMaximum() {
		LoginThrottle throttle = new LoginThrottle(null, java.time.Clock.systemUTC(), 5, 20, 3, 10, Duration.ofSeconds(30),
				Duration.ofMinutes(5));
		assertThat(throttle.lockFor(1)).isEqualTo(Duration.ofSeconds(30));
		assertThat(throttle.lockFor(2)).isEqualTo(Duration.ofMinutes(1));
		assertThat(throttle.lockFor(4)).isEqualTo(Duration.ofMinutes(4));
		assertThat(throttle.lockFor(5)).isEqualTo(Duration.ofMinutes(5));
		assertThat(throttle.lockFor(30)).isEqualTo(Duration.ofMinutes(5));
	}

	@Test
	void aTotpCodeIsValidForItsStepAndOneStepEitherSide() {
		Totp totp = new Totp();
		String secret = totp.newSecret();
		Instant now = Instant.parse("2026-11-24T08:00:10Z");
		String code = totp.codeAt(secret, now);
		assertThat(totp.matchingStep(secret, code, now)).isPresent();
		assertThat(totp.matchingStep(secret, code, now.plusSeconds(30))).isPresent();
		assertThat(totp.matchingStep(secret, code, now.plusSeconds(90))).isEmpty();
		assertThat(totp.matchingStep(secret, "12345", now)).isEmpty();
		assertThat(totp.provisioningUri("somchai", secret)).startsWith("otpauth://totp/TIPNet%3Asomchai?secret=" + secret);
	}
}
