package th.tipnet.identity;

import java.time.Clock;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.ListeningAddress;
import th.tipnet.directory.Directory;
import th.tipnet.directory.ReferenceDataLoaded;

/**
 * Creates the first administrator, {@code admin}, in the network's national division, once the
 * reference organisations exist. Its password is {@code TIPNET_ADMIN_PASSWORD} when set; otherwise
 * one is generated and printed once to the console. There is no default password.
 */
@Component
class AdministratorBootstrap {

	private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

	static final String USERNAME = "admin";

	private final Users users;

	private final Directory directory;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	private final String configuredPassword;

	private final ListeningAddress address;

	private final Clock clock;

	AdministratorBootstrap(Users users, Directory directory, PasswordEncoder passwords, AuditTrail audit,
			@Value("${tipnet.admin.password:}") String configuredPassword, ListeningAddress address, Clock clock) {
		this.clock = clock;
		this.address = address;
		this.users = users;
		this.directory = directory;
		this.passwords = passwords;
		this.audit = audit;
		this.configuredPassword = configuredPassword;
	}

	@EventListener
	@Transactional
	public void on(ReferenceDataLoaded loaded) {
		if (users.existsByUsername(USERNAME)) {
			return;
		}
		var division = directory.summaryByReferenceKey("msdhs-atip")
			.orElseThrow(() -> new IllegalStateException("Reference organisation msdhs-atip missing"));
		boolean generated = configuredPassword.isBlank();
		String password = generated ? PasswordPolicy.temporary() : configuredPassword;
		User admin = users.save(User.register(Username.of(USERNAME), "System administrator", null,
				new User.Membership(division.id().value(), null, Set.of(Role.SYSTEM_ADMIN)), passwords.encode(password), false, clock.instant()));
		audit.recordAs(Actor.SYSTEM, IdentityAudit.USER, admin.id(), IdentityAudit.USER_CREATED,
				Changes.none().field("username", null, USERNAME).note("passwordSource", generated ? "generated" : "configured"));
		if (generated) {
			// Printed once, to the console only: the one moment this secret is shown.
			System.out.println(announcement(password, address.of("/login")));
		}
		else {
			log.info("Administrator account created with the configured password");
		}
	}

	/** The console's one showing of a generated password, with the address this instance really listens on. */
	static String announcement(String password, String loginUrl) {
		return """

				==================================================================
				 TIPNet administrator created.  User: admin   Password: %s
				 Sign in at %s and keep this safe:
				 it will not be shown again.
				==================================================================
				""".formatted(password, loginUrl);
	}
}
