/**
 * The National Referral Mechanism: a person met by a first responder, from intake through the
 * 24-hour screening clock. Only the lead organisation's case workers and supervisors see a case;
 * for everybody else it does not exist (404, absent from every list and count), and every read and
 * change is in the audit log. Public API: {@link th.tipnet.cases.CaseId} and the events
 * ({@link th.tipnet.cases.CaseOpened}); everything else, the web layer included, is package-private.
 */
@ApplicationModule(displayName = "National Referral Mechanism", allowedDependencies = { "common", "common :: *",
		"directory", "audit", "notify" })
package th.tipnet.cases;

import org.springframework.modulith.ApplicationModule;
