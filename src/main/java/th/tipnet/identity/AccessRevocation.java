package th.tipnet.identity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.Changes;

/**
 * Ends what an account's earlier sign-ins may still do once the account changed (roles, organisation,
 * password, disabled): its API tokens are revoked and its web sessions deleted from the shared store.
 * The security stamp makes this certain ({@link SecurityStampFilter} ends any session that slipped
 * through, on every instance); deleting the rows makes it immediate and visible.
 *
 * <p>Every revocation first takes the account's row lock. Callers change the account too, some
 * before revoking (saved at once) and some after (saved at commit); without one order for the
 * locks, two administrators acting on the same account at the same moment deadlock on PostgreSQL.
 * With it, the second waits and then meets the first one's new version.
 */
@Component
class AccessRevocation {

	private final ApiTokens tokens;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final JdbcTemplate jdbc;

	AccessRevocation(ApiTokens tokens, FindByIndexNameSessionRepository<? extends Session> sessions, JdbcTemplate jdbc) {
		this.tokens = tokens;
		this.sessions = sessions;
		this.jdbc = jdbc;
	}

	/** Revokes every token and ends every session of the account. */
	@Transactional(propagation = Propagation.MANDATORY)
	Revoked everything(User user) {
		return everythingBut(user, null);
	}

	/** The same, but the session the owner is using now (re-stamped by the caller) goes on. */
	@Transactional(propagation = Propagation.MANDATORY)
	Revoked everythingBut(User user, String currentSessionId) {
		jdbc.queryForList("SELECT id FROM app_user WHERE id = ? FOR UPDATE", user.id());
		int revokedTokens = tokens.revokeAll(user.id());
		int ended = 0;
		for (String id : sessions.findByPrincipalName(user.username()).keySet()) {
			if (!id.equals(currentSessionId)) {
				sessions.deleteById(id);
				ended++;
			}
		}
		return new Revoked(ended, revokedTokens);
	}

	record Revoked(int sessions, int tokens) {

		/** Adds the counts to an audit entry (never which sessions or tokens). */
		Changes notedIn(Changes changes) {
			return changes.note("sessionsEnded", sessions).note("tokensRevoked", tokens);
		}
	}
}
