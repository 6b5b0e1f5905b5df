package th.tipnet.identity;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

import th.tipnet.audit.Changes;

/**
 * Ends what an account's earlier sign-ins may still do once the account changed (roles, organisation,
 * password, disabled): its API tokens are revoked and its web sessions deleted from the shared store.
 * The security stamp makes this certain ({@link SecurityStampFilter} ends any session that slipped
 * through, on every instance); deleting the rows makes it immediate and visible.
 */
@Component
class AccessRevocation {

	private final ApiTokens tokens;

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	AccessRevocation(ApiTokens tokens, FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.tokens = tokens;
		this.sessions = sessions;
	}

	/** Revokes every token and ends every session of the account. */
	Revoked everything(User user) {
		return everythingBut(user, null);
	}

	/** The same, but the session the owner is using now (re-stamped by the caller) goes on. */
	Revoked everythingBut(User user, String currentSessionId) {
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
