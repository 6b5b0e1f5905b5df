package th.tipnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.IntegrationTest;

/**
 * Every endpoint the application maps has a rule here for an anonymous visitor, a member and a
 * system administrator, and the rule is tested. A new endpoint without a row fails this test, so no
 * endpoint can skip the authorization review. Later features extend {@link #RULES}.
 */
@IntegrationTest
class AuthorizationIT {

	enum Access {

		/** Reaches the handler: any answer but 401, 403 or a redirect to sign-in. */
		ALLOW,
		/** Stopped before the handler: 401, 403, or a redirect to the sign-in page. */
		DENY
	}

	record Rule(Access anonymous, Access member, Access admin) {
	}

	static final Rule PUBLIC = new Rule(Access.ALLOW, Access.ALLOW, Access.ALLOW);

	static final Rule SIGNED_IN = new Rule(Access.DENY, Access.ALLOW, Access.ALLOW);

	static final Rule ADMIN = new Rule(Access.DENY, Access.DENY, Access.ALLOW);

	/** Sign-in steps: only a user half-way through sign-in, holding that step's authority. */
	static final Rule SIGN_IN_STEP = new Rule(Access.DENY, Access.DENY, Access.DENY);

	static final Map<String, Rule> RULES = new LinkedHashMap<>();
	static {
		RULES.put("GET /", PUBLIC);
		RULES.put("GET /error", PUBLIC);
		RULES.put("GET /login", PUBLIC);
		RULES.put("GET /forgot-password", PUBLIC);
		RULES.put("POST /forgot-password", PUBLIC);
		RULES.put("GET /password-reset", PUBLIC);
		RULES.put("POST /password-reset", PUBLIC);
		RULES.put("GET /login/totp", SIGN_IN_STEP);
		RULES.put("POST /login/totp", SIGN_IN_STEP);
		RULES.put("GET /account", SIGNED_IN);
		RULES.put("GET /account/password", SIGNED_IN);
		RULES.put("POST /account/password", SIGNED_IN);
		RULES.put("POST /account/email", SIGNED_IN);
		RULES.put("GET /account/password/required", SIGN_IN_STEP);
		RULES.put("POST /account/password/required", SIGN_IN_STEP);
		RULES.put("POST /account/totp/start", SIGNED_IN);
		RULES.put("POST /account/totp/confirm", SIGNED_IN);
		RULES.put("POST /account/totp/remove", SIGNED_IN);
		RULES.put("GET /account/totp/required", SIGN_IN_STEP);
		RULES.put("POST /account/totp/required/confirm", SIGN_IN_STEP);
		RULES.put("GET /admin", ADMIN);
		RULES.put("GET /admin/users", ADMIN);
		RULES.put("GET /admin/users/new", ADMIN);
		RULES.put("POST /admin/users/new", ADMIN);
		RULES.put("GET /admin/users/{id}", ADMIN);
		RULES.put("POST /admin/users/{id}", ADMIN);
		RULES.put("POST /admin/users/{id}/disable", ADMIN);
		RULES.put("POST /admin/users/{id}/enable", ADMIN);
		RULES.put("POST /admin/users/{id}/reset-password", ADMIN);
		RULES.put("GET /admin/security", ADMIN);
		RULES.put("POST /admin/security", ADMIN);
		RULES.put("GET /admin/audit", ADMIN);
		RULES.put("GET /admin/audit/verify", ADMIN);
		RULES.put("GET /admin/audit/export.csv", ADMIN);
		RULES.put("GET /admin/audit/export.xlsx", ADMIN);
		RULES.put("GET /admin/outbox", ADMIN);
		RULES.put("GET /admin/outbox/{id}", ADMIN);
		RULES.put("GET /admin/outbox/{id}/body", ADMIN);
		RULES.put("POST /api/v1/auth/token", PUBLIC);
		RULES.put("POST /api/v1/auth/revoke", SIGNED_IN);
		RULES.put("GET /api/v1/provinces", PUBLIC);
		RULES.put("GET /api/v1/organizations", PUBLIC);
		RULES.put("GET /api/v1/organizations/{id}", PUBLIC);
		RULES.put("GET /api/v1/users", ADMIN);
		RULES.put("POST /api/v1/users", ADMIN);
		RULES.put("GET /api/v1/users/{id}", ADMIN);
		RULES.put("PUT /api/v1/users/{id}", ADMIN);
		RULES.put("GET /api/v1/audit", ADMIN);
		RULES.put("GET /api/v1/audit/verify", ADMIN);
		RULES.put("GET /api/v1/services", PUBLIC);
		RULES.put("POST /api/v1/organizations", ADMIN);
		RULES.put("PUT /api/v1/organizations/{id}", ADMIN);
		RULES.put("GET /api/v1/directory/who-can-help", PUBLIC);
		RULES.put("GET /api/v1/directory/export.hsds.json", PUBLIC);
		RULES.put("GET /directory", PUBLIC);
		RULES.put("GET /directory/organisations/{id}", PUBLIC);
		RULES.put("GET /directory/who-can-help", PUBLIC);
		RULES.put("GET /directory/export.csv", PUBLIC);
		RULES.put("GET /directory/export.xlsx", PUBLIC);
		RULES.put("GET /directory/organisations/{id}/edit", ADMIN);
		RULES.put("POST /directory/organisations/{id}/edit", ADMIN);
		RULES.put("GET /directory/organisations/new", ADMIN);
		RULES.put("POST /directory/organisations/new", ADMIN);
		RULES.put("POST /directory/organisations/{id}/verify", ADMIN);
		RULES.put("POST /directory/organisations/{id}/deactivate", ADMIN);
		RULES.put("POST /directory/organisations/{id}/reactivate", ADMIN);
		RULES.put("POST /directory/organisations/{id}/merge", ADMIN);
		RULES.put("GET /directory/due-for-verification", ADMIN);
		RULES.put("GET /directory/import", ADMIN);
		RULES.put("POST /directory/import", ADMIN);
		RULES.put("POST /directory/import/confirm", ADMIN);
		RULES.put("GET /directory/import/template.csv", ADMIN);
		RULES.put("POST /api/v1/services", ADMIN);
		RULES.put("GET /directory/services", ADMIN);
		RULES.put("POST /directory/services", ADMIN);
		RULES.put("POST /directory/services/{code}/active", ADMIN);
		RULES.put("GET /directory/synonyms", ADMIN);
		RULES.put("POST /directory/synonyms", ADMIN);
		RULES.put("POST /directory/synonyms/{id}", ADMIN);
		RULES.put("POST /directory/synonyms/{id}/remove", ADMIN);
		RULES.put("GET /api/v1/search-synonyms", ADMIN);
		RULES.put("POST /api/v1/search-synonyms", ADMIN);
		RULES.put("PUT /api/v1/search-synonyms/{id}", ADMIN);
		RULES.put("DELETE /api/v1/search-synonyms/{id}", ADMIN);
		RULES.put("GET /events", PUBLIC);
		RULES.put("GET /events/{slug}", PUBLIC);
		RULES.put("GET /events/scanner-sw.js", PUBLIC);
		RULES.put("GET /events/{slug}/calendar.ics", PUBLIC);
		RULES.put("GET /events/{slug}/register", PUBLIC);
		RULES.put("POST /events/{slug}/register", PUBLIC);
		RULES.put("GET /events/registration/{token}", PUBLIC);
		RULES.put("POST /events/registration/{token}/cancel", PUBLIC);
		RULES.put("GET /events/{slug}/organise", ADMIN);
		RULES.put("POST /events/{slug}/organise/checkin", ADMIN);
		RULES.put("POST /events/{slug}/organise/approve/{registrationId}", ADMIN);
		RULES.put("GET /events/{slug}/organise/participants.csv", ADMIN);
		RULES.put("GET /events/{slug}/organise/participants.xlsx", ADMIN);
		RULES.put("GET /events/{slug}/participants", PUBLIC);
		RULES.put("GET /events/{slug}/organise/scan", ADMIN);
		RULES.put("GET /events/{slug}/organise/scan/roster", ADMIN);
		RULES.put("POST /events/{slug}/organise/scan/sync", ADMIN);
		RULES.put("GET /events/{slug}/organise/badges.pdf", ADMIN);
		RULES.put("GET /events/{slug}/organise/certificates.pdf", ADMIN);
		RULES.put("GET /events/registration/{token}/certificate.pdf", PUBLIC);
		RULES.put("GET /events/registration/{token}/join", PUBLIC);
		RULES.put("GET /api/v1/events", PUBLIC);
		RULES.put("GET /api/v1/events/{id}", PUBLIC);
		RULES.put("POST /api/v1/events", ADMIN);
		RULES.put("POST /api/v1/events/{id}/registrations", PUBLIC);
		RULES.put("POST /api/v1/registrations/cancel", PUBLIC);
		RULES.put("GET /api/v1/events/{id}/registrations", ADMIN);
		RULES.put("GET /api/v1/events/{id}/stats", ADMIN);
		RULES.put("GET /api/v1/events/{id}/ticket-key", PUBLIC);
		RULES.put("POST /api/v1/events/{id}/checkins", ADMIN);
		RULES.put("GET /api/v1/events/{id}/revocations", ADMIN);
		RULES.put("GET /events/{slug}/exhibition", PUBLIC);
		RULES.put("GET /events/{slug}/exhibition/products/{productId}/photo", PUBLIC);
		RULES.put("GET /events/{slug}/organise/exhibition", ADMIN);
		RULES.put("POST /events/{slug}/organise/exhibition/booths", ADMIN);
		RULES.put("GET /events/{slug}/organise/exhibition/booths/{boothId}", ADMIN);
		RULES.put("POST /events/{slug}/organise/exhibition/booths/{boothId}", ADMIN);
		RULES.put("POST /events/{slug}/organise/exhibition/booths/{boothId}/remove", ADMIN);
		RULES.put("POST /events/{slug}/organise/exhibition/booths/{boothId}/products", ADMIN);
		RULES.put("GET /events/{slug}/organise/exhibition/products/{productId}", ADMIN);
		RULES.put("POST /events/{slug}/organise/exhibition/products/{productId}", ADMIN);
		RULES.put("POST /events/{slug}/organise/exhibition/products/{productId}/remove", ADMIN);
		RULES.put("GET /api/v1/events/{id}/booths", PUBLIC);
		RULES.put("POST /api/v1/events/{id}/booths", ADMIN);
		RULES.put("PUT /api/v1/events/{id}", ADMIN);
		RULES.put("POST /api/v1/events/{id}/cancel", ADMIN);
		RULES.put("POST /api/v1/events/{id}/registrations/{registrationId}/mode", ADMIN);
		RULES.put("POST /api/v1/registrations/offer/accept", PUBLIC);
		RULES.put("POST /api/v1/registrations/offer/decline", PUBLIC);
		RULES.put("POST /events/registration/{token}/offer/accept", PUBLIC);
		RULES.put("POST /events/registration/{token}/offer/decline", PUBLIC);
		RULES.put("GET /events/{slug}/organise/edit", ADMIN);
		RULES.put("POST /events/{slug}/organise/edit", ADMIN);
		RULES.put("POST /events/{slug}/organise/move/{registrationId}", ADMIN);
		RULES.put("POST /events/{slug}/organise/find", ADMIN);
		RULES.put("GET /v3/api-docs", PUBLIC);
		RULES.put("GET /v3/api-docs.yaml", PUBLIC);
		RULES.put("GET /v3/api-docs/swagger-config", PUBLIC);
		RULES.put("GET /swagger-ui.html", PUBLIC);
		// Actuator endpoints live in their own handler mapping; listed and tested here too.
		RULES.put("GET /actuator/health", PUBLIC);
		RULES.put("GET /actuator/prometheus", ADMIN);
	}

	/** Case lists and intake: case workers and supervisors only (the test's member and administrator have no case role). */
	static final Rule CASE_ROLES = new Rule(Access.DENY, Access.DENY, Access.DENY);

	/** A single case: signed in reaches the handler, which answers 404 to all but the lead organisation's case workers. */
	static final Rule NEED_TO_KNOW = new Rule(Access.DENY, Access.ALLOW, Access.ALLOW);

	static {
		RULES.put("GET /cases", CASE_ROLES);
		RULES.put("GET /cases/new", CASE_ROLES);
		RULES.put("POST /cases/new", CASE_ROLES);
		RULES.put("GET /cases/{id}", NEED_TO_KNOW);
		RULES.put("GET /api/v1/cases", CASE_ROLES);
		RULES.put("POST /api/v1/cases", CASE_ROLES);
		RULES.put("GET /api/v1/cases/{id}", NEED_TO_KNOW);
		RULES.put("GET /api/v1/cases/{id}/timeline", NEED_TO_KNOW);
		RULES.put("POST /api/v1/cases/{id}/screenings", NEED_TO_KNOW);
		RULES.put("POST /api/v1/cases/{id}/screenings/sign-off", NEED_TO_KNOW);
		RULES.put("POST /cases/{id}/sign-off", NEED_TO_KNOW);
		RULES.put("POST /api/v1/cases/{id}/referrals", NEED_TO_KNOW);
		RULES.put("GET /api/v1/cases/{id}/referrals", NEED_TO_KNOW);
		RULES.put("GET /api/v1/referrals", CASE_ROLES);
		RULES.put("GET /api/v1/referrals/{id}", NEED_TO_KNOW);
		RULES.put("POST /api/v1/referrals/{id}/accept", NEED_TO_KNOW);
		RULES.put("POST /api/v1/referrals/{id}/decline", NEED_TO_KNOW);
		RULES.put("POST /api/v1/referrals/{id}/withdraw", NEED_TO_KNOW);
		RULES.put("POST /api/v1/referrals/{id}/complete", NEED_TO_KNOW);
		// Notices: every signed-in reader has their own; the service shows each only theirs (404 otherwise).
		RULES.put("GET /notices", SIGNED_IN);
		RULES.put("GET /notices/{id}", SIGNED_IN);
		RULES.put("POST /notices/read-all", SIGNED_IN);
		RULES.put("GET /api/v1/notices", SIGNED_IN);
		RULES.put("POST /api/v1/notices/{id}/read", SIGNED_IN);
	}

	/** Screening and referral pages: the incoming list for case roles; a case's or referral's pages answer 404 to others. */
	static {
		RULES.put("GET /cases/{id}/screening", NEED_TO_KNOW);
		RULES.put("POST /cases/{id}/screening", NEED_TO_KNOW);
		RULES.put("GET /cases/{id}/refer", NEED_TO_KNOW);
		RULES.put("POST /cases/{id}/refer", NEED_TO_KNOW);
		RULES.put("GET /referrals/incoming", CASE_ROLES);
		RULES.put("GET /referrals/{id}", NEED_TO_KNOW);
		RULES.put("POST /referrals/{id}/accept", NEED_TO_KNOW);
		RULES.put("POST /referrals/{id}/decline", NEED_TO_KNOW);
		RULES.put("POST /referrals/{id}/complete", NEED_TO_KNOW);
		RULES.put("POST /referrals/{id}/withdraw", NEED_TO_KNOW);
		RULES.put("POST /api/v1/cases/{id}/break-glass", NEED_TO_KNOW);
		RULES.put("POST /cases/{id}/break-glass", NEED_TO_KNOW);
		RULES.put("POST /api/v1/referrals/{id}/revoke-consent", NEED_TO_KNOW);
		RULES.put("POST /api/v1/referrals/{id}/onward", NEED_TO_KNOW);
		RULES.put("POST /cases/{caseId}/referrals/{referralId}/revoke-consent", NEED_TO_KNOW);
		// case-intake: group intake (operations) and unfinished intakes (drafts)
		RULES.put("POST /api/v1/operations", CASE_ROLES);
		RULES.put("GET /api/v1/operations/{id}", NEED_TO_KNOW);
		RULES.put("GET /api/v1/intake-drafts", CASE_ROLES);
		RULES.put("GET /cases/group", CASE_ROLES);
		RULES.put("POST /cases/group", CASE_ROLES);
		RULES.put("GET /cases/drafts", CASE_ROLES);
		RULES.put("GET /cases/operations/{id}", NEED_TO_KNOW);
		RULES.put("GET /api/v1/cases/{id}/persons", NEED_TO_KNOW);
		RULES.put("PUT /api/v1/cases/{id}/persons", NEED_TO_KNOW);
		RULES.put("POST /api/v1/cases/{id}/attachments", NEED_TO_KNOW);
		RULES.put("GET /api/v1/cases/{id}/attachments", NEED_TO_KNOW);
		RULES.put("GET /api/v1/cases/{id}/attachments/{attachmentId}", NEED_TO_KNOW);
		RULES.put("POST /api/v1/intake-drafts", CASE_ROLES);
		RULES.put("GET /api/v1/intake-drafts/{id}", NEED_TO_KNOW);
		RULES.put("PUT /api/v1/intake-drafts/{id}", NEED_TO_KNOW);
		RULES.put("DELETE /api/v1/intake-drafts/{id}", NEED_TO_KNOW);
		RULES.put("POST /api/v1/intake-drafts/{id}/submit", NEED_TO_KNOW);
		// event-pages: planning in the browser, a registration's cancel confirmation
		RULES.put("GET /events/new", ADMIN);
		RULES.put("POST /events/new", ADMIN);
		RULES.put("POST /events/{slug}/organise/publish", ADMIN);
		RULES.put("GET /events/{slug}/organise/cancel", ADMIN);
		RULES.put("POST /events/{slug}/organise/cancel", ADMIN);
		RULES.put("GET /events/registration/{token}/cancel", PUBLIC);
	}

	/** Contacts from public sources: editors reach the handler, which lets only the organisation's own administrator through. */
	static {
		RULES.put("POST /directory/organisations/{id}/public-contacts/confirm", ADMIN);
		RULES.put("POST /directory/organisations/{id}/public-contacts/{contactId}", ADMIN);
	}

	/** case-pages: the person's and attachments pages, onward referral and the case worker; 404 to all but who the API allows. */
	static {
		RULES.put("GET /cases/{id}/person", NEED_TO_KNOW);
		RULES.put("GET /cases/{id}/person/edit", NEED_TO_KNOW);
		RULES.put("POST /cases/{id}/person", NEED_TO_KNOW);
		RULES.put("GET /cases/{id}/attachments", NEED_TO_KNOW);
		RULES.put("POST /cases/{id}/attachments", NEED_TO_KNOW);
		RULES.put("GET /cases/{id}/attachments/{attachmentId}", NEED_TO_KNOW);
		RULES.put("GET /referrals/{id}/onward", NEED_TO_KNOW);
		RULES.put("POST /referrals/{id}/onward", NEED_TO_KNOW);
		RULES.put("POST /referrals/{id}/case-worker", NEED_TO_KNOW);
		RULES.put("POST /api/v1/referrals/{id}/case-worker", NEED_TO_KNOW);
	}

	/**
	 * The screening's details (case-screening): a case's reflection period is need-to-know like its screening; the
	 * checklist is read by case and oversight roles and changed by a network coordinator only (neither is the
	 * test's member or administrator; CasesNeedToKnowIT and ChecklistIT try every role).
	 */
	static {
		RULES.put("GET /cases/{id}/reflection", NEED_TO_KNOW);
		RULES.put("POST /cases/{id}/reflection", NEED_TO_KNOW);
		RULES.put("POST /api/v1/cases/{id}/screenings/reflection", NEED_TO_KNOW);
		RULES.put("GET /cases/checklist", CASE_ROLES);
		RULES.put("POST /cases/checklist", CASE_ROLES);
		RULES.put("GET /cases/checklist/{indicatorId}", CASE_ROLES);
		RULES.put("POST /cases/checklist/{indicatorId}", CASE_ROLES);
		RULES.put("POST /cases/checklist/{indicatorId}/move", CASE_ROLES);
		RULES.put("POST /cases/checklist/{indicatorId}/retire", CASE_ROLES);
		RULES.put("GET /api/v1/screening-indicators", CASE_ROLES);
		RULES.put("POST /api/v1/screening-indicators", CASE_ROLES);
		RULES.put("PUT /api/v1/screening-indicators/{indicatorId}", CASE_ROLES);
		RULES.put("POST /api/v1/screening-indicators/{indicatorId}/move", CASE_ROLES);
		RULES.put("POST /api/v1/screening-indicators/{indicatorId}/retire", CASE_ROLES);
	}

	/** documents: the privacy notice and the certificates' public check; who signs an event's certificates, for its organisers. */
	static {
		RULES.put("GET /privacy", PUBLIC);
		RULES.put("GET /certificates", PUBLIC);
		RULES.put("GET /certificates/{number}", PUBLIC);
		RULES.put("GET /api/v1/certificates/{number}", PUBLIC);
		RULES.put("GET /events/{slug}/organise/signatory", ADMIN);
		RULES.put("POST /events/{slug}/organise/signatory", ADMIN);
	}

	/**
	 * Forums (#16): any signed-in member reads them; recording one is for network coordinators and event organisers
	 * (neither is the test's member or administrator); adding to a forum reaches the handler, which lets only the
	 * chair and its recorders through (ForumsIT tries each).
	 */
	static final Rule FORUM_RECORDERS = new Rule(Access.DENY, Access.DENY, Access.DENY);

	static {
		RULES.put("GET /forums", SIGNED_IN);
		RULES.put("GET /forums/new", FORUM_RECORDERS);
		RULES.put("POST /forums/new", FORUM_RECORDERS);
		RULES.put("GET /forums/{id}", SIGNED_IN);
		RULES.put("POST /forums/{id}/inputs", SIGNED_IN);
		RULES.put("GET /api/v1/forums", SIGNED_IN);
		RULES.put("POST /api/v1/forums", FORUM_RECORDERS);
		RULES.put("GET /api/v1/forums/{id}", SIGNED_IN);
		RULES.put("GET /api/v1/forums/{id}/inputs", SIGNED_IN);
		RULES.put("POST /api/v1/forums/{id}/inputs", SIGNED_IN);
		// Follow-up actions: read by any signed-in member; agreeing and reporting are decided per forum and owner.
		RULES.put("POST /forums/{id}/actions", SIGNED_IN);
		RULES.put("GET /actions/{id}", SIGNED_IN);
		RULES.put("POST /actions/{id}/updates", SIGNED_IN);
		RULES.put("GET /api/v1/actions", SIGNED_IN);
		RULES.put("POST /api/v1/actions", SIGNED_IN);
		RULES.put("GET /api/v1/actions/{id}", SIGNED_IN);
		RULES.put("POST /api/v1/actions/{id}/updates", SIGNED_IN);
		// Across forums (forums-rollups): read by any signed-in member; a review is decided per reviewing forum.
		RULES.put("GET /actions/overview", SIGNED_IN);
		RULES.put("GET /actions/list", SIGNED_IN);
		RULES.put("GET /api/v1/actions/rollup", SIGNED_IN);
		RULES.put("GET /forums/recurring", SIGNED_IN);
		RULES.put("GET /forums/recurring/{theme}", SIGNED_IN);
		RULES.put("GET /api/v1/forums/recurring", SIGNED_IN);
		RULES.put("GET /recommendations/{id}", SIGNED_IN);
		RULES.put("POST /recommendations/{id}/reviews", SIGNED_IN);
		RULES.put("GET /api/v1/recommendations/{id}/timeline", SIGNED_IN);
		RULES.put("POST /api/v1/recommendations/{id}/reviews", SIGNED_IN);
	}

	/** Awards (awards): the rounds and their categories are public, as the Ministry announces them. */
	static {
		RULES.put("GET /awards", PUBLIC);
		RULES.put("GET /awards/rounds/{id}", PUBLIC);
		RULES.put("GET /api/v1/award-rounds", PUBLIC);
		RULES.put("GET /api/v1/award-rounds/{id}/categories", PUBLIC);
	}

	/**
	 * Nominations (awards): organisations' administrators and provincial coordinators nominate (neither is the test's member
	 * or administrator); they and the secretariat (system administrators included) read, and a nomination not their own is a 404.
	 */
	static final Rule NOMINATORS = new Rule(Access.DENY, Access.DENY, Access.DENY);

	static final Rule NOMINATIONS_READERS = new Rule(Access.DENY, Access.DENY, Access.ALLOW);

	static {
		RULES.put("GET /awards/rounds/{id}/nominations", NOMINATIONS_READERS);
		RULES.put("GET /awards/rounds/{id}/nominate", NOMINATORS);
		RULES.put("POST /awards/rounds/{id}/nominate", NOMINATORS);
		RULES.put("GET /awards/nominations/{id}", NOMINATIONS_READERS);
		RULES.put("POST /awards/nominations/{id}/submit", NOMINATORS);
		RULES.put("POST /awards/nominations/{id}/withdraw", NOMINATORS);
		RULES.put("GET /api/v1/award-rounds/{id}/nominations", NOMINATIONS_READERS);
		RULES.put("POST /api/v1/award-rounds/{id}/nominations", NOMINATORS);
		RULES.put("GET /api/v1/nominations/{id}", NOMINATIONS_READERS);
		RULES.put("PUT /api/v1/nominations/{id}", NOMINATORS);
		RULES.put("POST /api/v1/nominations/{id}/submit", NOMINATORS);
		RULES.put("POST /api/v1/nominations/{id}/withdraw", NOMINATORS);
	}

	/**
	 * A forum's outputs (forums): the public summary is for anybody; correcting a record, marking what is public, the
	 * minutes, the action lists and evidence files are for members, decided per forum and action by the services.
	 */
	static {
		RULES.put("GET /forums/{id}/summary", PUBLIC);
		RULES.put("GET /forums/{id}/edit", SIGNED_IN);
		RULES.put("POST /forums/{id}/edit", SIGNED_IN);
		RULES.put("GET /forums/{id}/public", SIGNED_IN);
		RULES.put("POST /forums/{id}/public", SIGNED_IN);
		RULES.put("GET /forums/{id}/minutes.pdf", SIGNED_IN);
		RULES.put("GET /forums/{id}/actions.xlsx", SIGNED_IN);
		RULES.put("GET /actions/export.xlsx", SIGNED_IN);
		RULES.put("GET /actions/{id}/files/new", SIGNED_IN);
		RULES.put("POST /actions/{id}/files", SIGNED_IN);
		RULES.put("GET /actions/{id}/files/{fileId}", SIGNED_IN);
		RULES.put("PUT /api/v1/forums/{id}", SIGNED_IN);
		RULES.put("GET /api/v1/forums/{id}/public", SIGNED_IN);
		RULES.put("PUT /api/v1/forums/{id}/public", SIGNED_IN);
		RULES.put("POST /api/v1/actions/{id}/updates/{position}/files", SIGNED_IN);
		RULES.put("GET /api/v1/actions/{id}/files", SIGNED_IN);
		RULES.put("GET /api/v1/actions/{id}/files/{fileId}", SIGNED_IN);
	}

	/**
	 * Judging (awards): the eligibility check and the panels are the secretariat's (system administrators included); scoring
	 * and declaring a conflict are judges' (neither the test's member nor its administrator is one); a nomination's scores
	 * are read by judges and the secretariat.
	 */
	static final Rule SECRETARIAT = new Rule(Access.DENY, Access.DENY, Access.ALLOW);

	static final Rule JUDGES = new Rule(Access.DENY, Access.DENY, Access.DENY);

	static {
		RULES.put("GET /awards/rounds/{id}/eligibility", SECRETARIAT);
		RULES.put("GET /awards/nominations/{id}/eligibility", SECRETARIAT);
		RULES.put("POST /awards/nominations/{id}/eligibility", SECRETARIAT);
		RULES.put("GET /awards/rounds/{id}/panels", SECRETARIAT);
		RULES.put("POST /awards/rounds/{id}/panels", SECRETARIAT);
		RULES.put("POST /awards/conflicts/{id}/dismiss", SECRETARIAT);
		RULES.put("GET /awards/judging", JUDGES);
		RULES.put("GET /awards/judging/{id}", JUDGES);
		RULES.put("POST /awards/judging/{id}/scores", JUDGES);
		RULES.put("POST /awards/judging/{id}/conflict", JUDGES);
		RULES.put("GET /api/v1/nominations/{id}/scores", SECRETARIAT);
		RULES.put("PUT /api/v1/nominations/{id}/scores", JUDGES);
	}

	/** Round editing and attachments (awards-ranking): the secretariat opens and revises rounds; nominations' readers see files. */
	static {
		RULES.put("GET /awards/new-round", NOMINATIONS_READERS);
		RULES.put("POST /awards/new-round", NOMINATIONS_READERS);
		RULES.put("GET /awards/rounds/{id}/edit", NOMINATIONS_READERS);
		RULES.put("POST /awards/rounds/{id}/edit", NOMINATIONS_READERS);
		RULES.put("POST /api/v1/award-rounds", NOMINATIONS_READERS);
		RULES.put("GET /awards/nominations/{id}/attachments/{fileId}", NOMINATIONS_READERS);
		RULES.put("POST /awards/nominations/{id}/attachments", NOMINATORS);
	}

	/** Results (awards-results): the ranking, the committee's confirmation, publishing and the ceremony are the secretariat's. */
	static {
		RULES.put("GET /awards/rounds/{id}/ranking", SECRETARIAT);
		RULES.put("POST /awards/rounds/{id}/categories/{categoryId}/normalise", SECRETARIAT);
		RULES.put("POST /awards/rounds/{id}/categories/{categoryId}/confirm", SECRETARIAT);
		RULES.put("GET /api/v1/award-rounds/{id}/categories/{categoryId}/ranking", SECRETARIAT);
		RULES.put("POST /api/v1/award-rounds/{id}/categories/{categoryId}/confirmation", SECRETARIAT);
		RULES.put("GET /awards/rounds/{id}/results", PUBLIC);
		RULES.put("POST /awards/rounds/{id}/publish", SECRETARIAT);
		RULES.put("GET /api/v1/award-rounds/{id}/results", PUBLIC);
		RULES.put("POST /api/v1/award-rounds/{id}/results/publication", SECRETARIAT);
		RULES.put("GET /awards/rounds/{id}/ceremony", SECRETARIAT);
		RULES.put("POST /awards/rounds/{id}/ceremony", SECRETARIAT);
	}

	/**
	 * Rubrics and attachments (awards-rubric): a rubric is public to read like its category, the secretariat's to edit; a
	 * nomination's files over the API follow its page (readers list and download, its nominators attach and remove).
	 */
	static {
		RULES.put("GET /api/v1/award-rounds/{id}/categories/{categoryId}/criteria", PUBLIC);
		RULES.put("PUT /api/v1/award-rounds/{id}/categories/{categoryId}/criteria", SECRETARIAT);
		RULES.put("GET /awards/rounds/{id}/categories/{categoryId}/rubric", SECRETARIAT);
		RULES.put("POST /awards/rounds/{id}/categories/{categoryId}/rubric", SECRETARIAT);
		RULES.put("GET /api/v1/nominations/{id}/attachments", NOMINATIONS_READERS);
		RULES.put("POST /api/v1/nominations/{id}/attachments", NOMINATORS);
		RULES.put("GET /api/v1/nominations/{id}/attachments/{fileId}", NOMINATIONS_READERS);
		RULES.put("DELETE /api/v1/nominations/{id}/attachments/{fileId}", NOMINATORS);
		RULES.put("POST /awards/nominations/{id}/attachments/{fileId}/remove", NOMINATORS);
	}

	/**
	 * The ceremony's documents (awards-ceremony): the winners' certificates, who gives and signs them, and the prize list are
	 * the secretariat's alone (system administrators included).
	 */
	static {
		RULES.put("GET /awards/rounds/{id}/certificates", SECRETARIAT);
		RULES.put("POST /awards/rounds/{id}/certificates/signing", SECRETARIAT);
		RULES.put("GET /awards/rounds/{id}/certificates/{nominationId}", SECRETARIAT);
		RULES.put("GET /awards/rounds/{id}/certificates.zip", SECRETARIAT);
		RULES.put("GET /awards/rounds/{id}/prize-list.xlsx", SECRETARIAT);
		RULES.put("GET /api/v1/award-rounds/{id}/certificates/{nominationId}", SECRETARIAT);
		RULES.put("GET /api/v1/award-rounds/{id}/certificates", SECRETARIAT);
		RULES.put("GET /api/v1/award-rounds/{id}/prize-list", SECRETARIAT);
	}

	static final Set<String> ACTUATOR = Set.of("GET /actuator/health", "GET /actuator/prometheus");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	Authentication member;

	Authentication admin;

	@BeforeEach
	void setUp() {
		TestAccounts accounts = new TestAccounts(context);
		member = accounts.authentication(accounts.create("authz-member", Role.MEMBER));
		admin = accounts.authentication(accounts.create("authz-admin", Role.SYSTEM_ADMIN));
	}

	@Test
	void everyMappedEndpointHasARule() {
		Set<String> mapped = mappedEndpoints();
		Set<String> withoutRule = new TreeSet<>(mapped);
		withoutRule.removeAll(RULES.keySet());
		assertThat(withoutRule).as("endpoints without an authorization rule in AuthorizationIT.RULES").isEmpty();
		Set<String> stale = new TreeSet<>(RULES.keySet());
		stale.removeAll(mapped);
		stale.removeAll(ACTUATOR);
		assertThat(stale).as("rules for endpoints that no longer exist").isEmpty();
	}

	@Test
	void everyRuleHoldsForAnonymousMembersAndAdministrators() throws Exception {
		List<String> failures = new ArrayList<>();
		for (var entry : RULES.entrySet()) {
			check(entry.getKey(), null, entry.getValue().anonymous(), failures);
			check(entry.getKey(), member, entry.getValue().member(), failures);
			check(entry.getKey(), admin, entry.getValue().admin(), failures);
		}
		assertThat(failures).isEmpty();
	}

	private void check(String endpoint, Authentication who, Access expected, List<String> failures) throws Exception {
		String[] parts = endpoint.split(" ", 2);
		// Path variables get a value that names nothing, so no rule test changes real data.
		String path = parts[1].replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(parts[0]), path)
			.with(csrf())
			.accept(path.startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
		if (!"GET".equals(parts[0])) {
			request.contentType(path.startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.APPLICATION_FORM_URLENCODED)
				.content(path.startsWith("/api/") ? "{}" : "");
		}
		if (who != null) {
			request.with(authentication(who));
		}
		MvcResult result = mvc.perform(request).andReturn();
		int status = result.getResponse().getStatus();
		String location = result.getResponse().getHeader("Location");
		boolean denied = status == 401 || status == 403 || (status == 302 && location != null && location.contains("/login"));
		Access actual = denied ? Access.DENY : Access.ALLOW;
		if (status >= 500) {
			failures.add(endpoint + " as " + name(who) + " answered " + status);
		}
		else if (actual != expected) {
			failures.add(endpoint + " as " + name(who) + ": expected " + expected + " but got " + status
					+ (location == null ? "" : " → " + location));
		}
	}

	private String name(Authentication who) {
		return who == null ? "anonymous" : who == member ? "member" : "admin";
	}

	private Set<String> mappedEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			var methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					endpoints.add("GET " + pattern);
				}
				methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
			}
		}
		return endpoints;
	}
}
