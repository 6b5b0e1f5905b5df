package th.tipnet.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;

import th.tipnet.common.SecretBox;
import th.tipnet.directory.Directory;

/** Creates accounts for tests straight through the repository, with a known password. */
public class TestAccounts {

	public static final String PASSWORD = "Correct-horse-battery-1";

	private static final AtomicInteger SEQ = new AtomicInteger();

	private final Users users;

	private final Directory directory;

	private final PasswordEncoder passwords;

	private final ApiTokens tokens;

	private final Totp totp;

	private final SecretBox secrets;

	private final String encodedPassword;

	private final Clock clock;

	public TestAccounts(ApplicationContext context) {
		this.users = context.getBean(Users.class);
		this.directory = context.getBean(Directory.class);
		this.passwords = context.getBean(PasswordEncoder.class);
		this.tokens = context.getBean(ApiTokens.class);
		this.totp = context.getBean(Totp.class);
		this.secrets = context.getBean(SecretBox.class);
		this.encodedPassword = passwords.encode(PASSWORD);
		this.clock = context.getBean(Clock.class);
	}

	public record Account(UUID id, String username, String password, UUID organisationId) {
	}

	/** A new active account in the national anti-trafficking division (or the given organisation). */
	public Account create(String prefix, Role... roles) {
		return createIn(directory.summaryByReferenceKey("msdhs-atip").orElseThrow().id().value(), null, prefix, roles);
	}

	public Account createIn(UUID organisationId, String provinceCode, String prefix, Role... roles) {
		String username = (prefix + "-" + SEQ.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 100000, 36))
			.toLowerCase(java.util.Locale.ROOT);
		User user = users.save(User.register(Username.of(username), "Test " + prefix, username + "@example.org",
				new User.Membership(organisationId, provinceCode, Set.of(roles)), encodedPassword, false, clock.instant()));
		return new Account(user.id(), user.username(), PASSWORD, organisationId);
	}

	/** The same account, made to change its password at next sign-in. */
	public void requirePasswordChange(Account account) {
		User user = users.findById(account.id()).orElseThrow();
		user.resetPassword(encodedPassword, clock.instant());
		users.save(user);
	}

	/** Enrols a TOTP secret directly; returns the secret so the test can compute codes. */
	public String enrolTotp(Account account) {
		String secret = totp.newSecret();
		User user = users.findById(account.id()).orElseThrow();
		user.enrolTotp(secrets.seal(secret), 0, clock.instant());
		users.save(user);
		return secret;
	}

	public String totpCode(String secret) {
		return totp.codeAt(secret, Instant.now());
	}

	public String token(Account account) {
		return tokens.issue(account.id()).token();
	}

	/** A full sign-in for MockMvc's {@code authentication(...)}. */
	public Authentication authentication(Account account) {
		SignedInUser principal = new SignedInUser(users.findById(account.id()).orElseThrow());
		principal.eraseCredentials();
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.fullAuthorities());
	}

	public boolean isEnabled(Account account) {
		return users.findById(account.id()).orElseThrow().enabled();
	}

	public long version(Account account) {
		return users.findById(account.id()).orElseThrow().version();
	}
}
