/**
 * Exhibitions at campaign events: booths allocated to organisations of the directory, each with a
 * type (agency, award winner, model province, survivors' products showcase), a zone and a place on
 * the booth map; survivors' products with their maker group, price and photo. Public API:
 * {@link th.tipnet.exhibition.Exhibition}. Depends on the events module for the event and who may
 * manage it, and on the directory for organisations.
 */
@ApplicationModule(displayName = "Exhibitions", allowedDependencies = { "common", "common :: *", "events", "directory",
		"audit" })
package th.tipnet.exhibition;

import org.springframework.modulith.ApplicationModule;
