/**
 * The network's yearly awards: a round per Buddhist-Era year with its categories (the kind of
 * nominee, the quota, the prize, the criteria and the eligibility checklist) and the windows for
 * nominations, judging and the announcement. Rounds and their categories are public, as the
 * Ministry announces them. Public API: the events ({@link th.tipnet.awards.AwardRoundOpened});
 * everything else, the web layer included, is package-private.
 */
@ApplicationModule(displayName = "Awards", allowedDependencies = { "common", "common :: *", "directory", "audit", "identity", "events",
		"cases", "certificates" })
package th.tipnet.awards;

import org.springframework.modulith.ApplicationModule;
